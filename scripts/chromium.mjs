// Debian's Chromium with an unpacked extension: the one launch recipe shared by the e2e harness, the
// benchmarks and `npm start` (see shared/BROWSER-TESTING.md for why each flag is there).
import { existsSync } from "node:fs";

/** The Chromium binary: $CHROMIUM_PATH, else Debian's (the real binary, not the wrapper script). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error("Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH");
  return found;
}

/** Headless flags for a test or benchmark profile with `dist` loaded and no background networking. */
export function extensionArgs(dist) {
  return [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    // Without it Playwright's own --disable-extensions wins and nothing loads.
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
  ];
}
