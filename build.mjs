// Builds dist/, loadable unpacked in Chromium and Firefox.
//   node build.mjs            production build (minified)
//   node build.mjs --dev      readable build with inline source maps
//   node build.mjs --watch    dev build, rebuilt on change
//   node build.mjs --package  production build, then zips for the Chrome Web Store and AMO
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
// DEBRIEF_DIST lets parallel work build elsewhere; dist/ is the default everyone loads.
const dist = resolve(root, process.env.DEBRIEF_DIST ?? "dist");
const args = new Set(process.argv.slice(2));
const watch = args.has("--watch");
const dev = watch || args.has("--dev");

/** Static files copied as they are. */
const STATIC = [
  ["manifest.json", "manifest.json"],
  ["icons", "icons"],
  ["popup/popup.html", "popup/popup.html"],
  ["options/options.html", "options/options.html"],
  ["welcome/welcome.html", "welcome/welcome.html"],
];

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? "inline" : false,
  target: ["chrome123", "firefox140"],
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": dev ? '"development"' : '"production"' },
};

/** Extension pages and the worker are ES modules; content scripts must be classic scripts (IIFE). */
const builds = [
  {
    ...common,
    format: "esm",
    entryPoints: {
      background: "src/background/index.ts",
      "popup/main": "popup/main.tsx",
      "options/main": "options/main.tsx",
      "welcome/main": "welcome/main.tsx",
    },
    outdir: dist,
    splitting: false,
  },
  {
    ...common,
    format: "iife",
    entryPoints: { "content/jobboard": "src/content/jobboard/index.ts" },
    outdir: dist,
  },
];

function copyStatic() {
  for (const [from, to] of STATIC) {
    mkdirSync(dirname(join(dist, to)), { recursive: true });
    cpSync(join(root, from), join(dist, to), { recursive: true });
  }
}

/** Per-store manifests: each store gets only the background key it uses. */
function storeManifest(store) {
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  if (store === "chrome") {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
  }
  return manifest;
}

function packageZips() {
  const { version } = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  const artifacts = join(root, "web-ext-artifacts");
  mkdirSync(artifacts, { recursive: true });
  for (const store of ["chrome", "firefox"]) {
    const stage = join(root, "node_modules", ".cache", `stage-${store}`);
    rmSync(stage, { recursive: true, force: true });
    cpSync(dist, stage, { recursive: true });
    writeFileSync(join(stage, "manifest.json"), `${JSON.stringify(storeManifest(store), null, 2)}\n`);
    const filename = `debrief-${store}-${version}.zip`;
    execFileSync(
      join(root, "node_modules", ".bin", "web-ext"),
      [
        "build",
        "--source-dir",
        stage,
        "--artifacts-dir",
        artifacts,
        "--filename",
        filename,
        "--overwrite-dest",
      ],
      { stdio: "inherit" },
    );
  }
}

/** The email classifier's model is trained from tests/fixtures/emails at build time (about 0.3 s). */
function trainEmailModel() {
  execFileSync("node", [join(root, "scripts/run-ts.mjs"), "src/cli/train-emails.ts"], {
    cwd: root,
    stdio: "ignore",
  });
}

rmSync(dist, { recursive: true, force: true });
trainEmailModel();
if (watch) {
  copyStatic();
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`Watching; dist/ is rebuilt on change (static files copied once): ${dist}`);
} else {
  const started = performance.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  copyStatic();
  console.log(`Built ${dev ? "dev" : "production"} dist/ in ${Math.round(performance.now() - started)} ms`);
  if (args.has("--package")) packageZips();
}
