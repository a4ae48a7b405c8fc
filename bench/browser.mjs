// Browser benchmarks: the built extension in headless Chromium (the e2e harness's launch flags).
// Each case returns { name: samples[] } in ms; run.mjs takes medians and spreads.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chromiumPath, extensionArgs } from "../scripts/chromium.mjs";
import { LARGE, seedInPage } from "./seed.mjs";
import { wakeRuns } from "./wake.mjs";

export async function launch(dist) {
  const profile = mkdtempSync(join(tmpdir(), "debrief-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionArgs(dist),
  });
  const pages = new Map();
  await context.route(
    (url) => url.protocol === "http:" || url.protocol === "https:",
    (route) => {
      const body = pages.get(route.request().url());
      if (body !== undefined) return route.fulfill({ body, contentType: "text/html; charset=utf-8" });
      return route.abort("internetdisconnected");
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const id = new URL(worker.url()).host;
  // The welcome tab of a first install would compete for the main thread: close it.
  await new Promise((r) => setTimeout(r, 300));
  for (const page of context.pages()) if (page.url().includes("welcome")) await page.close();
  return {
    context,
    id,
    serve: (url, body) => pages.set(url, body),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Navigation start → the first element matching each of `selectors` (name → CSS selector), read in
 * the page: a MutationObserver installed before any script of the page runs records performance.now()
 * when each first matches (attribute changes count: the live popup is shown by removing `hidden`).
 * Resolves once every selector has matched.
 */
async function timeToSelectors(ext, path, selectors) {
  const page = await ext.context.newPage();
  await page.addInitScript((sels) => {
    window.__seen = {};
    const check = () => {
      for (const [name, sel] of Object.entries(sels))
        if (window.__seen[name] === undefined && document.querySelector(sel))
          window.__seen[name] = performance.now();
      return Object.keys(window.__seen).length === Object.keys(sels).length;
    };
    new MutationObserver((_, observer) => {
      if (check()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
  }, selectors);
  await page.goto(`chrome-extension://${ext.id}/${path}`, { waitUntil: "commit" });
  const n = Object.keys(selectors).length;
  const handle = await page.waitForFunction(
    (count) => Object.keys(window.__seen).length === count && window.__seen,
    n,
    {
      polling: 10,
      timeout: 30_000,
    },
  );
  return { page, ms: await handle.jsonValue() };
}

async function timeToSelector(ext, path, selector) {
  const { page, ms } = await timeToSelectors(ext, path, { first: selector });
  return { page, ms: ms.first };
}

/**
 * The popup's first content is whichever comes first: first-paint.js's localStorage snapshot of the
 * last recent list, or the live view. "live" is the list read from IndexedDB on screen: the popup
 * un-hides #root only once its liveQuery has answered (popup/main.tsx).
 */
const POPUP_CONTENT = {
  first: ".recent-item, section.empty",
  live: "#root:not([hidden]) :is(.recent-item, section.empty)",
};

/**
 * The popup with an empty and with a large database, in two browsers side by side, runs
 * alternating: whatever else the machine is doing weighs on both alike, so their ratio is fair.
 * Also returns the part after DOMContentLoaded (the data path, without loading the bundle).
 */
export async function popupRuns(empty, large, runs) {
  const out = { empty: [], large: [], emptyData: [], largeData: [], emptyLive: [], largeLive: [] };
  const once = async (ext) => {
    const { page, ms } = await timeToSelectors(ext, "popup/popup.html", POPUP_CONTENT);
    const dcl = await page.evaluate(
      () => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
    );
    await page.close();
    return { ms: ms.first, live: ms.live, data: ms.first - dcl };
  };
  // One warm-up each: the first page of a fresh profile pays for disk caches (and writes the snapshot).
  await once(empty);
  await once(large);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [large, empty] : [empty, large];
    for (const ext of order) {
      const { ms, live, data } = await once(ext);
      const key = ext === empty ? "empty" : "large";
      out[key].push(ms);
      out[`${key}Live`].push(live);
      out[`${key}Data`].push(data);
    }
  }
  return out;
}

export async function seedLarge(ext) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/options/options.html`);
  await page.getByText("No applications yet").waitFor();
  const counts = await page.evaluate(seedInPage, { ...LARGE, now: Date.now() });
  await page.close();
  return counts;
}

async function optionsRuns(ext, runs) {
  const firstContent = [];
  const search = [];
  await (
    await timeToSelector(ext, "options/options.html#/applications", "tbody tr[aria-rowindex]")
  ).page.close();
  for (let i = 0; i < runs; i++) {
    const { page, ms } = await timeToSelector(
      ext,
      "options/options.html#/applications",
      "tbody tr[aria-rowindex]",
    );
    firstContent.push(ms);
    await page.getByText(/^(Showing \d+ of )?\d+ applications$/).waitFor({ timeout: 30_000 });
    // A keystroke: input event → the filtered result painted (next frame, then a task).
    const word = ["fair", "nurse", "acme 12", "berlin", "zzz"][i % 5];
    search.push(
      await page.evaluate(async (text) => {
        const input = document.querySelector('input[type="search"]');
        const t = performance.now();
        input.value = text;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now() - t;
      }, word),
    );
    await page.close();
  }
  return { firstContent, search };
}

/** Records a devtools timeline trace around `action` and returns its events. */
async function trace(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute",
    transferMode: "ReportEvents",
  });
  await action();
  await cdp.send("Tracing.end");
  await done;
  await cdp.detach();
  return events;
}

/** Milliseconds spent evaluating and running our scripts (URL matching `pattern`) in trace events. */
function scriptCost(events, pattern) {
  const own = (e) => {
    const data = e.args?.data;
    const url = data?.url ?? data?.scriptName ?? "";
    return typeof url === "string" && pattern.test(url);
  };
  const complete = events.filter((e) => e.ph === "X" && own(e));
  const evaluate = complete.filter((e) => e.name === "EvaluateScript" || e.name === "v8.compile");
  const calls = complete.filter((e) => e.name === "FunctionCall");
  const sum = (list) => list.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  return { evaluateMs: sum(evaluate), callMs: sum(calls), calls: calls.length };
}

/** A long LinkedIn job page: the written one with 1,500 job cards of a search list appended. */
function largeJobPage(root) {
  const html = readFileSync(join(root, "tests/fixtures/pages/linkedin-job-view.html"), "utf8");
  const card = (i) =>
    `<li class="jobs-search-results__list-item" data-occludable-job-id="${4_000_000 + i}"><div class="job-card-container"><a href="/jobs/view/${4_000_000 + i}/" class="job-card-list__title">Analyst ${i}</a><span class="job-card-container__primary-description">Company ${i}</span><ul><li>Remote</li><li>Posted ${i % 30} days ago</li></ul></div></li>`;
  const list = `<ul class="scaffold-layout__list">${Array.from({ length: 1500 }, (_, i) => card(i)).join("")}</ul>`;
  return html.replace("</body>", `${list}</body>`);
}

async function jobboardRuns(ext, root, dist, runs) {
  const url = "https://www.linkedin.com/jobs/view/3912345678/";
  const body = largeJobPage(root);
  ext.serve(url, body);
  const inject = [];
  const panel = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      // The panel is a custom element with an open shadow root (named debrief-…); note when its
      // first button is there, checked each frame once the host is in the document.
      const poll = (host) => {
        if (host.shadowRoot?.querySelector("button")) window.__panelAt = performance.now();
        else requestAnimationFrame(() => poll(host));
      };
      new MutationObserver((records, observer) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n.nodeType === 1 && n.localName.includes("debrief")) {
              observer.disconnect();
              poll(n);
            }
      }).observe(document, { childList: true, subtree: true });
    });
    const events = await trace(page, async () => {
      await page.goto(url);
      await page.getByRole("button", { name: "Save job to Debrief" }).waitFor({ timeout: 15_000 });
    });
    // Whichever of our content scripts the manifest injects there (one per board, or jobboard.js).
    const cost = scriptCost(events, new RegExp(`^chrome-extension://${ext.id}/content/`));
    // First panel paint, counted from the moment the content script could start (DOMContentLoaded).
    const paint = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return window.__panelAt === undefined ? null : window.__panelAt - nav.domContentLoadedEventEnd;
    });
    if (i > 0) {
      inject.push(cost.evaluateMs + cost.callMs);
      if (paint !== null) panel.push(paint);
    }
    await page.close();
  }
  return { inject, panel, pageBytes: Buffer.byteLength(body), dist };
}

/** Gmail-like page whose script rewrites the message list 200 times a second for 3 s. */
export function stormPage() {
  const rows = Array.from(
    { length: 50 },
    (_, i) => `<tr class="zA"><td><span class="bog">Subject ${i}</span></td></tr>`,
  ).join("");
  return `<!doctype html><html><head><title>Inbox - Gmail</title></head><body>
<div role="main"><table><tbody id="list">${rows}</tbody></table>
<div class="adn" data-legacy-message-id="18c0ffee"><h2 class="hP">Interview invitation</h2>
<span class="gD" email="jobs@acme.example">Acme Recruiting</span>
<div class="a3s">We would like to invite you to an interview next week.</div></div></div>
<script>
window.storm = (ms) => new Promise((resolve) => {
  const list = document.getElementById("list");
  const end = performance.now() + ms;
  let n = 0;
  const tick = () => {
    const row = list.firstElementChild;
    row.querySelector(".bog").textContent = "Subject " + (++n);
    list.appendChild(row);
    if (performance.now() < end) setTimeout(tick, 5); else resolve(n);
  };
  tick();
});
</script></body></html>`;
}

/**
 * The webmail reader runs only once the user granted a provider: a copy of the build lists the
 * webmail origins under host_permissions (granted at install, as accepting the prompt would), and
 * the options page's switch turns Gmail on. From there it is the product's own path.
 */
/**
 * Runs `fn` with the built extension loaded and Gmail granted. The webmail reader runs only once the
 * user granted a provider: a copy of the build lists the webmail origins under host_permissions
 * (granted at install, as accepting the prompt would), and the options page's switch turns Gmail on.
 * From there it is the product's own path.
 */
export async function withGmail(dist, fn) {
  if (!existsSync(join(dist, "content/webmail.js"))) {
    return { skipped: "dist/content/webmail.js is absent (the webmail readers are not built yet)" };
  }
  const copy = mkdtempSync(join(tmpdir(), "debrief-bench-mail-"));
  cpSync(dist, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, "manifest.json"), "utf8"));
  manifest.host_permissions = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  writeFileSync(join(copy, "manifest.json"), JSON.stringify(manifest));
  const ext = await launch(copy);
  try {
    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.id}/options/options.html#/settings`);
    await settings.waitForFunction(() => !document.querySelector("input[role=switch]")?.disabled);
    await settings.getByRole("switch", { name: "Gmail" }).click();
    await settings.getByText(/Email tagging is on for/).waitFor();
    await settings.close();
    return await fn(ext);
  } finally {
    await ext.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

const webmailRuns = (dist, runs) => withGmail(dist, (ext) => stormRuns(ext, runs));

async function stormRuns(ext, runs) {
  const url = "https://mail.google.com/mail/u/0/#inbox/18c0ffee";
  ext.serve(url.split("#")[0], stormPage());
  const perSecond = [];
  const scans = [];
  for (let i = 0; i < runs; i++) {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    const seconds = 3;
    const events = await trace(page, () => page.evaluate((ms) => window.storm(ms), seconds * 1000));
    const cost = scriptCost(events, /\/content\/webmail\.js$/);
    await page.close();
    if (cost.calls === 0 && cost.evaluateMs === 0) {
      return {
        skipped: "webmail.js did not run on the Gmail-like storm page (no trace events from it)",
      };
    }
    perSecond.push(cost.callMs / seconds);
    scans.push(cost.calls / seconds);
  }
  return { perSecond, scans };
}

/** `parts`: "all", or "popup" for the popup figures alone (`--only popup`). */
export async function browserBench({ dist, root, runs, parts = "all" }) {
  const results = {};
  const notes = [];
  const empty = await launch(dist);
  const ext = await launch(dist);
  try {
    const counts = await seedLarge(ext);
    notes.push(
      `seeded ${counts.applications} applications, ${counts.events} events, ${counts.emails} emails, ${counts.interviews} interviews, ${counts.reminders} reminders`,
    );
    // Let the seeding's disk writes settle (LevelDB compacts 115k fresh rows for a while, and that
    // slows the large profile's page loads by 20–30 % here) before anything is timed.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const popup = await popupRuns(empty, ext, runs * 2);
    await empty.close();
    results["popup.emptyMs"] = popup.empty;
    results["popup.largeMs"] = popup.large;
    results["popup.emptyAfterDclMs"] = popup.emptyData;
    results["popup.largeAfterDclMs"] = popup.largeData;
    results["popup.emptyLiveMs"] = popup.emptyLive;
    results["popup.liveMs"] = popup.largeLive;
    if (parts === "popup") return { results, notes };
    const options = await optionsRuns(ext, runs);
    results["options.firstContentMs"] = options.firstContent;
    results["options.searchMs"] = options.search;
    if (existsSync(join(dist, "content/jobboard.js"))) {
      const jb = await jobboardRuns(ext, root, dist, runs);
      results["jobboard.injectMs"] = jb.inject;
      if (jb.panel.length) results["jobboard.panelMs"] = jb.panel;
      notes.push(`job-board page: ${(jb.pageBytes / 1024).toFixed(0)} kB of HTML`);
    } else notes.push("jobboard: skipped (dist/content/jobboard.js is absent)");
    const wake = await wakeRuns(dist, runs);
    if (wake.skipped) notes.push(`wake: skipped — ${wake.skipped}`);
    else Object.assign(results, wake);
    const wm = await webmailRuns(dist, runs);
    if (wm.skipped) notes.push(`webmail: skipped — ${wm.skipped}`);
    else {
      results["webmail.scanMsPerSecond"] = wm.perSecond;
      results["webmail.scansPerSecond"] = wm.scans;
    }
  } finally {
    await empty.close().catch(() => {});
    await ext.close();
  }
  return { results, notes };
}
