// The job-board panel end to end: posting pages (written to imitate each board) served at their real URLs, the manifest's
// per-board content scripts deciding where it runs, saving through the background, the options page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { type Extension, FIXTURES, launchExtension } from "./harness";

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext.close();
});

/** A fixture under tests/fixtures/posting with the URL it is served at and what it should read. */
function posting(name: string): { fixture: string; url: string; title: string; company: string } {
  const expected = JSON.parse(readFileSync(join(FIXTURES, "posting", `${name}.expected.json`), "utf8"));
  return { fixture: `posting/${name}.html`, url: expected.url, ...expected.expected };
}

async function openPosting(name: string): Promise<{ page: Page; title: string; company: string }> {
  const { fixture, url, title, company } = posting(name);
  await ext.serve(url, fixture);
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, title, company };
}

const panelOf = (page: Page) => page.getByRole("region", { name: "Debrief" });
const launcher = (page: Page) =>
  panelOf(page).getByRole("button", { name: /Save job to Debrief|Debrief: Tracked/ });

async function expand(page: Page) {
  await launcher(page).click();
  await panelOf(page).getByRole("heading", { name: "Debrief" }).waitFor();
}

const hostCount = (page: Page) => page.evaluate(() => document.querySelectorAll("debrief-panel").length);

