// The background's message gate (issue #14.8): who may call which handler, only the table's own names,
// and every argument checked before a handler runs. Messages go through the listener the worker
// registers, with the real handler table and fake-indexeddb; only the one browser module is faked.
import { beforeEach, describe, expect, it, vi } from "vitest";

const EXT = "chrome-extension://debriefid/";
let listener: ((message: unknown, sender: object) => Promise<unknown> | undefined) | undefined;
const noop = async () => undefined;
vi.mock("../../../src/shared/browser", () => ({
  browser: {
    runtime: {
      id: "debriefid",
      getURL: (path: string) => `${EXT}${path}`,
      onMessage: { addListener: (fn: typeof listener) => (listener = fn) },
    },
    action: { setBadgeText: noop, setBadgeBackgroundColor: noop },
    alarms: { create: noop, clear: noop },
    notifications: { create: noop, clear: noop, getAll: async () => ({}) },
    tabs: { create: vi.fn(noop) },
  },
}));

const { handlers } = await import("../../../src/background/handlers");
const { listen } = await import("../../../src/background/listen");
const { createApplication, getDb, setSetting } = await import("../../../src/db");
const { browser } = await import("../../../src/shared/browser");
listen(handlers);

/** Senders as the browser describes them. */
const page = (path = "options/options.html") => ({ id: "debriefid", url: `${EXT}${path}` });
const tab = (url: string, tabId = 7) => ({
  id: "debriefid",
  url,
  tab: { id: tabId, index: 0, windowId: 1, url },
  frameId: 0,
});
const GMAIL = tab("https://mail.google.com/mail/u/0/#inbox/FMfcgz");
const OUTLOOK = tab("https://outlook.live.com/mail/0/inbox/id/AAQk");
const LINKEDIN = tab("https://www.linkedin.com/jobs/view/4012345678/");
const OTHER_EXTENSION = { id: "someone-else", url: "chrome-extension://someone-else/page.html" };

type Answer = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };
async function call(type: string, arg: unknown, sender: object): Promise<Answer> {
  const answer = await listener?.({ debrief: 1, type, arg }, sender);
  if (!answer) throw new Error(`no answer to ${type}`);
  return answer as Answer;
}
const refused = (name: string, message?: RegExp) => ({
  ok: false,
  error: expect.objectContaining({ name, ...(message ? { message: expect.stringMatching(message) } : {}) }),
});

const db = getDb();
const email = (id: string, provider: "gmail" | "outlook") => ({
  id,
  provider,
  messageId: id.split(":")[1] ?? id,
  fromName: "Acme",
  fromAddress: "jobs@acme.example",
  subject: "Your application",
  receivedAt: Date.UTC(2025, 10, 1),
  category: "applied" as const,
  confidence: 0.9,
  evidence: [],
  snippet: "",
  applicationId: null,
  userCorrected: false,
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await setSetting(db, "webmailProviders", ["gmail", "outlook"]);
  await db.emails.bulkAdd([email("gmail:m1", "gmail"), email("outlook:m2", "outlook")]);
});

