// The popup's debrief flow end to end: suggestion from the current tab, the form by keyboard, the
// outlook and plan, editing, what is due, the badge, and a reminder alarm turning into a notification.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";
import { waitFor } from "./wait";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
const notifications = () => ext.worker.evaluate(() => chrome.notifications.getAll());

function localInput(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

async function addApplication(popup: Page, company: string, role: string) {
  await popup.getByLabel("Company").fill(company);
  await popup.getByLabel("Role").fill(role);
  await popup.getByRole("button", { name: "Add application" }).click();
  await popup.getByRole("form", { name: `Debrief: ${role} · ${company}` }).waitFor();
}

describe("popup first paint", () => {
  it("paints the last recent list at once, then the live view takes over and refreshes it", async () => {
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Harbour Hotels", "Night Auditor");
    await popup.getByRole("button", { name: "Back to start" }).click();
    await popup.getByRole("link", { name: /Night Auditor · Harbour Hotels/ }).waitFor();
    expect(await popup.evaluate(() => localStorage.getItem("debrief.popup.recent"))).toContain(
      "Night Auditor",
    );

    const again = await ext.open("popup/popup.html");
    await again.getByRole("button", { name: "Debrief Night Auditor · Harbour Hotels" }).waitFor(); // live
    expect(await again.locator("#snapshot").count()).toBe(0);
    expect(await again.getByRole("link", { name: /Night Auditor/ }).count()).toBe(1); // not shown twice
  });
});

/** Every text the popup's DOM ever held from its first byte on (the snapshot is gone in a frame). */
async function openPopupRecording(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => seen.push(document.body?.textContent ?? "")).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await page.goto(`chrome-extension://${ext.id}/popup/popup.html`);
  return page;
}
const everShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join("\n"));

describe("popup snapshot after deleting", () => {
  it("Delete everything leaves no name behind for the next popup to paint", async () => {
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Harbour Hotels", "Night Auditor");
    await popup.getByRole("button", { name: "Back to start" }).click();
    await popup.getByRole("link", { name: /Night Auditor · Harbour Hotels/ }).waitFor();
    await popup.close();

    const data = await ext.open("options/options.html#/data");
    await data.getByRole("button", { name: "Delete everything…" }).click();
    await data.getByLabel("Type DELETE to confirm").fill("DELETE");
    await data.getByRole("button", { name: "Delete everything permanently" }).click();
    await data.getByRole("status").filter({ hasText: "Everything was deleted" }).waitFor();
    const stored = () => data.evaluate(() => JSON.stringify(localStorage));
    expect(await waitFor(stored, (text) => !text.includes("Harbour"))).not.toContain("Harbour");

    const next = await openPopupRecording();
    await next.getByRole("heading", { name: "Track your first application" }).waitFor();
    expect(await everShown(next)).not.toContain("Harbour Hotels");
  });
});

