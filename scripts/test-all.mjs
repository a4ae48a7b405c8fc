// `npm test`: typecheck, lint, unit, build, e2e — every step runs, then one summary.
// Test suites count their tests; a check (typecheck, lint, build) counts as one.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const reports = join("node_modules", ".cache", "test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const bin = (name) => join("node_modules", ".bin", name);
// The build, e2e and web-ext lint all use the same directory: DEBRIEF_DIST when set (see build.mjs).
const dist = process.env.DEBRIEF_DIST ?? "dist";

/** Steps in order; `vitest` steps report per test through vitest's JSON reporter. */
const steps = [
  // The email model is generated from the labelled corpus before anything imports it.
  { name: "train email model", cmd: "node", args: ["scripts/run-ts.mjs", "src/cli/train-emails.ts"] },
  { name: "typecheck", cmd: bin("tsc"), args: ["--noEmit", "-p", "tsconfig.json"] },
  { name: "lint (biome)", cmd: bin("biome"), args: ["check", "."] },
  { name: "unit", vitest: "vitest.config.ts" },
  { name: "build", cmd: "node", args: ["build.mjs"] },
  {
    name: "lint (web-ext)",
    cmd: bin("web-ext"),
    args: [
      "lint",
      "--source-dir",
      dist,
      "--no-config-discovery",
      "--output",
      "text",
      "--warnings-as-errors=false",
    ],
  },
  { name: "e2e", vitest: "vitest.e2e.config.ts", needs: "build" },
  // Firefox ESR headless through web-ext run; counts its checks, skips (0 and 0) without firefox-esr.
  {
    name: "firefox smoke",
    cmd: "node",
    args: [
      ...(typeof WebSocket === "undefined" ? ["--experimental-websocket"] : []),
      "tests/firefox/smoke.mjs",
    ],
    report: join(reports, "firefox-smoke.json"),
    needs: "build",
  },
];

const results = [];
for (const step of steps) {
  if (step.needs && results.find((r) => r.name === step.needs)?.failed) {
    results.push({ name: step.name, passed: 0, failed: 1, note: `skipped: ${step.needs} failed` });
    continue;
  }
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  let note;
  if (step.vitest) {
    const out = join(reports, `${step.name}.json`);
    const run = spawnSync(
      bin("vitest"),
      ["run", "--config", step.vitest, "--reporter=default", "--reporter=json", `--outputFile=${out}`],
      { stdio: "inherit" },
    );
    try {
      const report = JSON.parse(readFileSync(out, "utf8"));
      passed = report.numPassedTests;
      failed =
        report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0);
    } catch {
      failed = 1; // No report: the runner itself failed.
    }
    if (run.status !== 0 && failed === 0) failed = 1;
  } else if (step.report) {
    // The step writes { passed, failed, note } itself.
    const run = spawnSync(step.cmd, [...step.args, "--report", step.report], { stdio: "inherit" });
    try {
      const report = JSON.parse(readFileSync(step.report, "utf8"));
      passed = report.passed;
      failed = report.failed;
      note = report.note;
    } catch {
      failed = 1;
    }
    if (run.status !== 0 && failed === 0) failed = 1;
  } else {
    const run = spawnSync(step.cmd, step.args, { stdio: "inherit" });
    if (run.status === 0) passed = 1;
    else failed = 1;
  }
  results.push({ name: step.name, passed, failed, seconds: (Date.now() - started) / 1000, note });
}

console.log("\nSummary");
for (const r of results) {
  const time = r.seconds === undefined ? "" : ` (${r.seconds.toFixed(1)} s)`;
  console.log(
    `  ${r.failed ? "✗" : "✓"} ${r.name}: ${r.passed} passed, ${r.failed} failed${time}${r.note ? ` — ${r.note}` : ""}`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