describe("who may call", () => {
  it("refuses 'delete all email data' from a content script, and leaves the mail", async () => {
    for (const sender of [GMAIL, LINKEDIN]) {
      expect(await call("email/delete-all", {}, sender)).toEqual(refused("NotAllowed", /email\/delete-all/));
    }
    expect(await db.emails.count()).toBe(2);
  });

  it("lets the options page delete all email data", async () => {
    expect(await call("email/delete-all", {}, page())).toEqual({ ok: true, value: { emails: 2, events: 0 } });
    expect(await db.emails.count()).toBe(0);
  });

  it("keeps reminders to extension pages", async () => {
    for (const type of ["reminders/refresh", "reminders/done", "reminders/snooze"]) {
      const arg = type === "reminders/refresh" ? {} : { id: "r1" };
      expect(await call(type, arg, LINKEDIN)).toEqual(refused("NotAllowed"));
    }
    expect(await call("reminders/refresh", {}, page("popup/popup.html"))).toEqual({
      ok: true,
      value: { due: 0 },
    });
  });

  it("lets only extension pages ask for a tab's job to be read", async () => {
    expect(await call("job/extract", { tabId: 3 }, LINKEDIN)).toEqual(refused("NotAllowed"));
    expect(await call("job/extract", { tabId: -1 }, page("popup/popup.html"))).toMatchObject({
      ok: false,
    });
  });

  it("keeps the mail handlers to webmail readers on their own provider's page", async () => {
    expect(await call("email/applications", {}, LINKEDIN)).toEqual(refused("NotAllowed"));
    expect(await call("webmail/context", {}, LINKEDIN)).toEqual(refused("NotAllowed"));
    expect(await call("email/applications", {}, GMAIL)).toEqual({ ok: true, value: [] });
  });

  it("lets a reader correct only its own provider's mail", async () => {
    const change = { emailId: "outlook:m2", category: "rejected" };
    expect(await call("email/correct", change, GMAIL)).toEqual(refused("NotAllowed"));
    expect((await db.emails.get("outlook:m2"))?.category).toBe("applied");
    expect(await call("email/correct", change, OUTLOOK)).toMatchObject({ ok: true });
    expect((await db.emails.get("outlook:m2"))?.category).toBe("rejected");
  });

  it("lets a job page hide the panel on its own site only", async () => {
    expect(await call("panel/hide", { host: "www.indeed.com" }, LINKEDIN)).toEqual(refused("NotAllowed"));
    expect(await call("panel/hide", { host: "www.linkedin.com" }, LINKEDIN)).toEqual({
      ok: true,
      value: { hidden: true, site: "linkedin.com" },
    });
  });

  it("answers no other extension and no sender without a page", async () => {
    expect(
      await call(
        "job/lookup",
        { url: "https://x.example/", posting: { locations: [], sources: {} } },
        OTHER_EXTENSION,
      ),
    ).toEqual(refused("NotAllowed"));
    expect(await call("email/delete-all", {}, { id: "debriefid" })).toEqual(refused("NotAllowed"));
    expect(await db.emails.count()).toBe(2);
  });
});

