// An open mailbox hears of changes (#14 item 9), and a reader that cannot read a page says so (#13
// item 4). The built extension in Chromium, written Gmail pages served at their real URLs.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";
import { readTable } from "./seed";

const NOTE = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVZpQrStUvWxYzAbCdEfGhJ";
const UNREADABLE = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVZzYyXxWwVvUuTtSsRrQqP";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension({ grantHosts: "webmail" });
});
afterEach(async () => {
  await ext.close();
});

async function turnOnGmail(): Promise<void> {
  const page = await ext.open("options/options.html#/settings");
  await page.waitForFunction(() => !document.querySelector<HTMLInputElement>("input[role=switch]")?.disabled);
  await page.getByRole("switch", { name: "Gmail" }).click();
  await page.getByText(/Email tagging is on for Gmail/).waitFor();
  await page.close();
}

async function openMail(url: string, fixture: string): Promise<Page> {
  await ext.serve(url.split("#")[0] ?? url, fixture);
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

describe("open mailbox", () => {
  it("tags a message kept in the page once its company is tracked, without a reload", async () => {
    await turnOnGmail();
    const mail = await openMail(NOTE, "webmail/written/gmail/company-note-no-job-words.html");
    await mail.getByRole("heading", { name: "Quick question before Tuesday" }).waitFor();
    await mail.waitForTimeout(1500); // several scans: the note is read and kept in the page
    expect(await mail.locator("debrief-email-chip").count()).toBe(0);

    // The user adds the application in the popup while the mailbox stays open.
    const popup = await ext.open("popup/popup.html");
    await popup.locator(".recent-item, section.empty, .suggestion").first().waitFor();
    const more = popup.getByRole("button", { name: "New application" });
    if (await more.count()) await more.click();
    await popup.getByLabel("Company").fill("Fabrikam");
    await popup.getByLabel("Role").fill("Platform Engineer");
    await popup.getByRole("button", { name: "Add application" }).click();
    await popup.getByRole("form", { name: "Debrief: Platform Engineer · Fabrikam" }).waitFor();

    // Its tag and link are the classifier's business; that it is read and tagged at all is this test's.
    await mail.getByRole("button", { name: /^Debrief\b/ }).waitFor();
    const emails = await readTable(ext.worker, "emails");
    expect(emails.map((e) => e.id)).toEqual(["gmail:18a420d9a3aa4001"]);
  });
});

describe("health you can see", () => {
  it("records, after 10 s, that the Gmail reader could not read an open conversation, and shows it in Settings", async () => {
    await turnOnGmail();
    const settings = await ext.open("options/options.html#/settings");
    await settings.getByText(/^None\. If a mail or job site changes/).waitFor();

    const mail = await openMail(UNREADABLE, "webmail/written/gmail/unreadable-changed-markup.html");
    await mail.getByRole("heading", { name: "Interview next week" }).waitFor();
    // The settings page is live: the row appears once the reader's 10 s are up.
    const row = settings.getByRole("list", { name: "Problems noticed" }).getByRole("listitem");
    await row.waitFor({ timeout: 25_000 });
    expect(await row.innerText()).toMatch(
      /The Gmail reader could not read this page \(mail\.google\.com\), last on /,
    );
    const stored = (await readTable(ext.worker, "settings")).find((s) => s.key === "healthProblems");
    expect(stored?.value).toMatchObject([{ surface: "gmail", host: "mail.google.com", count: 1 }]);
    expect(ext.strayRequests.filter((u) => !u.startsWith("https://mail.google.com/"))).toEqual([]);

    await settings.getByRole("button", { name: "Clear this list" }).click();
    await settings.getByText(/^None\. If a mail or job site changes/).waitFor();
  }, 60_000);

  it("records nothing for a conversation it reads", async () => {
    await turnOnGmail();
    const mail = await openMail(NOTE, "webmail/written/gmail/company-note-no-job-words.html");
    await mail.getByRole("heading", { name: "Quick question before Tuesday" }).waitFor();
    await mail.waitForTimeout(11_000);
    const stored = (await readTable(ext.worker, "settings")).find((s) => s.key === "healthProblems");
    expect(stored?.value ?? []).toEqual([]);
  }, 60_000);

  it("records a job-board posting page whose title it cannot find", async () => {
    const url = "https://boards.greenhouse.io/fabrikam/jobs/4012345";
    await ext.serve(url, "health/greenhouse-posting-no-title.html");
    const board = await ext.context.newPage();
    await board.goto(url);
    const settings = await ext.open("options/options.html#/settings");
    const row = settings.getByRole("list", { name: "Problems noticed" }).getByRole("listitem");
    await row.waitFor({ timeout: 25_000 });
    expect(await row.innerText()).toMatch(
      /The job-board panel found no job title on a posting page \(boards\.greenhouse\.io\)/,
    );
  }, 60_000);
});
