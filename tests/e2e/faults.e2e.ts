// Faults: the service worker killed (through CDP) in the middle of an email ingest and of a job save;
// two extension pages writing at once; a write failing half-way through a debrief (all or nothing);
// a storage quota error reaching the user as a clear message. Afterwards nothing is lost, nothing is
// doubled, and a retry succeeds once.
//
// Email ingest needs the webmail host grant: as in webmail.e2e.ts, a copy of the build lists the
// webmail origins under host_permissions (granted at install, as a user accepting the prompt).
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";
import { readTable } from "./seed";

const QUOTA_TEXT = "Your browser is out of storage space for Debrief, so this was not saved.";
const GMAIL_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVHxKcPzrQWxLvNlDwTgmkS";
const JOB_URL = "https://boards.greenhouse.io/riverbendhealth/jobs/4455667";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension({ grantHosts: "webmail" });
  // Extension pages can be told to fail writes to some stores with the browser's quota error, before
  // any of their scripts runs (the product has no hook for this: it patches IndexedDB itself).
  await ext.context.addInitScript(failWritesOnDemand);
  // The popup's writes are messages the worker carries out (application/add, interview/save): the
  // same patch goes into the running worker, where init scripts do not reach.
  await ext.worker.evaluate(failWritesOnDemand);
});
afterEach(async () => {
  await ext.close();
});

/** Patches IndexedDB in an extension page or the worker: writes to the stores named in `__failStores` throw. */
function failWritesOnDemand() {
  if (location.protocol !== "chrome-extension:") return;
  const w = globalThis as unknown as { __failStores?: string[] };
  for (const method of ["add", "put"] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (w.__failStores?.includes(this.name))
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return original.apply(this, args);
    };
  }
}

/** Makes the worker's writes to these stores fail with the browser's quota error ([]: none). */
const failWorkerStores = (stores: string[]) =>
  ext.worker.evaluate((names) => {
    (globalThis as unknown as { __failStores: string[] }).__failStores = names;
  }, stores);

