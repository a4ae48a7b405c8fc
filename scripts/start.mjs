// `npm start`: build, then open Chromium with the extension in a fresh profile on the options page.
// Without a display it prints where dist/ is and how to load it unpacked.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromiumPath } from "./chromium.mjs";

execFileSync("node", ["build.mjs", "--dev"], { stdio: "inherit" });
const dist = resolve("dist");

const howTo = `
The extension is built in ${dist}
  Chromium/Chrome: open chrome://extensions, turn on "Developer mode", "Load unpacked", choose that folder.
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${join(dist, "manifest.json")}.
`;

let browserPath;
try {
  browserPath = chromiumPath();
} catch {
  browserPath = undefined;
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`No display found, so no browser was opened.${howTo}`);
  process.exit(0);
}
if (!browserPath) {
  console.log(`Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH).${howTo}`);
  process.exit(0);
}

const { chromium } = await import("playwright-core");
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "debrief-dev-")), {
  executablePath: browserPath,
  headless: false,
  viewport: null,
  args: ["--no-first-run", `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${new URL(worker.url()).host}/options/options.html`);
console.log(`Debrief is running in Chromium (fresh profile). Close the browser to stop.${howTo}`);
await new Promise((done) => context.on("close", done));
