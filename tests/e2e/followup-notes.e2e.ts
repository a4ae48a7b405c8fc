// From a due thank-you reminder to a note in the user's own Gmail, end to end in Chromium: the Next card
// and the notification's address open the draft; "Open in Gmail" opens a compose URL (routed here, as a
// user's Gmail would receive it) with the subject and text shown; "I sent it" puts "sent" on the timeline
// and the plan moves to the follow-up. Notes with markup and javascript: links stay text everywhere.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Application, Interview, Reminder, TimelineEvent } from "../../src/core/types";
import { axeViolations } from "./axe";
import { type Extension, launchExtension } from "./harness";
import { readTable, seedDatabase } from "./seed";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.now();
const AT = NOW - 3 * HOUR;
const HOSTILE =
  'Discussed the claims dashboard. <img src=x onerror="document.title=1"> see javascript:alert(1)';

const application: Application = {
  id: "a1",
  company: "Contoso Health",
  title: "Data Analyst",
  companyDomains: ["contoso.com"],
  contacts: [{ name: "Ana Lopez", role: "Hiring manager", email: "ana@contoso.com" }],
  status: "interviewing",
  source: "manual",
  createdAt: NOW - 10 * DAY,
  updatedAt: NOW - 10 * DAY,
  lastActivityAt: AT,
  archived: 0,
};
const interview: Interview = {
  id: "iv1",
  applicationId: "a1",
  at: AT,
  round: 2,
  kind: "video",
  interviewers: ["Ana Lopez", "Ben Okafor"],
  signals: { "introduced-to-team": true },
  notes: HOSTILE,
  createdAt: AT,
  updatedAt: AT,
};
const reminder = (kind: Reminder["kind"], title: string, dueAt: number): Reminder => ({
  id: `iv1:${kind}`,
  applicationId: "a1",
  interviewId: "iv1",
  kind,
  title,
  dueAt,
  done: 0,
});
const reminders = [
  reminder("thank-you", "Send a thank-you note", NOW - HOUR),
  reminder("follow-up", "Send a polite follow-up", NOW + 7 * DAY),
  reminder("second-follow-up", "Send one last, brief follow-up", NOW + 14 * DAY),
];
const events: TimelineEvent[] = [
  { id: "e1", applicationId: "a1", at: AT, kind: "interview", interviewId: "iv1" },
];

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

async function openSeeded(hash: string): Promise<Page> {
  const page = await ext.open("options/options.html");
  await page.getByText("No applications yet").waitFor();
  await seedDatabase(page, { applications: [application], interviews: [interview], reminders, events });
  await page.goto(`chrome-extension://${ext.id}/options/options.html${hash}`);
  await page.reload();
  return page;
}

/** The day as the notes write it, in the browser's own zone. */
const dayInPage = (page: Page, ms: number) =>
  page.evaluate(
    (t) => new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric" }).format(t),
    ms,
  );

