// Email tagging end to end: the built extension in Chromium, recorded Gmail and Outlook pages served at
// their real URLs. Chromium's permission prompt cannot be answered from Playwright (no API reaches the
// bubble, and permissions.request needs a user gesture), so this file loads a copy of the build whose
// manifest lists the four webmail origins under host_permissions: Chromium grants them at install, as a
// user accepting the prompt would. From there everything is the product's own path: onInstalled sees
// the grant and registers the readers (scripting.registerContentScripts), the options page's switch
// turns tagging on (its permissions.request resolves at once for an origin already granted), Chromium
// injects the registered reader into the routed page, and the background ingests what it sends.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";
import { readTable } from "./seed";
import { waitFor } from "./wait";

const GMAIL = {
  rejection: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVHxKcPzrQWxLvNlDwTgmkS",
  invitation: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVJmNzKxHpWcDqTrLsKvBnM",
  picnic: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVLqMsNaPyXeUtRwChHkDgE",
};
const OUTLOOK_INVITATION =
  "https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1iNmQ4LWU3ZmYtMDACLTAwCgAQAGbhxPNV1k5Lm7c%2BqRzY1aE%3D";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension({ grantHosts: "webmail" });
});
afterEach(async () => {
  await ext.close();
});

const registered = () =>
  ext.worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort(),
  );

/** Turns tagging on through the options page's switch, as a user does. */
async function turnOn(name: "Gmail" | "Outlook on the web"): Promise<void> {
  const page = await ext.open("options/options.html#/settings");
  const toggle = page.getByRole("switch", { name });
  await page.waitForFunction(() => !document.querySelector<HTMLInputElement>("input[role=switch]")?.disabled);
  await toggle.click(); // a controlled switch: it flips once the permission answer is in
  await page.getByText(/Email tagging is on for/).waitFor();
  await page.close();
}

/**
 * Adds an applied-for application. Written straight into the extension's database from the worker (the
 * popup's own flow has its own tests); the options page has created the database by then.
 */
