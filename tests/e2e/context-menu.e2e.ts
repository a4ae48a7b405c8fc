// "Save job to Debrief" from the context menu, and the keyboard shortcut, on a page of no known board:
// the job is read through JSON-LD and meta tags. Playwright can neither open a context menu nor press
// an extension shortcut in headless Chromium, so both events are delivered to the background's own
// listeners with the event's dispatch(). Those user gestures would grant activeTab; a dispatched event
// does not, so this file loads a copy of the build whose manifest grants the test site instead.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";

const SITE = "https://careers.summitridge.example";
// A Workday posting with schema.org JobPosting JSON-LD, as a company's own careers site would show it.
const URL_ = `${SITE}/jobs/senior-financial-analyst`;

let ext: Extension;
beforeAll(async () => {
  // Stands in for the activeTab grant a real click or key press would give.
  ext = await launchExtension({ grantHosts: [`${SITE}/*`] });
});
afterAll(async () => {
  await ext?.close();
});

const panelOf = (page: Page) => page.getByRole("region", { name: "Debrief" });

/** Delivers a browser event to the background's listeners, with the active tab. */
function dispatch(event: "menu" | "command") {
  return ext.worker.evaluate(async (which) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    type Dispatchable = { dispatch(...args: unknown[]): void };
    if (which === "menu") {
      const info = { menuItemId: "save-job", frameId: 0, editable: false, pageUrl: tab?.url };
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(info, tab);
    } else (chrome.commands.onCommand as unknown as Dispatchable).dispatch("toggle-panel", tab);
  }, event);
}

const applications = () =>
  ext.worker.evaluate(async () => {
    const open = indexedDB.open("debrief");
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const rows = await new Promise<{ title: string; company: string; url: string }[]>((resolve) => {
      const request = db.transaction("applications").objectStore("applications").getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return rows.map(({ title, company, url }) => ({ title, company, url }));
  });

const notifications = () => ext.worker.evaluate(() => chrome.notifications.getAll());

describe("on a page of no known board", () => {
  it("the shortcut injects the panel with the JSON-LD job; the context menu saves it, once", async () => {
    await ext.serve(URL_, "posting/workday/job-jsonld.html");
    const page = await ext.context.newPage();
    await page.goto(URL_);
    await page.bringToFront();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll("debrief-panel").length)).toBe(0);

    await dispatch("command");
    await panelOf(page).getByRole("heading", { name: "Debrief" }).waitFor();
    expect(await panelOf(page).getByLabel("Role").inputValue()).toBe("Senior Financial Analyst");
    expect(await panelOf(page).getByLabel("Company").inputValue()).toBe("Summit Ridge Health");
    await dispatch("command");
    await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).waitFor();

    // The context menu saves the same job; the panel on the page then shows it as tracked.
    await dispatch("menu");
    await panelOf(page).getByRole("button", { name: "Debrief: Tracked · Saved" }).waitFor();
    await expect
      .poll(applications)
      .toEqual([
        { title: "Senior Financial Analyst", company: "Summit Ridge Health", url: expect.any(String) },
      ]);
    await expect
      .poll(async () => Object.keys(await notifications()))
      .toEqual([expect.stringMatching(/^saved-job:/)]);

    // Saved twice, still one application.
    await dispatch("menu");
    await page.waitForTimeout(500);
    expect(await applications()).toHaveLength(1);
    expect(ext.strayRequests.filter((u) => !/\.(css|png|svg|jpe?g|woff2?)(\?|$)/.test(u))).toEqual([]);
    await page.close();
  });
});