describe("a job page touches only its own site's applications", () => {
  const UK_LINKEDIN = tab("https://uk.linkedin.com/jobs/view/4012345678/", 8);
  const draft = (applicationId: string, id?: string) => ({
    ...(id ? { id } : {}),
    applicationId,
    at: Date.UTC(2025, 10, 3, 15),
    kind: "video",
    interviewers: [],
    signals: {},
  });
  const appliedEvents = async (applicationId: string) =>
    (await db.events.where("applicationId").equals(applicationId).toArray()).filter(
      (e) => e.kind === "applied",
    );

  async function seed() {
    const linkedin = await createApplication(db, {
      company: "Acme",
      title: "Analyst",
      url: "https://www.linkedin.com/jobs/view/4012345678/",
      board: "linkedin",
      postingId: "4012345678",
    });
    const indeed = await createApplication(db, {
      company: "Globex",
      title: "Clerk",
      url: "https://www.indeed.com/viewjob?jk=abc123",
    });
    const noLink = await createApplication(db, { company: "Initech", title: "Engineer" });
    return { linkedin, indeed, noLink };
  }

  it("saves and looks up only postings of its own page's site", async () => {
    const elsewhere = {
      url: "https://www.indeed.com/viewjob?jk=abc123",
      posting: { title: "Clerk", company: "Globex", locations: [], sources: {} },
    };
    expect(await call("job/save", elsewhere, LINKEDIN)).toEqual(refused("NotAllowed", /own page/));
    expect(await call("job/lookup", elsewhere, LINKEDIN)).toEqual(refused("NotAllowed"));
    // Its own page, but claiming another site's address for the posting.
    const disguised = {
      url: "https://www.linkedin.com/jobs/view/4012345678/",
      posting: { ...elsewhere.posting, canonicalUrl: elsewhere.url },
    };
    expect(await call("job/save", disguised, LINKEDIN)).toEqual(refused("NotAllowed"));
    expect(await db.applications.count()).toBe(0);
    const own = {
      url: "https://www.linkedin.com/jobs/view/4012345678/",
      posting: { ...elsewhere.posting, canonicalUrl: "https://www.linkedin.com/jobs/view/4012345678/" },
    };
    expect(await call("job/save", own, UK_LINKEDIN)).toMatchObject({ ok: true, value: { created: true } });
    expect(await call("job/lookup", own, LINKEDIN)).toMatchObject({ ok: true, value: { company: "Globex" } });
  });

  it("refuses 'I applied' for another site's application, or one with no page, and records nothing", async () => {
    const { linkedin, indeed, noLink } = await seed();
    for (const app of [indeed, noLink]) {
      expect(await call("job/applied", { applicationId: app.id }, LINKEDIN)).toEqual(
        refused("NotAllowed", /own page/),
      );
      expect(await appliedEvents(app.id)).toEqual([]);
    }
    expect(await call("job/applied", { applicationId: linkedin.id }, LINKEDIN)).toMatchObject({
      ok: true,
      value: { applicationId: linkedin.id, status: "applied" },
    });
    // Another host of the same site is the same site.
    expect(await call("job/applied", { applicationId: linkedin.id }, UK_LINKEDIN)).toMatchObject({
      ok: true,
    });
    // The extension's own pages may touch any application.
    expect(await call("job/applied", { applicationId: indeed.id }, page())).toMatchObject({ ok: true });
  });

  it("opens another site's application for no job page", async () => {
    const { linkedin, indeed } = await seed();
    vi.mocked(browser.tabs.create).mockClear();
    expect(await call("panel/open", { applicationId: indeed.id }, LINKEDIN)).toEqual(refused("NotAllowed"));
    expect(browser.tabs.create).not.toHaveBeenCalled();
    expect(await call("panel/open", { applicationId: linkedin.id }, LINKEDIN)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(browser.tabs.create).toHaveBeenCalledTimes(1);
  });

  it("saves a debrief only for its own site's application, and never over another application's interview", async () => {
    const { linkedin, indeed } = await seed();
    expect(await call("interview/save", { draft: draft(indeed.id) }, LINKEDIN)).toEqual(
      refused("NotAllowed"),
    );
    expect(await db.interviews.count()).toBe(0);
    const theirs = await call("interview/save", { draft: draft(indeed.id) }, page());
    expect(theirs).toMatchObject({ ok: true });
    const theirId = (theirs as { value: { interview: { id: string } } }).value.interview.id;
    // Its own application, but another application's interview id: refused, that interview kept.
    expect(await call("interview/save", { draft: draft(linkedin.id, theirId) }, LINKEDIN)).toEqual(
      refused("NotAllowed"),
    );
    expect((await db.interviews.get(theirId))?.applicationId).toBe(indeed.id);
    expect(await call("interview/save", { draft: draft(linkedin.id) }, LINKEDIN)).toMatchObject({ ok: true });
    expect(await db.interviews.where("applicationId").equals(linkedin.id).count()).toBe(1);
  });
});

describe("only the table's own names", () => {
  it.each(["toString", "constructor", "hasOwnProperty", "__proto__", "valueOf", "job/nope"])(
    "%s is no message type",
    async (type) => {
      expect(await call(type, {}, page())).toEqual(refused("UnknownMessage", /not a Debrief message/));
    },
  );
});

describe("every argument is checked at the boundary", () => {
  it.each([
    ["job/save", { url: "https://x.example/job" }, LINKEDIN, /posting/],
    ["job/save", { url: 42, posting: { locations: [], sources: {} } }, LINKEDIN, /url/],
    ["job/lookup", null, LINKEDIN, /job\/lookup/],
    ["job/applied", { applicationId: ["a"] }, LINKEDIN, /applicationId/],
    ["panel/settings", { host: 7 }, LINKEDIN, /host/],
    ["panel/open", {}, LINKEDIN, /applicationId/],
    ["interview/save", { draft: { applicationId: "a1", at: "yesterday" } }, LINKEDIN, /draft\.at/],
    ["reminders/snooze", { id: "r1", until: "tomorrow" }, page(), /until/],
    ["reminders/done", {}, page(), /id/],
    ["email/correct", { emailId: "gmail:m1", category: "spam" }, GMAIL, /category/],
    ["email/status", { emailId: "gmail:m1", accept: "yes" }, GMAIL, /accept/],
    ["email/ingest", { provider: "gmail", messageId: {} }, GMAIL, /messageId/],
    ["email/delete-all", "everything", page(), /email\/delete-all/],
  ])("%s %j → a clear error", async (type, arg, sender, field) => {
    const answer = await call(type, arg, sender);
    expect(answer).toEqual(refused("BadMessage", field));
  });

  it("leaves stored data as it was after a bad message", async () => {
    const app = await createApplication(db, { company: "Acme", title: "Clerk" });
    const before = await db.interviews.count();
    const bad = {
      draft: { applicationId: app.id, at: Number.NaN, kind: "video", interviewers: [], signals: {} },
    };
    expect(await call("interview/save", bad, LINKEDIN)).toEqual(refused("BadMessage", /draft\.at/));
    expect(await db.interviews.count()).toBe(before);
    expect((await db.emails.get("gmail:m1"))?.category).toBe("applied");
  });

  it("still answers a well-formed message from the page it is meant for", async () => {
    const job = {
      url: "https://www.linkedin.com/jobs/view/4012345678/",
      posting: { title: "Clerk", company: "Acme", locations: ["Leeds"], sources: {} },
    };
    const saved = await call("job/save", job, LINKEDIN);
    expect(saved).toMatchObject({
      ok: true,
      value: { created: true, job: { company: "Acme", title: "Clerk" } },
    });
    expect(await call("job/lookup", job, LINKEDIN)).toMatchObject({ ok: true, value: { company: "Acme" } });
  });

  it("passes a handler's own error back as data, with its name and message", async () => {
    const empty = { url: "https://www.linkedin.com/jobs/view/1/", posting: { locations: [], sources: {} } };
    expect(await call("job/save", empty, LINKEDIN)).toEqual({
      ok: false,
      error: { name: "Error", message: "This page has no job title or company to save." },
    });
  });

  it("records a problem only for the sender's own page (#13 health)", async () => {
    expect(await call("health/report", { surface: "gmail" }, GMAIL)).toEqual({
      ok: true,
      value: { recorded: true },
    });
    expect(await call("health/report", { surface: "gmail" }, OUTLOOK)).toEqual(
      refused("NotAllowed", /own page/),
    );
    expect(await call("health/report", { surface: "jobboard" }, LINKEDIN)).toMatchObject({ ok: true });
    expect(await call("health/report", { surface: "email" }, LINKEDIN)).toEqual(refused("BadMessage"));
    const rows = (await db.settings.get("healthProblems"))?.value as { surface: string; host: string }[];
    expect(rows.map((r) => `${r.surface}@${r.host}`).sort()).toEqual([
      "gmail@mail.google.com",
      "jobboard@www.linkedin.com",
    ]);
  });
});

describe("the popup's writes, carried out by the worker (#18: the popup bundles no save code)", () => {
  const POPUP = page("popup/popup.html");

  it("adds an application for the popup only, as the quick add typed it", async () => {
    const arg = { company: "Fjord Bank", title: "Teller" };
    expect(await call("application/add", arg, LINKEDIN)).toEqual(refused("NotAllowed"));
    expect(await call("application/add", arg, POPUP)).toMatchObject({
      ok: true,
      value: { company: "Fjord Bank", title: "Teller", status: "saved", source: "manual" },
    });
    expect(await call("application/add", { company: "", title: "" }, POPUP)).toEqual({
      ok: false,
      error: { name: "Error", message: "An application needs a company or a role title." },
    });
  });

  it("saves a debrief with its stage, so the outlook starts from that stage's rate", async () => {
    const app = await createApplication(db, { company: "Final Co", title: "Analyst" });
    const draft = { applicationId: app.id, at: Date.UTC(2025, 10, 3), kind: "onsite", stage: "final" };
    const saved = await call("interview/save", { draft: { ...draft, interviewers: [], signals: {} } }, POPUP);
    expect(saved).toMatchObject({
      ok: true,
      value: { interview: { stage: "final" }, job: { company: "Final Co" } },
    });
    expect((await db.interviews.toArray()).map((iv) => iv.stage)).toEqual(["final"]);
  });

  it("answers the application page's outlook options (general model until the history wins)", async () => {
    expect(await call("outlook/options", {}, LINKEDIN)).toEqual(refused("NotAllowed"));
    const answer = await call("outlook/options", {}, page());
    expect(answer).toMatchObject({ ok: true, value: { history: { usePersonal: false } } });
    expect(answer.ok && "model" in (answer.value as object)).toBe(false);
  });
});
