// `npm run bench`: builds the extension, then measures it in headless Chromium (popup, options,
// job-board panel, webmail reader) and in node (classifier, extractor), plus bundle sizes.
//   node bench/run.mjs [--runs N] [--json file] [--no-build] [--only browser|popup|node|bundles|import]
// Prints a table of medians with their spread (min–max over the runs); --json writes the medians.
// Never part of `npm test`: timings depend on the machine and belong here, not in assertions.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { browserBench } from "./browser.mjs";
import { importWriteRuns } from "./import-write.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.env.DEBRIEF_DIST ?? "dist");
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const runs = Number(option("--runs", "7"));
const jsonOut = option("--json");
const only = option("--only");
const wants = (part) => !only || only === part;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Entry name → the files it loads (JS and, for pages, the CSS esbuild emits beside it). */
const ENTRIES = {
  background: ["background.js"],
  popup: ["popup/main.js", "popup/main.css"],
  options: ["options/main.js", "options/main.css"],
  welcome: ["welcome/main.js", "welcome/main.css"],
  jobboard: ["content/jobboard.js"],
  webmail: ["content/webmail.js"],
  "extract-page": ["content/extract-page.js"],
};

function bundleSizes() {
  const out = {};
  for (const [entry, files] of Object.entries(ENTRIES)) {
    const present = files.filter((f) => existsSync(join(dist, f)));
    if (present.length === 0) continue;
    let raw = 0;
    let gzip = 0;
    for (const f of present) {
      const bytes = readFileSync(join(dist, f));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    out[entry] = { rawBytes: raw, gzipBytes: gzip, files: present };
  }
  // Anything else emitted (a new entry nobody listed here yet) still shows up.
  const listed = new Set(Object.values(ENTRIES).flat());
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
    });
  for (const f of walk(dist).filter((f) => /\.(js|css)$/.test(f) && !listed.has(f))) {
    const bytes = readFileSync(join(dist, f));
    const entry = f.replace(/^content\//, "").replace(/\.js$/, ""); // boards/linkedin
    out[entry] = { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, files: [f] };
  }
  return out;
}

/** What a LinkedIn job page loads: the manifest's content scripts for it (the bench's page). */
function jobPageScripts() {
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
  const files = (manifest.content_scripts ?? [])
    .filter((c) => c.matches.some((m) => m.includes("linkedin.com/jobs")))
    .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  let gzip = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzip, raw };
}

function nodeBench() {
  const out = execFileSync("node", [join(root, "scripts/run-ts.mjs"), "bench/node.ts", String(runs)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const last = out.trim().split("\n").at(-1);
  return JSON.parse(last);
}

const UNITS = {
  "popup.emptyMs": "ms",
  "popup.largeMs": "ms",
  "popup.emptyAfterDclMs": "ms",
  "popup.largeAfterDclMs": "ms",
  "popup.emptyLiveMs": "ms",
  "popup.liveMs": "ms",
  "options.firstContentMs": "ms",
  "options.searchMs": "ms",
  "jobboard.injectMs": "ms",
  "jobboard.panelMs": "ms",
  "webmail.scanMsPerSecond": "ms/s",
  "webmail.scansPerSecond": "/s",
  "classifier.emailsPerSecond": "emails/s",
  "extractor.msPerPage": "ms",
  "import.writeMs": "ms",
  "import.planMs": "ms",
  "import.longestFrameGapMs": "ms",
  "import.progressSteps": "percentages shown",
  "wake.modelAsObjectEvalMs": "ms",
  "wake.modelAsStringEvalMs": "ms",
  "wake.panelColdMs": "ms",
  "wake.panelWarmMs": "ms",
  "wake.emailColdMs": "ms",
  "wake.emailWarmMs": "ms",
};

function fmt(x) {
  if (x >= 1000) return Math.round(x).toString();
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

if (!argv.includes("--no-build")) {
  execFileSync("node", [join(root, "build.mjs")], { cwd: root, stdio: "inherit", env: process.env });
}

const samples = {};
const notes = [];
if (wants("node")) {
  const { meta, ...rest } = nodeBench();
  Object.assign(samples, rest);
  notes.push(`node: ${meta.emails} labelled emails (dev corpus), ${meta.pages} written posting pages`);
}
if (wants("browser") || only === "popup") {
  const browser = await browserBench({ dist, root, runs, parts: only === "popup" ? "popup" : "all" });
  Object.assign(samples, browser.results);
  notes.push(...browser.notes);
}
// Minutes per run, so only when asked for: `--only import`.
if (only === "import") {
  const write = await importWriteRuns(dist, 60_000, Math.min(runs, 3));
  for (const [key, xs] of Object.entries(write)) samples[`import.${key}`] = xs;
  notes.push("import: a written 60,000-row Simplify-shaped export, Import clicked on an empty profile");
}
const bundles = wants("bundles") || !only ? bundleSizes() : {};

const medians = {};
const rows = [];
for (const [key, xs] of Object.entries(samples)) {
  if (!xs.length) continue;
  medians[key] = median(xs);
  rows.push([
    key,
    fmt(medians[key]),
    `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`,
    String(xs.length),
    UNITS[key] ?? "",
  ]);
}
if (medians["popup.largeMs"] && medians["popup.emptyMs"]) {
  medians["popup.largeRatio"] = medians["popup.largeMs"] / medians["popup.emptyMs"];
  rows.push(["popup.largeRatio", medians["popup.largeRatio"].toFixed(2), "", "", "large ÷ empty"]);
}
for (const [entry, size] of Object.entries(bundles)) {
  medians[`bundles.${entry}.gzipBytes`] = size.gzipBytes;
  medians[`bundles.${entry}.rawBytes`] = size.rawBytes;
  if (!entry.startsWith("boards/"))
    rows.push([`bundles.${entry}`, `${size.gzipBytes}`, `raw ${size.rawBytes}`, "", "bytes gzip"]);
}
// The per-board panel scripts (one per board, same code with one adapter): one line for all.
const boards = Object.entries(bundles).filter(([entry]) => entry.startsWith("boards/"));
if (boards.length) {
  const gz = boards.map(([, s]) => s.gzipBytes);
  rows.push([
    `bundles.boards/* (${boards.length})`,
    `${median(gz)}`,
    `${Math.min(...gz)}–${Math.max(...gz)}`,
    "",
    "bytes gzip",
  ]);
}
if (Object.keys(bundles).length) {
  const page = jobPageScripts();
  medians["jobboard.gzipBytes"] = page.gzip;
  rows.push([
    "jobboard.gzipBytes",
    `${page.gzip}`,
    `raw ${page.raw}`,
    "",
    `bytes gzip: ${page.files.join(" + ")}`,
  ]);
}

const header = ["measure", "median", "spread (min–max)", "runs", "unit"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
  r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
for (const r of rows) console.log(line(r));
console.log(
  `\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`,
);
for (const n of notes) console.log(`note: ${n}`);

if (jsonOut) {
  const nested = {};
  for (const [key, value] of Object.entries(medians)) {
    const parts = key.split(".");
    let at = nested;
    for (const p of parts.slice(0, -1)) at = at[p] ??= {};
    at[parts.at(-1)] = Math.round(value * 1000) / 1000;
  }
  // Both shapes: json.popup.emptyMs and json["popup.emptyMs"] read the same median.
  for (const [key, value] of Object.entries(medians)) nested[key] = Math.round(value * 1000) / 1000;
  writeFileSync(jsonOut, `${JSON.stringify(nested, null, 2)}\n`);
  console.log(`wrote ${jsonOut}`);
}