/** Kills the extension's service worker at once, as the browser does to an idle or crashed one. */
async function killWorker(page: Page): Promise<number> {
  const cdp = await ext.context.newCDPSession(page);
  const { targetInfos } = await cdp.send("Target.getTargets");
  const workers = targetInfos.filter((t) => t.type === "service_worker" && t.url.includes(ext.id));
  for (const t of workers) await cdp.send("Target.closeTarget", { targetId: t.targetId }).catch(() => {});
  await cdp.detach();
  return workers.length;
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

async function addApplication(popup: Page, company: string, role: string) {
  // Wait for the first content: while loading, neither the first-run form nor the list is there.
  await popup.locator(".recent-item, section.empty, .suggestion").first().waitFor();
  const more = popup.getByRole("button", { name: "New application" });
  if (await more.count()) await more.click();
  await popup.getByLabel("Company").fill(company);
  await popup.getByLabel("Role").fill(role);
  await popup.getByRole("button", { name: "Add application" }).click();
  await popup.getByRole("form", { name: `Debrief: ${role} · ${company}` }).waitFor();
}

describe("service worker stopped mid-write", () => {
  it("an email ingest: after restart the email is there once, never twice", async () => {
    const settings = await ext.open("options/options.html#/settings");
    await settings.waitForFunction(
      () => !document.querySelector<HTMLInputElement>("input[role=switch]")?.disabled,
    );
    await settings.getByRole("switch", { name: "Gmail" }).click();
    await settings.getByText(/Email tagging is on for/).waitFor();
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Northwind Robotics", "Robotics Software Engineer");
    await ext.serve(GMAIL_URL.split("#")[0]!, "webmail/written/gmail/single-rejection.html");

    // Kill the worker at several moments while the reader's ingest is in flight.
    for (const delay of [0, 30, 80, 150, 300]) {
      const mail = await ext.context.newPage();
      await mail.goto(GMAIL_URL, { waitUntil: "commit" });
      await mail.waitForTimeout(delay);
      await killWorker(popup);
      await mail.waitForTimeout(200);
      await mail.close();
      const emails = await readTable(popup, "emails");
      expect(emails.length, `after a kill at ${delay} ms`).toBeLessThanOrEqual(1);
    }
    // The worker wakes for the next message; opening the mail again tags it (or finds it tagged).
    const mail = await ext.context.newPage();
    await mail.goto(GMAIL_URL);
    await mail.getByRole("button", { name: /Debrief\s+Rejection · Northwind Robotics/ }).waitFor();
    await mail.reload();
    await mail.getByRole("button", { name: /Debrief\s+Rejection · Northwind Robotics/ }).waitFor();
    const emails = await readTable(popup, "emails");
    expect(emails).toHaveLength(1);
    const events = await readTable(popup, "events");
    expect(events.filter((e) => e.kind === "email")).toHaveLength(1);
  });

  it("a job save from the panel: saved once, or an error and a retry that saves once", async () => {
    await ext.serve(JOB_URL, "pages/greenhouse-job.html");
    const popup = await ext.open("popup/popup.html");
    const board = await ext.context.newPage();
    await board.goto(JOB_URL);
    await board.getByRole("button", { name: "Save job to Debrief" }).click();
    const save = board.getByRole("button", { name: "Save job", exact: true });
    await save.click();
    await killWorker(popup);
    const saved = board.getByRole("status").filter({ hasText: "Saved to Debrief" });
    const outcome = await Promise.race([
      saved.waitFor({ timeout: 5000 }).then(() => "saved"),
      board
        .getByRole("alert")
        .first()
        .waitFor({ timeout: 5000 })
        .then(() => "error"),
    ]).catch(() => "nothing");
    if (outcome !== "saved") {
      // The user sees an error (or the button back): trying again wakes the worker and saves.
      await board.reload();
      await board
        .getByRole("button", { name: /Save job to Debrief|Debrief: Tracked/ })
        .first()
        .waitFor();
      if (await board.getByRole("button", { name: "Save job to Debrief" }).count()) {
        await board.getByRole("button", { name: "Save job to Debrief" }).click();
        await board.getByRole("button", { name: "Save job", exact: true }).click();
        await saved.waitFor();
      }
    }
    // And saving again (a double click, a retry after the worker came back) never doubles it.
    await board.reload();
    await board.getByRole("button", { name: /Debrief: Tracked/ }).waitFor();
    const apps = await until(
      () => readTable(popup, "applications"),
      (a) => a.length > 0,
    );
    expect(apps.filter((a) => a.title === "Registered Nurse, Night Shift")).toHaveLength(1);
    const events = await readTable(popup, "events");
    expect(events.filter((e) => e.kind === "saved")).toHaveLength(1);
  });
});

describe("two pages writing at once", () => {
  it("two popups saving debriefs for one application keep both, whole", async () => {
    const first = await ext.open("popup/popup.html");
    await addApplication(first, "Harbour Hotels", "Front Desk Manager");
    const second = await ext.open("popup/popup.html");
    await second.getByRole("button", { name: "Debrief Front Desk Manager · Harbour Hotels" }).click();
    await first.getByRole("checkbox", { name: /Asked when you could start/ }).check();
    await second.getByRole("checkbox", { name: /Introduced to the team/ }).check();
    await Promise.all([
      first.getByRole("button", { name: "Save debrief" }).click(),
      second.getByRole("button", { name: "Save debrief" }).click(),
    ]);
    await first.getByRole("region", { name: "Follow-up plan" }).waitFor();
    await second.getByRole("region", { name: "Follow-up plan" }).waitFor();
    const interviews = await readTable(first, "interviews");
    expect(interviews).toHaveLength(2);
    const events = await readTable(first, "events");
    expect(
      events
        .filter((e) => e.kind === "interview")
        .map((e) => e.interviewId)
        .sort(),
    ).toEqual(interviews.map((i) => i.id).sort());
    const reminders = await readTable(first, "reminders");
    for (const interview of interviews)
      expect(
        reminders.some((r) => r.interviewId === interview.id),
        `reminders of ${interview.id}`,
      ).toBe(true);
    const [app] = await readTable(first, "applications");
    expect(app?.status).toBe("interviewing");
  });

  it("two options pages adding notes at once keep both", async () => {
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Lakeside School", "Maths Teacher");
    const [app] = await readTable(popup, "applications");
    const open = async () => {
      const page = await ext.open(`options/options.html#/application/${String(app?.id)}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      return page;
    };
    const [a, b] = [await open(), await open()];
    const noteField = (p: Page) =>
      p.getByRole("form", { name: "Add to the timeline" }).getByRole("textbox", { name: "Note" });
    await noteField(a).fill("Note from tab A");
    await noteField(b).fill("Note from tab B");
    const add = (p: Page) => p.getByRole("button", { name: "Add to timeline" });
    await Promise.all([add(a).click(), add(b).click()]);
    await a.getByText("Note from tab B").waitFor();
    await b.getByText("Note from tab A").waitFor();
    const notes = (await readTable(popup, "events")).filter((e) => e.kind === "note").map((e) => e.text);
    expect(notes.sort()).toEqual(["Note from tab A", "Note from tab B"]);
  });
});

describe("a write that fails", () => {
  it("half-way through a debrief: nothing of it is kept, the user is told, a retry saves it once", async () => {
    const popup = await ext.open("popup/popup.html");
    await addApplication(popup, "Cobalt Labs", "Data Analyst");
    await popup.getByRole("checkbox", { name: /Asked when you could start/ }).check();
    // The interview row and its event are written before the reminders: fail the reminders.
    await failWorkerStores(["reminders"]);
    await popup.getByRole("button", { name: "Save debrief" }).click();
    const alert = popup.getByRole("alert").filter({ hasText: QUOTA_TEXT });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Free some disk space");
    expect(await readTable(popup, "interviews")).toEqual([]);
    expect((await readTable(popup, "events")).filter((e) => e.kind === "interview")).toEqual([]);

    await failWorkerStores([]);
    await popup.getByRole("button", { name: "Save debrief" }).click();
    await popup.getByRole("region", { name: "Follow-up plan" }).waitFor();
    expect(await readTable(popup, "interviews")).toHaveLength(1);
    expect((await readTable(popup, "events")).filter((e) => e.kind === "interview")).toHaveLength(1);
  });

  it("a full disk when adding an application reads as a clear message, in the popup and the options page", async () => {
    const popup = await ext.open("popup/popup.html");
    await popup.getByRole("heading", { name: "Track your first application" }).waitFor();
    await failWorkerStores(["applications", "events"]);
    await popup.getByLabel("Company").fill("Fjord Bank");
    await popup.getByLabel("Role").fill("Teller");
    await popup.getByRole("button", { name: "Add application" }).click();
    await popup.getByRole("alert").filter({ hasText: QUOTA_TEXT }).waitFor();
    expect(await readTable(popup, "applications")).toEqual([]);

    // The options page: editing an application's details (written by the page itself).
    await failWorkerStores([]);
    await popup.getByRole("button", { name: "Add application" }).click();
    await popup.getByRole("form", { name: "Debrief: Teller · Fjord Bank" }).waitFor();
    const [app] = await readTable(popup, "applications");
    const options = await ext.open(`options/options.html#/application/${String(app?.id)}`);
    await options.getByRole("heading", { level: 1 }).first().waitFor();
    await options.evaluate(() => {
      (window as unknown as { __failStores: string[] }).__failStores = ["applications"];
    });
    await options.getByLabel("Location").fill("Oslo");
    await options.getByRole("button", { name: "Save changes" }).click();
    await options.getByText(QUOTA_TEXT).first().waitFor();
  });
});
