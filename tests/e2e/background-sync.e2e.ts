// The background keeps what it derives from the database (badge, reminder alarm, due statuses) right
// whoever writes: the options page restoring a backup, deleting everything, marking a reminder done;
// and a worker that was stopped while a page wrote recomputes it when it starts. Statuses that time
// changes ("gone quiet") read right everywhere without any write.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";
import { seedDatabase } from "./seed";
import { waitFor } from "./wait";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

const DAY = 86_400_000;
const NOW = Date.now();
const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
const reminderAlarm = () =>
  ext.worker.evaluate(async () => (await chrome.alarms.get("debrief:reminders"))?.scheduledTime ?? null);

const app = (id: string, company: string, title: string, status: string, at: number) => ({
  id,
  company,
  title,
  companyDomains: [],
  status,
  source: "manual",
  createdAt: at,
  updatedAt: at,
  lastActivityAt: at,
  archived: 0,
});

/** Contoso: interviewed 10 days ago, thank-you overdue, follow-up in 3 days. Northwind: followed up 22 days ago, no reply. */
const HISTORY = {
  applications: [
    app("contoso", "Contoso Health", "Data Analyst", "interviewing", NOW - 10 * DAY),
    // Cached the day the follow-up was sent, as every version so far wrote it.
    app("northwind", "Northwind Robotics", "Robotics Engineer", "interviewing", NOW - 22 * DAY),
  ],
  events: [
    { id: "c1", applicationId: "contoso", at: NOW - 20 * DAY, kind: "applied" },
    { id: "c2", applicationId: "contoso", at: NOW - 10 * DAY, kind: "interview", interviewId: "ic" },
    { id: "n1", applicationId: "northwind", at: NOW - 40 * DAY, kind: "applied" },
    { id: "n2", applicationId: "northwind", at: NOW - 35 * DAY, kind: "interview", interviewId: "in" },
    {
      id: "n3",
      applicationId: "northwind",
      at: NOW - 22 * DAY,
      kind: "followup-done",
      reminderId: "in:follow-up",
      reminderKind: "follow-up",
    },
  ],
  interviews: [
    {
      id: "ic",
      applicationId: "contoso",
      at: NOW - 10 * DAY,
      kind: "video",
      interviewers: [],
      signals: {},
      createdAt: NOW - 10 * DAY,
      updatedAt: NOW - 10 * DAY,
    },
  ],
  reminders: [
    {
      id: "ic:thank-you",
      applicationId: "contoso",
      interviewId: "ic",
      kind: "thank-you",
      title: "Send a thank-you note",
      dueAt: NOW - 9 * DAY,
      done: 0,
    },
    {
      id: "ic:follow-up",
      applicationId: "contoso",
      interviewId: "ic",
      kind: "follow-up",
      title: "Send a polite follow-up",
      dueAt: NOW + 3 * DAY,
      done: 0,
    },
  ],
};

function backupFile(): string {
  const path = join(tmpdir(), `debrief-sync-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const tables = { emails: [], settings: [], ...HISTORY };
  writeFileSync(path, JSON.stringify({ format: "debrief-backup", version: 1, exportedAt: NOW, tables }));
  return path;
}

async function restore(page: Page) {
  await page.goto(page.url().replace(/#.*$/, "#/data"));
  await page.getByLabel("Backup file (.json)").setInputFiles(backupFile());
  await page.getByRole("button", { name: "Replace my data with this backup" }).click();
  await page.getByRole("status").filter({ hasText: "Imported 2 applications" }).waitFor();
}

describe("the background hears every write", () => {
  it("a restored backup badges what is due and sets the alarm for what comes next; Delete everything clears both", async () => {
    const page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();
    expect(await badge()).toBe("");
    await restore(page);
    expect(await waitFor(badge, (b) => b === "1")).toBe("1");
    expect(await waitFor(reminderAlarm, (t) => t !== null)).toBe(NOW + 3 * DAY);

    await page.getByRole("button", { name: "Delete everything…" }).click();
    await page.getByLabel("Type DELETE to confirm").fill("DELETE");
    await page.getByRole("button", { name: "Delete everything permanently" }).click();
    await page.getByRole("status").filter({ hasText: "Everything was deleted" }).waitFor();
    expect(await waitFor(badge, (b) => b === "")).toBe("");
    expect(await waitFor(reminderAlarm, (t) => t === null)).toBeNull();
  });

  it("marking a reminder done on the application's page clears the badge", async () => {
    const page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();
    await seedDatabase(page, HISTORY as never);
    // As the popup did before: the only page that told the background anything.
    await page.evaluate(() => chrome.runtime.sendMessage({ debrief: 1, type: "reminders/refresh", arg: {} }));
    expect(await waitFor(badge, (b) => b === "1")).toBe("1");
    await page.goto(page.url().replace(/#.*$/, "#/application/contoso"));
    await page.getByText("Send a thank-you note").first().waitFor();
    await page.getByRole("button", { name: "Mark done" }).click();
    await page.getByText("Send a polite follow-up").first().waitFor();
    expect(await waitFor(badge, (b) => b === "")).toBe("");
  });

  it("a worker stopped while a page wrote recomputes the badge when it starts", async () => {
    const page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();
    // Written under the worker's feet, the way no page of ours writes (no announcement).
    await seedDatabase(page, HISTORY as never);
    const cdp = await ext.context.newCDPSession(page);
    const stopped = new Promise<void>((resolve) =>
      cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
        if (versions.some((v) => v.runningStatus === "stopped")) resolve();
      }),
    );
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await stopped;
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe("");
    // Anything wakes it: here a message that no handler answers.
    await page.evaluate(() => chrome.runtime.sendMessage({ hello: "worker" }).catch(() => undefined));
    const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent("serviceworker"));
    ext.worker = worker;
    expect(await waitFor(badge, (b) => b === "1")).toBe("1");
  });
});

describe("statuses as of now", () => {
  it("an application followed up 22 days ago with no reply shows as gone quiet in the list, the filter and the board", async () => {
    const page = await ext.open("options/options.html#/applications");
    await page.getByText("No applications yet").waitFor();
    // Rows as cached the day of the last write (the follow-up), before time made them quiet: the
    // cache says when the status goes quiet (a day ago); nothing has been written since.
    const [contoso, northwind] = HISTORY.applications;
    const cachedThen = { ...northwind, statusNext: { at: NOW - DAY, status: "ghosted" } };
    await seedDatabase(page, { ...HISTORY, applications: [contoso, cachedThen] } as never);
    await page.reload();
    await page
      .getByRole("row", { name: /Northwind Robotics/ })
      .getByText("Gone quiet")
      .waitFor();
    await page.getByLabel("Status").selectOption({ label: "Gone quiet" });
    await page.getByRole("row", { name: /Contoso Health/ }).waitFor({ state: "detached" });
    expect(await page.getByRole("row", { name: /Northwind Robotics/ }).count()).toBe(1);
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    await page.getByRole("button", { name: "Board view" }).click();
    await page
      .getByRole("region", { name: /^Gone quiet/ })
      .getByRole("link", { name: "Robotics Engineer · Northwind Robotics" })
      .waitFor();
  });
});