describe("popup debrief", () => {
  it("takes a first-time user from empty to an outlook and a plan, by keyboard", async () => {
    const popup = await ext.open("popup/popup.html");
    await popup.getByRole("heading", { name: "Track your first application" }).waitFor();
    await addApplication(popup, "Harbour Hotels", "Front Desk Manager");

    await popup.getByLabel("Planned (min)").fill("30");
    await popup.getByLabel("Actual (min)").fill("75");
    // Type to filter, Space toggles.
    const start = popup.getByRole("checkbox", { name: /Asked when you could start/ });
    await start.focus();
    await popup.keyboard.press("Space");
    await popup.keyboard.type("team");
    await popup.getByRole("checkbox", { name: /Introduced to the team/ }).focus();
    await popup.keyboard.press("Space");
    expect(await popup.getByRole("checkbox", { name: /Salary/ }).count()).toBe(0); // filtered out
    await popup.getByLabel("Filter signs").fill("");
    await popup.getByRole("checkbox", { name: /Salary and benefits discussed/ }).check();
    await popup.getByLabel("Filter signs").press("Enter");

    const outlook = popup.getByRole("region", { name: /Outlook/ });
    await outlook.waitFor();
    expect(await outlook.getByRole("heading").first().textContent()).toMatch(/^Outlook: (Strong|Promising)$/);
    // A range against the stage with its source, never a score out of 100.
    const text = (await outlook.textContent()) ?? "";
    expect(text).toMatch(/\d+–\d+ % — better than most at this stage/);
    expect(text).toMatch(/About 1 in \d+ candidates at this stage get an offer/);
    expect(text).not.toMatch(/\/100/);
    // Every sign ticked is a reason, with what it did to the odds (salary too, beside the start date).
    const reasons = (await outlook.getByRole("list").first().textContent()) ?? "";
    expect(reasons).toMatch(/start date or notice period\. \(odds ×\d\.\d\)/);
    expect(reasons).toMatch(/Pay and benefits were discussed.*\(odds ×\d\.\d \(counted at 50%/);
    expect(reasons).toMatch(/introduced to other employees/);
    expect(text).toMatch(/What would change it/);
    expect(text).toMatch(/General model in use/);
    const plan = popup.getByRole("region", { name: "Follow-up plan" });
    expect(await plan.textContent()).toContain("Send a thank-you note");
    expect(await plan.textContent()).toMatch(/No date given: expect a reply between/);
    // Nothing is due yet: the thank-you note is due tomorrow.
    expect(await badge()).toBe("");
  });

  it("suggests the job in the tab the user came from", async () => {
    const url = "https://www.linkedin.com/jobs/view/3912345678/";
    await ext.serve(url, "pages/linkedin-job-view.html");
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.getByRole("button", { name: "Save job to Debrief" }).waitFor();

    const popup = await ext.open("popup/popup.html");
    const suggestion = popup.getByRole("region", { name: "Suggested application" });
    await suggestion.getByText("Senior Data Analyst").waitFor();
    expect(await suggestion.textContent()).toContain("The job in your current tab, not saved yet");
    await suggestion.getByRole("button", { name: "Save job and debrief" }).click();
    await popup.getByRole("form", { name: "Debrief: Senior Data Analyst" }).waitFor();

    // Now tracked: the page's panel and a fresh popup both know it.
    const again = await ext.open("popup/popup.html");
    await again.getByRole("button", { name: "Debrief this interview" }).waitFor();
    expect(await again.getByRole("region", { name: "Suggested application" }).textContent()).toContain(
      "The job in your current tab",
    );
  });

  it("editing a debrief updates its outlook", async () => {
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Lakeside School", "Maths Teacher");
    await popup.getByRole("checkbox", { name: /Clear next steps, with dates/ }).check();
    await popup.getByRole("checkbox", { name: /Praised your answers/ }).check();
    await popup.getByRole("button", { name: "Save debrief" }).click();
    const range = popup.getByRole("region", { name: /Outlook/ }).locator(".outlook-range");
    await range.waitFor();
    const before = await range.textContent();

    await popup.getByRole("button", { name: "Edit debrief" }).click();
    expect(await popup.getByRole("checkbox", { name: /Praised your answers/ }).isChecked()).toBe(true);
    await popup.getByRole("checkbox", { name: /Uninterested, distracted or combative/ }).check();
    await popup.getByRole("checkbox", { name: /Short, rushed, ended abruptly/ }).check();
    await popup.getByRole("button", { name: "Update debrief" }).click();
    await range.waitFor();
    const after = await range.textContent();
    expect(after).not.toBe(before);
    const lowOf = (text: string | null) => Number(/(\d+)–\d+ %/.exec(text ?? "")?.[1]);
    expect(lowOf(after)).toBeLessThan(lowOf(before));
    expect(await popup.getByRole("region", { name: /Outlook/ }).textContent()).toMatch(/Against/);

    // One interview, not two.
    await popup.getByRole("button", { name: "Edit debrief" }).click();
    const earlier = popup.getByRole("navigation", { name: "Earlier debriefs" });
    await earlier.getByRole("button", { name: "New debrief" }).waitFor();
    expect(await earlier.getByRole("button").count()).toBe(2); // the one interview, and "New debrief"
  });

  it("a thank-you note overdue shows as due, badges the icon, notifies, and Done clears it", async () => {
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Northwind", "Warehouse Lead");
    await popup.getByLabel("When", { exact: true }).fill(localInput(Date.now() - 2 * 86_400_000));
    await popup.getByRole("button", { name: "Save debrief" }).click();
    await popup.getByRole("region", { name: /Outlook/ }).waitFor();
    expect(await waitFor(badge, (text) => text === "1")).toBe("1");
    const shown = await waitFor(notifications, (n) => Object.keys(n).length === 1);
    expect(Object.keys(shown)[0]).toMatch(/^reminder:.+:thank-you$/);

    await popup.getByRole("button", { name: "Done", exact: true }).click();
    const due = popup.getByRole("region", { name: "Due now" });
    await due.getByText("Send a thank-you note").waitFor();
    await due.getByRole("button", { name: "Done: Send a thank-you note" }).click();
    await due.waitFor({ state: "detached" });
    expect(await waitFor(badge, (text) => text === "")).toBe("");
    expect(Object.keys(await notifications())).toEqual([]);
  });

  it("a reminder alarm firing shows a notification and counts on the badge", async () => {
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Fabrikam", "Site Engineer");
    await popup.getByRole("button", { name: "Save debrief" }).click();
    await popup.getByRole("region", { name: /Outlook/ }).waitFor();
    expect(await badge()).toBe("");
    // The test moves the thank-you note's due time to now and fires the reminder alarm.
    await popup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("debrief");
          open.onsuccess = () => {
            const tx = open.result.transaction("reminders", "readwrite");
            const store = tx.objectStore("reminders");
            const all = store.getAll();
            all.onsuccess = () => {
              for (const r of all.result)
                if (r.kind === "thank-you") store.put({ ...r, dueAt: Date.now() - 1000 });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await ext.worker.evaluate(() => chrome.alarms.create("debrief:reminders", { when: Date.now() + 200 }));
    const shown = await waitFor(notifications, (n) => Object.keys(n).length === 1);
    expect(Object.keys(shown)).toHaveLength(1);
    expect(await waitFor(badge, (text) => text === "1")).toBe("1"); // set just after the notification
  });
});