describe("thank-you note to Gmail", () => {
  it("the Next card opens the draft; Gmail receives the subject and text; sent moves the plan", async () => {
    const composed: string[] = [];
    await ext.context.route("https://mail.google.com/**", (route) => {
      composed.push(route.request().url());
      return route.fulfill({ body: "<title>Gmail</title>compose", contentType: "text/html" });
    });
    const page = await openSeeded("#/application/a1");
    await page.getByRole("link", { name: "Write the note" }).click();
    const draft = page.locator("section.draft");
    await draft.getByRole("heading", { name: "Thank-you note" }).waitFor();
    expect(page.url()).toContain("#/application/a1/draft/iv1%3Athank-you");

    // Every field is there to edit; the user signs and trims the topic before sending.
    await draft.getByLabel("Your name").fill("Sam Reyes");
    await draft.getByLabel("Something you discussed").fill("the claims dashboard rebuild");
    const day = await dayInPage(page, AT);
    const body = await draft.locator(".draft-body").innerText();
    expect(body).toContain("Hi Ana Lopez and Ben Okafor,");
    expect(body).toContain(`on ${day} to talk about the Data Analyst role at Contoso Health`);
    expect(body).toContain("talking about the claims dashboard rebuild.");
    expect(body).toContain("Thank you as well for introducing me to the team.");
    expect(body.endsWith("Sam Reyes")).toBe(true);
    expect(await draft.getByLabel("To", { exact: true }).inputValue()).toBe("ana@contoso.com");

    const [gmail] = await Promise.all([
      ext.context.waitForEvent("page"),
      draft.getByRole("link", { name: "Open in Gmail" }).click(),
    ]);
    await gmail.waitForLoadState();
    const url = new URL(composed[0] ?? "");
    expect(url.origin + url.pathname).toBe("https://mail.google.com/mail/");
    expect(url.searchParams.get("view")).toBe("cm");
    expect(url.searchParams.get("to")).toBe("ana@contoso.com");
    expect(url.searchParams.get("su")).toBe("Thank you for the second-round video interview");
    expect(url.searchParams.get("body")).toBe(body);
    await gmail.close();

    await draft.getByRole("button", { name: "I sent it" }).click();
    await draft.getByText("Marked as sent.").waitFor();
    await draft.getByText(/Next: Send a polite follow-up/).waitFor();
    await page.getByRole("link", { name: "Back to the application" }).click();
    await page.getByText("Thank-you note sent").waitFor();
    await page.locator(".next-item").getByText("Send a polite follow-up").waitFor();
    const rows = await readTable(page, "reminders");
    expect(rows.find((r) => r.id === "iv1:thank-you")?.done).toBe(1);
    expect(rows.find((r) => r.id === "iv1:follow-up")?.done).toBe(0);
    expect(
      await page
        .locator(".next-item")
        .getByRole("link", { name: "Write the follow-up" })
        .getAttribute("href"),
    ).toBe("#/application/a1/draft/iv1%3Afollow-up");
  });

  it("the notification's address opens the draft; markup and javascript: stay text in every target", async () => {
    const page = await openSeeded("#/application/a1/draft/iv1%3Athank-you");
    const draft = page.locator("section.draft");
    await draft.getByRole("heading", { name: "Thank-you note" }).waitFor();
    await draft.getByLabel("Something you discussed").fill(HOSTILE);
    await draft.getByText("Your notes from the interview").click();
    await draft.locator("details p").getByText(HOSTILE).waitFor();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.title()).not.toBe("1");
    const body = await draft.locator(".draft-body").innerText();
    expect(body).toContain('<img src=x onerror="document.title=1"> see javascript:alert(1)');
    const hrefs = await draft
      .locator(".draft-send a")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => h.split(/[?]/)[0])).toEqual([
      "https://mail.google.com/mail/",
      "https://outlook.office.com/mail/deeplink/compose",
      "mailto:ana@contoso.com",
    ]);
    for (const href of hrefs) {
      const query = new URLSearchParams(href.slice(href.indexOf("?") + 1).replace(/\+/g, "%2B"));
      expect(query.get("body")?.replace(/\r\n/g, "\n")).toBe(body);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it("one note each gives each interviewer their own note and address", async () => {
    const page = await openSeeded("#/application/a1/draft/iv1%3Athank-you");
    const draft = page.locator("section.draft");
    await draft.getByLabel("One note each").check();
    const notes = draft.locator("article.draft-note");
    expect(await notes.count()).toBe(2);
    expect(await notes.nth(0).locator(".draft-body").innerText()).toMatch(/^Hi Ana Lopez,/);
    expect(await notes.nth(1).locator(".draft-body").innerText()).toMatch(/^Hi Ben Okafor,/);
    expect(await notes.nth(1).getByLabel("To", { exact: true }).inputValue()).toBe("");
    await notes.nth(1).getByLabel("To", { exact: true }).fill("ben@contoso.com");
    const href = await notes.nth(1).getByRole("link", { name: "Email app" }).getAttribute("href");
    expect(href?.startsWith("mailto:ben@contoso.com?subject=")).toBe(true);
  });

  it("a template edited in Settings is the one the draft uses; Reset brings the default back", async () => {
    const page = await openSeeded("#/settings");
    const card = page.locator("section.template-editor");
    await card.getByRole("radio", { name: "Brief" }).check();
    await card.getByLabel("Tone", { exact: true }).selectOption("brief");
    await card
      .getByLabel("Text")
      .fill("Hello {name|there},\n\nThanks for {thanks}. Mine, from {company}.\nAbout {topic}.");
    await card.getByText("Edited").waitFor();
    await page.goto(
      `chrome-extension://${ext.id}/options/options.html#/application/a1/draft/iv1%3Athank-you`,
    );
    const draft = page.locator("section.draft");
    await draft.getByRole("heading", { name: "Thank-you note" }).waitFor();
    expect(await draft.getByRole("radio", { name: "Brief" }).isChecked()).toBe(true);
    // The fields the edited template uses are the ones shown; the dropped line needs {topic}.
    await draft.getByLabel("Company").waitFor();
    expect(await draft.locator(".draft-body").innerText()).toBe(
      "Hello Ana Lopez and Ben Okafor,\n\nThanks for introducing me to the team. Mine, from Contoso Health.\nAbout the claims dashboard.",
    );
    await page.goto(`chrome-extension://${ext.id}/options/options.html#/settings`);
    await card.getByLabel("Tone", { exact: true }).selectOption("brief");
    await card.getByRole("button", { name: "Reset this template" }).click();
    await card.getByText("Default", { exact: true }).waitFor();
    const stored = await readTable(page, "settings");
    expect(stored.find((r) => r.key === "draftTemplates")?.value).toEqual({});
  });

  it("the popup's due list opens the draft too", async () => {
    await openSeeded("#/application/a1");
    const popup = await ext.open("popup/popup.html");
    const due = popup.getByRole("region", { name: "Due now" });
    const write = due.getByRole("link", { name: "Write it: Send a thank-you note" });
    expect(await write.getAttribute("href")).toBe(
      `chrome-extension://${ext.id}/options/options.html#/application/a1/draft/iv1%3Athank-you`,
    );
    const [tab] = await Promise.all([ext.context.waitForEvent("page"), write.click()]);
    await tab.locator("section.draft").getByRole("heading", { name: "Thank-you note" }).waitFor();
  });
});