async function track(company: string, title: string, companyDomains: string[] = []): Promise<string> {
  return ext.worker.evaluate(
    ({ company, title, companyDomains }) =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open("debrief");
        open.onsuccess = () => {
          const now = Date.now() - 30 * 86_400_000;
          const id = `app-${company.replace(/\W/g, "").toLowerCase()}`;
          const tx = open.result.transaction(["applications", "events"], "readwrite");
          tx.objectStore("applications").put({
            id,
            company,
            title,
            companyDomains,
            status: "applied",
            source: "manual",
            createdAt: now,
            updatedAt: now,
            lastActivityAt: now,
            archived: 0,
          });
          tx.objectStore("events").put({ id: `${id}-saved`, kind: "saved", applicationId: id, at: now });
          tx.objectStore("events").put({ id: `${id}-applied`, kind: "applied", applicationId: id, at: now });
          tx.oncomplete = () => {
            open.result.close();
            done(id);
          };
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    { company, title, companyDomains },
  );
}

async function openMail(url: string, fixture: string): Promise<Page> {
  // The server never sees the part after "#": Gmail's pages are all served from one path.
  await ext.serve(url.split("#")[0] ?? url, fixture);
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

describe("webmail tagging", () => {
  it("registers a reader per granted provider at install, and only those", async () => {
    expect(await waitFor(registered, (ids) => ids.length === 2)).toEqual([
      "debrief-webmail-gmail",
      "debrief-webmail-outlook",
    ]);
  });

  it("puts a rejection and an interview invitation on the right timelines, with the right tags", async () => {
    await turnOn("Gmail");
    await turnOn("Outlook on the web");
    const northwind = await track("Northwind Robotics", "Robotics Software Engineer");
    const contoso = await track("Contoso Health", "Data Analyst");
    const woodgrove = await track("Woodgrove Bank", "Operations Analyst");

    const rejection = await openMail(GMAIL.rejection, "webmail/written/gmail/single-rejection.html");
    await rejection.getByRole("button", { name: /Debrief\s+Rejection · Northwind Robotics/ }).waitFor();
    // Auto-apply is off: the chip offers the status change, one click applies it.
    await rejection.getByRole("button", { name: "Mark as Rejected" }).click();
    await rejection.getByText("Status changed.").waitFor();

    const invitation = await openMail(
      GMAIL.invitation,
      "webmail/written/gmail/thread-collapsed-interview.html",
    );
    await invitation.getByRole("button", { name: /Debrief\s+Interview · Contoso Health/ }).waitFor();

    const outlook = await openMail(
      OUTLOOK_INVITATION,
      "webmail/written/outlook/thread-collapsed-interview.html",
    );
    await outlook.getByRole("button", { name: /Debrief\s+Interview · Woodgrove Bank/ }).waitFor();

    const emails = await readTable(ext.worker, "emails");
    const row = (match: (id: string) => boolean) => {
      const e = emails.find((x) => match(String(x.id)));
      return e && [e.category, e.applicationId];
    };
    expect(emails).toHaveLength(3);
    expect(row((id) => id === "gmail:18be1a2b3c4d5e6f")).toEqual(["rejected", northwind]);
    expect(row((id) => id === "gmail:18c0aa11bb22cc99")).toEqual(["interview", contoso]);
    expect(row((id) => id.startsWith("outlook:AAQk"))).toEqual(["interview", woodgrove]);
    const apps = await readTable(ext.worker, "applications");
    const statusOf = (id: string) => apps.find((a) => a.id === id)?.status;
    expect(statusOf(northwind)).toBe("rejected");
    expect(statusOf(contoso)).toBe("applied"); // proposed, not yet accepted

    const timeline = await ext.open(`options/options.html#/application/${northwind}`);
    await timeline.getByText("Email: rejection").waitFor();
    const other = await ext.open(`options/options.html#/application/${contoso}`);
    await other.getByText("Email: interview").waitFor();
    expect(await other.getByText("Email: rejection").count()).toBe(0);
    expect(ext.strayRequests.filter((u) => !u.startsWith("https://mail.google.com/"))).toEqual([]);
  });

  it("leaves no trace of an email that is not about a job", async () => {
    await turnOn("Gmail");
    await track("Northwind Robotics", "Robotics Software Engineer");
    const before = (await readTable(ext.worker, "events")).length;
    const page = await openMail(GMAIL.picnic, "webmail/written/gmail/non-job.html");
    await page.getByRole("heading", { name: "Saturday picnic" }).waitFor();
    await page.waitForTimeout(1500); // several scans: long enough for a body to be read and sent
    expect(await readTable(ext.worker, "emails")).toEqual([]);
    expect((await readTable(ext.worker, "events")).length).toBe(before);
    expect(await page.locator("debrief-email-chip").count()).toBe(0);
    // The reader was there all along: a job email in the same profile gets its chip.
    const job = await openMail(GMAIL.rejection, "webmail/written/gmail/single-rejection.html");
    await job.getByRole("button", { name: /Debrief\s+Rejection/ }).waitFor();
    expect((await readTable(ext.worker, "emails")).map((e) => e.id)).toEqual(["gmail:18be1a2b3c4d5e6f"]);
  });

  it("corrects a tag from the chip, and remembers it for the sender", async () => {
    await turnOn("Gmail");
    const contoso = await track("Contoso Health", "Data Analyst");
    const page = await openMail(GMAIL.invitation, "webmail/written/gmail/thread-collapsed-interview.html");
    const chip = page.getByRole("button", { name: /Debrief\s+Interview · Contoso Health/ });
    await chip.click();
    await page.getByRole("combobox", { name: "Tag" }).selectOption({ label: "Assessment" });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: /Debrief\s+Assessment · Contoso Health/ }).waitFor();
    const [email] = await readTable(ext.worker, "emails");
    expect(email).toMatchObject({ category: "assessment", userCorrected: true, applicationId: contoso });
    const events = (await readTable(ext.worker, "events")).filter((e) => e.kind === "email");
    expect(events).toMatchObject([{ category: "assessment", applicationId: contoso }]);
    const overrides = (await readTable(ext.worker, "settings")).find((s) => s.key === "senderOverrides");
    expect(overrides?.value).toMatchObject({
      "priya.natarajan@contosohealth.com": { category: "assessment" },
    });
  });

  it("re-tagging an email as a rejection takes back the reply date it set on the interview", async () => {
    await turnOn("Gmail");
    const fabrikam = await track("Fabrikam Design", "Product Designer", ["fabrikam.design"]);
    const heldAt = Date.UTC(2025, 9, 30, 10);
    await ext.worker.evaluate(
      ({ applicationId, at }) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open("debrief");
          open.onsuccess = () => {
            const tx = open.result.transaction(["interviews"], "readwrite");
            tx.objectStore("interviews").put({
              id: "iv-fabrikam",
              applicationId,
              at,
              kind: "video",
              interviewers: [],
              signals: {},
              createdAt: at,
              updatedAt: at,
            });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
          open.onerror = () => fail(open.error);
        }),
      { applicationId: fabrikam, at: heldAt },
    );
    // "We will get back to you by 21 November": the interview's expected reply date.
    const page = await openMail(
      "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVKpLrMzNxWdTsQvBhGjCfD",
      "webmail/written/gmail/reply-quoting-history.html",
    );
    const chip = page.getByRole("button", { name: /Debrief\s+.+ · Fabrikam Design/ });
    await chip.waitFor();
    const [dated] = await waitFor(
      () => readTable(ext.worker, "interviews"),
      ([iv]) => iv?.nextStepBy !== undefined,
    );
    expect(dated).toMatchObject({ id: "iv-fabrikam", nextStepByEmail: { emailId: expect.any(String) } });
    await chip.click();
    await page.getByRole("combobox", { name: "Tag" }).selectOption({ label: "Rejection" });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: /Debrief\s+Rejection · Fabrikam Design/ }).waitFor();
    const [after] = await readTable(ext.worker, "interviews");
    expect(after?.nextStepBy).toBeUndefined();
    expect(after?.nextStepByEmail).toBeUndefined();
  });

  // Turning a switch off also gives the permission back, and permissions.onRemoved unregisters the
  // reader. Here the origins are granted by the manifest, which Chromium will not take back, so this test
  // checks the other guard: with the setting off, the reader asks, hears "off", and sends nothing.
  it("stops reading when tagging is turned off, and deletes all email data on request", async () => {
    await turnOn("Gmail");
    await track("Northwind Robotics", "Robotics Software Engineer");
    const first = await openMail(GMAIL.rejection, "webmail/written/gmail/single-rejection.html");
    await first.getByRole("button", { name: /Debrief\s+Rejection/ }).waitFor();

    const settings = await ext.open("options/options.html#/settings");
    await settings.getByRole("button", { name: "Delete all email data…" }).click();
    await settings.getByRole("button", { name: "Delete all email data now" }).click();
    await settings.getByText(/Deleted 1 email and \d+ timeline entr/).waitFor();
    expect(await readTable(ext.worker, "emails")).toEqual([]);

    await settings.getByRole("switch", { name: "Gmail" }).click();
    await settings.getByText(/Email tagging is off for Gmail/).waitFor();
    const again = await openMail(GMAIL.invitation, "webmail/written/gmail/thread-collapsed-interview.html");
    await again.getByRole("heading", { name: /Next steps/ }).waitFor();
    await again.waitForTimeout(1000);
    expect(await again.locator("debrief-email-chip").count()).toBe(0);
    expect(await readTable(ext.worker, "emails")).toEqual([]);
  });

  it("Delete all email data leaves nothing an email made: no status in the popup's snapshot, no notification", async () => {
    await turnOn("Gmail");
    await track("Northwind Robotics", "Robotics Software Engineer");
    const mail = await openMail(GMAIL.rejection, "webmail/written/gmail/single-rejection.html");
    await mail.getByRole("button", { name: "Mark as Rejected" }).click();
    await mail.getByText("Status changed.").waitFor();
    const popup = await ext.open("popup/popup.html");
    await popup
      .getByRole("link", { name: /Northwind Robotics/ })
      .getByText("Rejected")
      .waitFor();
    const emailNotifications = async () =>
      Object.keys(await ext.worker.evaluate(() => chrome.notifications.getAll())).filter((id) =>
        id.startsWith("email:"),
      );
    expect(await waitFor(emailNotifications, (ids) => ids.length === 1)).toHaveLength(1);
    await popup.close();

    const settings = await ext.open("options/options.html#/settings");
    await settings.getByRole("button", { name: "Delete all email data…" }).click();
    await settings.getByRole("button", { name: "Delete all email data now" }).click();
    await settings.getByText(/Deleted 1 email and \d+ timeline entr/).waitFor();
    const snapshot = () => settings.evaluate(() => localStorage.getItem("debrief.popup.recent") ?? "");
    expect(await waitFor(snapshot, (text) => !text.includes("Rejected"))).not.toContain("Rejected");
    expect(await snapshot()).toContain("Applied");
    expect(await emailNotifications()).toEqual([]);
  });
});
