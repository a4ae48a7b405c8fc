// The background's message gate in Chromium (issue #14.8): a message sent from a content-script context
// (the extension's isolated world in a Gmail tab and a LinkedIn job tab, where our content scripts run)
// may call only the handlers meant for content scripts; the options page may call the rest. The code
// runs in that world through chrome.scripting.executeScript, so the browser itself fills in the sender
// (tab, frame, page URL) exactly as it does for our content scripts. Host access for scripting is granted
// at install through the harness's copy of the build, as webmail.e2e.ts explains.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";
import { readTable, seedDatabase } from "./seed";

const GMAIL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVHxKcPzrQWxLvNlDwTgmkS";
const LINKEDIN = "https://www.linkedin.com/jobs/view/3987654321/";

let ext: Extension;
let options: Page;

beforeAll(async () => {
  ext = await launchExtension({ grantHosts: ["https://mail.google.com/*", "https://www.linkedin.com/*"] });
  await ext.serve(GMAIL.split("#")[0] ?? GMAIL, "webmail/written/gmail/single-rejection.html");
  await ext.serve(LINKEDIN, "posting/linkedin/guest-view.html");
  options = await ext.open("options/options.html");
  await options.waitForLoadState("load");
  const now = Date.now();
  await seedDatabase(options, {
    applications: [],
    emails: [
      {
        id: "gmail:seeded-1",
        provider: "gmail",
        messageId: "seeded-1",
        fromName: "Acme Hiring",
        fromAddress: "jobs@acme.example",
        subject: "Your application to Acme",
        receivedAt: now,
        category: "applied",
        confidence: 0.9,
        evidence: [],
        snippet: "Thanks for applying.",
        applicationId: null,
        userCorrected: false,
      },
    ],
  });
});
afterAll(async () => {
  await ext?.close();
});

/** Sends one message from the isolated world of the tab showing `url`, as a content script would. */
async function fromContentScript(url: string, type: string, arg: unknown): Promise<unknown> {
  const page = await ext.context.newPage();
  await page.goto(url);
  try {
    return await ext.worker.evaluate(
      async ({ url, type, arg }) => {
        const [tab] = await chrome.tabs.query({ url: `${url.split("#")[0]}*` });
        if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
        const [first] = await chrome.scripting.executeScript({
          target: { tabId: tab.id },
          func: (message: unknown) => chrome.runtime.sendMessage(message),
          args: [{ debrief: 1, type, arg }],
        });
        return first?.result;
      },
      { url, type, arg },
    );
  } finally {
    await page.close();
  }
}

const fromOptionsPage = (type: string, arg: unknown) =>
  options.evaluate(([t, a]) => chrome.runtime.sendMessage({ debrief: 1, type: t, arg: a }), [
    type,
    arg,
  ] as const);

describe("the message gate", () => {
  it("refuses 'delete all email data' from a content-script context and keeps the mail", async () => {
    for (const url of [GMAIL, LINKEDIN]) {
      expect(await fromContentScript(url, "email/delete-all", {})).toEqual({
        ok: false,
        error: { name: "NotAllowed", message: '"email/delete-all" may not be sent from this page.' },
      });
    }
    expect((await readTable(ext.worker, "emails")).map((e) => e.id)).toEqual(["gmail:seeded-1"]);
  });

  it("refuses reminders and inherited names from a content script, and answers what is meant for it", async () => {
    expect(await fromContentScript(LINKEDIN, "reminders/refresh", {})).toMatchObject({
      ok: false,
      error: { name: "NotAllowed" },
    });
    expect(await fromContentScript(LINKEDIN, "toString", {})).toMatchObject({
      ok: false,
      error: { name: "UnknownMessage" },
    });
    expect(await fromContentScript(LINKEDIN, "panel/settings", { host: "www.linkedin.com" })).toEqual({
      ok: true,
      value: { hidden: false },
    });
    expect(await fromContentScript(LINKEDIN, "panel/hide", { host: 12 })).toMatchObject({
      ok: false,
      error: { name: "BadMessage", message: expect.stringContaining("host") },
    });
  });

  it("refuses a job page 'I applied', the timeline and a debrief of another site's application, and allows its own", async () => {
    const at = Date.now();
    const app = (id: string, company: string, url: string) => ({
      id,
      company,
      title: "Analyst",
      url,
      companyDomains: [],
      status: "saved" as const,
      source: "jobboard" as const,
      createdAt: at,
      updatedAt: at,
      lastActivityAt: at,
      archived: 0 as const,
    });
    await seedDatabase(options, {
      applications: [
        app("app-linkedin", "Acme", LINKEDIN),
        app("app-indeed", "Globex", "https://www.indeed.com/viewjob?jk=abc123"),
      ],
    });
    const draft = (applicationId: string) => ({
      applicationId,
      at,
      kind: "video",
      interviewers: [],
      signals: {},
    });
    const notHers = {
      ok: false,
      error: { name: "NotAllowed", message: expect.stringContaining("this tab's own page") },
    };
    expect(await fromContentScript(LINKEDIN, "job/applied", { applicationId: "app-indeed" })).toEqual(
      notHers,
    );
    expect(await fromContentScript(LINKEDIN, "panel/open", { applicationId: "app-indeed" })).toEqual(notHers);
    expect(await fromContentScript(LINKEDIN, "interview/save", { draft: draft("app-indeed") })).toEqual(
      notHers,
    );
    const events = await readTable(ext.worker, "events");
    expect(events.filter((e) => e.applicationId === "app-indeed")).toEqual([]);
    expect(await readTable(ext.worker, "interviews")).toEqual([]);

    expect(await fromContentScript(LINKEDIN, "job/applied", { applicationId: "app-linkedin" })).toMatchObject(
      {
        ok: true,
        value: { applicationId: "app-linkedin", status: "applied" },
      },
    );
    expect(
      await fromContentScript(LINKEDIN, "interview/save", { draft: draft("app-linkedin") }),
    ).toMatchObject({
      ok: true,
    });
    expect((await readTable(ext.worker, "interviews")).map((i) => i.applicationId)).toEqual(["app-linkedin"]);
  });

  it("lets the options page delete all email data", async () => {
    expect(await fromOptionsPage("email/delete-all", {})).toEqual({
      ok: true,
      value: { emails: 1, events: 0 },
    });
    expect(await readTable(ext.worker, "emails")).toEqual([]);
  });
});
