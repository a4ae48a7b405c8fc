// Launches Debian's Chromium with dist/ loaded, finds the extension id, opens extension pages, and
// serves recorded third-party pages at their real URLs. Anything not routed is aborted, so no test
// reaches the live web and the manifest's real match patterns decide where content scripts run.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { chromiumPath, extensionArgs } from "../../scripts/chromium.mjs";

export const DIST = resolve(process.env.DEBRIEF_DIST ?? "dist");
export const FIXTURES = resolve("tests/fixtures");

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  /** Opens an extension page such as "popup/popup.html" in a new tab. */
  open(path: string): Promise<Page>;
  /** Serves a fixture page (path under tests/fixtures; .gz is unpacked) at a real URL. */
  serve(url: string, fixture: string): Promise<void>;
  /** Requests that left the browser for anything but a routed page. */
  strayRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Host access granted at install, as a user accepting the prompt would: "webmail" for the manifest's
   * optional webmail origins, or explicit patterns. Playwright cannot answer a permission prompt (nor
   * give activeTab through a real click), so the extension is loaded from a copy of the build whose
   * manifest lists these under host_permissions. The product's manifest is never changed.
   */
  grantHosts?: "webmail" | string[];
}

function copyWithHosts(grant: "webmail" | string[]): string {
  const copy = mkdtempSync(join(tmpdir(), "debrief-granted-"));
  cpSync(DIST, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, "manifest.json"), "utf8"));
  const hosts = grant === "webmail" ? manifest.optional_host_permissions : grant;
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(join(copy, "manifest.json"), JSON.stringify(manifest));
  return copy;
}

/**
 * The install opens the welcome page in a new tab, at a moment of its own: left open, it races the
 * test for the active tab. Tests start as a user who has closed it (welcome tests open it themselves).
 */
async function closeWelcome(context: BrowserContext): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const welcome = context.pages().find((page) => page.url().endsWith("/welcome/welcome.html"));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  if (!existsSync(join(DIST, "manifest.json"))) throw new Error("dist/ is missing: run npm run build first");
  const dist = options.grantHosts ? copyWithHosts(options.grantHosts) : DIST;
  const profile = mkdtempSync(join(tmpdir(), "debrief-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionArgs(dist),
  });
  const routed = new Map<string, string>();
  const strayRequests: string[] = [];
  await context.route(
    (url) => url.protocol === "http:" || url.protocol === "https:",
    async (route) => {
      const url = route.request().url();
      const body = routed.get(url) ?? routed.get(url.split("#")[0] ?? url);
      if (body !== undefined) return route.fulfill({ body, contentType: "text/html; charset=utf-8" });
      strayRequests.push(url);
      return route.abort("internetdisconnected");
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const id = new URL(worker.url()).host;
  await closeWelcome(context);
  return {
    context,
    id,
    worker,
    strayRequests,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async serve(url, fixture) {
      const bytes = readFileSync(join(FIXTURES, fixture));
      // Real pages are stored gzip-compressed (tests/fixtures/real-pages/*.html.gz).
      routed.set(url, (fixture.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (dist !== DIST) rmSync(dist, { recursive: true, force: true });
    },
  };
}