describe("job-board panel", () => {
  const BOARDS = [
    "linkedin/guest-view",
    "greenhouse/boards-classic",
    "lever/posting-jsonld",
    "workday/job-jsonld",
    "indeed/viewjob-jsonld",
  ];

  it("appears collapsed on postings of LinkedIn, Greenhouse, Lever, Workday and Indeed, and saves each", async () => {
    for (const name of BOARDS) {
      const { page, title, company } = await openPosting(name);
      await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).waitFor();
      expect(await panelOf(page).getByLabel("Role").isVisible()).toBe(false); // collapsed
      await expand(page);
      expect(await panelOf(page).getByLabel("Role").inputValue()).toBe(title);
      expect(await panelOf(page).getByLabel("Company").inputValue()).toBe(company);
      await panelOf(page).getByRole("button", { name: "Save job", exact: true }).click();
      await panelOf(page).getByRole("status").filter({ hasText: "Saved to Debrief · Saved" }).waitFor();
      await panelOf(page).getByText("Tracked · Saved", { exact: true }).waitFor();
      await page.close();
    }
    const options = await ext.open("options/options.html");
    for (const name of BOARDS)
      await options.getByRole("row", { name: new RegExp(posting(name).title) }).waitFor();
    expect(await options.getByRole("row").count()).toBe(BOARDS.length + 1); // header + one per posting
    await options.close();
    // The fixture pages' own stylesheets and images are not served; nothing else left the browser.
    expect(ext.strayRequests.filter((u) => !/\.(css|png|svg|jpe?g|woff2?)(\?|$)/.test(u))).toEqual([]);
  });

  it("maps the same posting at another URL to the same application", async () => {
    // Saved above from its tracking URL; the canonical URL of the same posting is tracked already.
    const url = "https://www.linkedin.com/jobs/view/3987654321/";
    await ext.serve(url, "posting/linkedin/guest-view.html");
    const page = await ext.context.newPage();
    await page.goto(url);
    await panelOf(page).getByRole("button", { name: "Debrief: Tracked · Saved" }).waitFor();
    expect(await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).count()).toBe(0);
    await page.close();
  });

  it("shows no panel on a page that is no posting", async () => {
    const search = "https://www.linkedin.com/jobs/search/?keywords=nurse";
    await ext.serve(search, "posting/linkedin/search-pane.html");
    const other = "https://example.com/careers/nurse";
    await ext.serve(other, "posting/greenhouse/boards-classic.html");
    for (const url of [search, other]) {
      const page = await ext.context.newPage();
      await page.goto(url);
      await page.waitForTimeout(1200); // idle callback + settings round trip
      expect(await hostCount(page)).toBe(0);
      await page.close();
    }
  });

  it("follows in-page navigation on LinkedIn to the next job, and saves that one", async () => {
    const { page, title } = await openPosting("linkedin/search-pane");
    await expand(page);
    const role = panelOf(page).getByLabel("Role");
    expect(await role.inputValue()).toBe(title);
    await panelOf(page).getByLabel("Company").fill("Bluefin (edited)");
    // LinkedIn switches the job pane with pushState and new DOM, without a page load.
    await page.evaluate(() => {
      history.pushState({}, "", "/jobs/search/?currentJobId=4011111111&keywords=frontend");
      const pane = document.querySelector(".job-details-jobs-unified-top-card__container--two-pane")!;
      pane.querySelector("h1")!.textContent = "Staff Data Engineer";
      pane.querySelector(".job-details-jobs-unified-top-card__company-name a")!.textContent =
        "Harbor Freight Labs";
      pane.querySelector(".tvm__text")!.textContent = "Bellevue, WA";
    });
    await page.waitForFunction(() => {
      const input = document
        .querySelector("debrief-panel")
        ?.shadowRoot?.querySelector<HTMLInputElement>("#debrief-title");
      return input?.value === "Staff Data Engineer";
    });
    // The edit belonged to the previous job.
    expect(await panelOf(page).getByLabel("Company").inputValue()).toBe("Harbor Freight Labs");
    await panelOf(page).getByRole("button", { name: "Save job", exact: true }).click();
    await panelOf(page).getByRole("status").filter({ hasText: "Saved to Debrief" }).waitFor();
    const saved = await ext.worker.evaluate(async () => {
      const open = indexedDB.open("debrief");
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const rows = await new Promise<{ postingId: string; title: string; company: string }[]>((resolve) => {
        const request = db.transaction("applications").objectStore("applications").getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return rows.find((r) => r.postingId === "4011111111");
    });
    expect(saved).toMatchObject({ title: "Staff Data Engineer", company: "Harbor Freight Labs" });
    await page.close();
  });

  it("is usable by keyboard: Enter expands, Escape collapses and gives focus back", async () => {
    const { page } = await openPosting("greenhouse/job-boards-jsonld-disagree");
    await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).focus();
    await page.keyboard.press("Enter");
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector("debrief-panel")?.shadowRoot?.activeElement;
        return active ? `${active.tagName}:${active.id || active.textContent?.trim()}` : "";
      });
    // This page's JSON-LD and its heading name different titles: the cursor starts in Role, to check it.
    await expect.poll(focused).toBe("INPUT:debrief-title");
    expect(await launcher(page).count()).toBe(0); // hidden while expanded
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await expect.poll(focused).toMatch(/^BUTTON:.*Save job/);
    expect(
      await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).getAttribute("aria-expanded"),
    ).toBe("false");
    await expand(page);
    const violations = (await axeViolations(page)).filter((v) =>
      v.targets.join(" ").includes("debrief-panel"),
    );
    expect(violations).toEqual([]);
    await page.close();
  });

  it("records 'I applied', logs signals and shows the outlook, with the status on the launcher", async () => {
    const { page } = await openPosting("lever/posting-dom");
    await expand(page);
    const panel = panelOf(page);
    await panel.getByRole("button", { name: "I applied" }).click();
    await panel.getByRole("status").filter({ hasText: "Saved to Debrief · Applied" }).waitFor();
    await panel.getByText("Last: Applied").waitFor();
    await panel.getByRole("button", { name: "Log signals" }).click();
    await panel.getByRole("checkbox", { name: /Asked when you could start/ }).check();
    await panel.getByRole("checkbox", { name: /Introduced to the team/ }).check();
    await panel.getByRole("button", { name: "Save debrief" }).click();
    const outlook = panel.getByRole("region", { name: /Outlook/ });
    await outlook.waitFor();
    expect(await outlook.textContent()).toMatch(/Outlook: (Strong|Promising)/);
    await panel.getByRole("region", { name: "Follow-up plan" }).waitFor();
    await panel.getByRole("button", { name: "Done" }).click();
    await panel.getByText("Tracked · Interviewing", { exact: true }).waitFor();
    // The new view takes focus (its heading); Escape from there collapses the panel.
    await page.waitForFunction(() => document.querySelector("debrief-panel")?.shadowRoot?.activeElement);
    await page.keyboard.press("Escape");
    await panel.getByRole("button", { name: "Debrief: Tracked · Interviewing" }).waitFor();
    await page.close();
  });

  it("hides on a site when asked, and the Settings page can undo it", async () => {
    const { page } = await openPosting("workday/job-rendered");
    await expand(page);
    await panelOf(page).getByRole("button", { name: "Hide on this site" }).click();
    await page.waitForFunction(() => !document.querySelector("debrief-panel"));
    await page.reload();
    await page.waitForTimeout(1200);
    expect(await hostCount(page)).toBe(0);

    const settings = await ext.open("options/options.html#/settings");
    const site = posting("workday/job-rendered").url.match(/^https:\/\/([^/]+)/)![1]!;
    const list = settings.getByRole("list", { name: "Sites where the panel is hidden" });
    await list.getByText(site).waitFor();
    await settings.getByRole("button", { name: `Show the panel on ${site} again` }).click();
    await settings.close();
    await page.reload();
    await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).waitFor();
    await page.close();
  });

  it("toggles from the keyboard shortcut's command", async () => {
    const { page } = await openPosting("indeed/search-pane");
    await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).waitFor();
    await page.bringToFront();
    // The command as the browser delivers it, to the background's own listener.
    const toggle = () =>
      ext.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        (chrome.commands.onCommand as unknown as { dispatch(c: string, t?: chrome.tabs.Tab): void }).dispatch(
          "toggle-panel",
          tab,
        );
      });
    await toggle();
    await panelOf(page).getByRole("heading", { name: "Debrief" }).waitFor();
    await toggle();
    await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).waitFor();
    await page.close();
  });
});
