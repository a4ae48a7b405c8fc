// Ingest, corrections and "delete all email data" against fake-indexeddb, with the messages the
// readers produced from the written pages (tests/fixtures/webmail/written/*/*.expected.json).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  correctEmail,
  deleteAllEmailData,
  resolveProposal,
} from "../../../../src/background/email/corrections";
import { ingestEmail } from "../../../../src/background/email/ingest";
import { getOverrides, getPersonalModel } from "../../../../src/background/email/store";
import { saveScoredInterview } from "../../../../src/background/outlook";
import type { Application } from "../../../../src/core/types";
import { createApplication, listEvents, setSetting } from "../../../../src/db";
import { type DebriefDB, openDb } from "../../../../src/db/schema";
import type { WebmailMessage } from "../../../../src/shared/protocol";

const TZ = "Europe/London";
const NOW = Date.UTC(2025, 10, 22, 12);
const env = { now: NOW, timeZone: TZ };
const DAY = 86_400_000;

function recorded(file: string): WebmailMessage {
  const path = join(process.cwd(), "tests/fixtures/webmail/written", `${file}.expected.json`);
  const [msg] = JSON.parse(readFileSync(path, "utf8")).messages as WebmailMessage[];
  if (!msg) throw new Error(file);
  return msg;
}
const rejection = () => recorded("gmail/single-rejection");
const invitation = () => recorded("gmail/thread-collapsed-interview");
const decisionDate = () => recorded("gmail/reply-quoting-history");
const picnic = () => recorded("gmail/non-job");

let db: DebriefDB;
let n = 0;
let northwind: Application;
let contoso: Application;
let fabrikam: Application;

beforeEach(async () => {
  db = openDb(`ingest-${n++}`);
  const t0 = Date.UTC(2025, 9, 1);
  northwind = await createApplication(
    db,
    { company: "Northwind Robotics", title: "Robotics Software Engineer" },
    { applied: true, now: t0 },
  );
  contoso = await createApplication(
    db,
    { company: "Contoso Health", title: "Data Analyst", companyDomains: ["contosohealth.com"] },
    { applied: true, now: t0 },
  );
  fabrikam = await createApplication(
    db,
    { company: "Fabrikam Design", title: "Product Designer", companyDomains: ["fabrikam.design"] },
    { applied: true, now: t0 },
  );
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const interview = (applicationId: string, at: number) =>
  saveScoredInterview(
    db,
    { applicationId, at, kind: "video", interviewers: [], signals: {}, plannedMinutes: 45 },
    { timeZone: TZ, now: at + 3_600_000 },
  );
const status = async (id: string) => (await db.applications.get(id))?.status;
const emailEvents = async (id: string) => (await listEvents(db, id)).filter((e) => e.kind === "email");

describe("ingest", () => {
  it("puts a rejection on the right timeline and proposes the status change for one click", async () => {
    await interview(northwind.id, Date.UTC(2025, 9, 28, 14));
    const { tag, created } = await ingestEmail(db, rejection(), env);
    expect(created).toBe(true);
    expect(tag).toMatchObject({
      emailId: "gmail:18be1a2b3c4d5e6f",
      category: "rejected",
      application: { applicationId: northwind.id },
      proposedStatus: "rejected",
    });
    expect(await emailEvents(northwind.id)).toMatchObject([
      { kind: "email", category: "rejected", emailId: "gmail:18be1a2b3c4d5e6f" },
    ]);
    expect(await status(northwind.id)).toBe("interviewing"); // held until the user says so
    // The reply still closes the pending follow-ups.
    const reminders = await db.reminders.where("applicationId").equals(northwind.id).toArray();
    expect(reminders.filter((r) => r.kind !== "thank-you").every((r) => r.done === 1)).toBe(true);

    const accepted = await resolveProposal(db, { emailId: "gmail:18be1a2b3c4d5e6f", accept: true }, env);
    expect(accepted.proposedStatus).toBeUndefined();
    expect(await status(northwind.id)).toBe("rejected");
  });

  it("keeps the status when the user dismisses the proposal", async () => {
    await ingestEmail(db, rejection(), env);
    await resolveProposal(db, { emailId: "gmail:18be1a2b3c4d5e6f", accept: false }, env);
    expect(await status(northwind.id)).toBe("applied");
    expect((await db.emails.get("gmail:18be1a2b3c4d5e6f"))?.category).toBe("rejected");
  });

  it("applies the status at once with auto-apply on", async () => {
    await setSetting(db, "autoApplyStatus", true);
    const { tag } = await ingestEmail(db, invitation(), env);
    expect(tag).toMatchObject({ category: "interview", application: { applicationId: contoso.id } });
    expect(tag?.proposedStatus).toBeUndefined();
    expect(await status(contoso.id)).toBe("interviewing");
  });

  it("is idempotent: the same message twice is one email and one event", async () => {
    await ingestEmail(db, rejection(), env);
    const again = await ingestEmail(db, rejection(), { ...env, now: NOW + 1000 });
    expect(again.created).toBe(false);
    expect(again.tag?.emailId).toBe("gmail:18be1a2b3c4d5e6f");
    expect(await db.emails.count()).toBe(1);
    expect(await emailEvents(northwind.id)).toHaveLength(1);
  });

  it("survives stopping half-way: nothing is written, and the next send does it all", async () => {
    vi.spyOn(db.emails, "add").mockRejectedValueOnce(new Error("worker stopped"));
    await expect(ingestEmail(db, rejection(), env)).rejects.toThrow("worker stopped");
    expect(await db.emails.count()).toBe(0);
    expect(await listEvents(db, northwind.id)).toHaveLength(2); // saved, applied
    expect(await status(northwind.id)).toBe("applied");
    vi.restoreAllMocks();
    expect((await ingestEmail(db, rejection(), env)).created).toBe(true);
    expect(await emailEvents(northwind.id)).toHaveLength(1);
  });

  it("leaves no trace of an email that is not about a job", async () => {
    const { tag } = await ingestEmail(db, picnic(), env);
    expect(tag).toBeNull();
    expect(await db.emails.count()).toBe(0);
    expect(await db.events.where("kind").equals("email").count()).toBe(0);
  });

  it("keeps an unmatched job email in the review queue, off every timeline", async () => {
    await db.applications.clear();
    // Two applications at the same company for the same role: the email cannot tell which.
    const same = { company: "Northwind Robotics", title: "Robotics Software Engineer" };
    await createApplication(db, { ...same, location: "Austin" }, { now: NOW - DAY });
    await createApplication(db, { ...same, location: "Boston" }, { now: NOW - DAY });
    const { tag } = await ingestEmail(db, rejection(), env);
    expect(tag?.application).toBeNull();
    expect((await db.emails.get(tag?.emailId ?? ""))?.applicationId).toBeNull();
    expect(await db.events.where("kind").equals("email").count()).toBe(0);
  });

  it("makes a stated decision date the interview's expected reply date", async () => {
    await interview(fabrikam.id, Date.UTC(2025, 9, 30, 10));
    const { tag } = await ingestEmail(db, decisionDate(), env);
    expect(tag?.application?.applicationId).toBe(fabrikam.id);
    const [iv] = await db.interviews.where("applicationId").equals(fabrikam.id).toArray();
    expect(new Date(iv?.nextStepBy ?? 0).toISOString().slice(0, 10)).toBe("2025-11-21");
    const followUp = await db.reminders.get(`${iv?.id}:follow-up`);
    // Two business days after Friday 21 November: Tuesday 25th.
    expect(new Date(followUp?.dueAt ?? 0).toISOString().slice(0, 10)).toBe("2025-11-25");
    expect(followUp?.done).toBe(0);
  });

  it("counts 'by Friday' on the user's calendar, not UTC's (issue #14.7)", async () => {
    const la = { now: Date.UTC(2025, 2, 7, 3), timeZone: "America/Los_Angeles" };
    await interview(contoso.id, Date.UTC(2025, 2, 5, 17));
    // Thursday 6 March 2025, 18:00 in Los Angeles: already Friday in UTC.
    const written: WebmailMessage = {
      provider: "gmail",
      messageId: "written-by-friday",
      fromName: "Priya Shah",
      fromAddress: "priya@contosohealth.com",
      subject: "Next steps – Data Analyst, Contoso Health",
      receivedAt: Date.UTC(2025, 2, 7, 2),
      body: "Hi Sam,\n\nThanks again for meeting the team. We will let you know by Friday how we want to proceed.\n\nPriya",
    };
    const { tag } = await ingestEmail(db, written, la);
    expect(tag?.application?.applicationId).toBe(contoso.id);
    const [iv] = await db.interviews.where("applicationId").equals(contoso.id).toArray();
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: la.timeZone }).format(iv?.nextStepBy ?? 0);
    expect(day).toBe("2025-03-07");
  });

  it("re-plans with the user's reminder timing, as saving a debrief does", async () => {
    await setSetting(db, "reminderTiming", {
      thankYouHours: 6,
      followUpBusinessDays: 7,
      afterStatedDateBusinessDays: 4,
      reminderHour: 14,
    });
    const { interview: iv } = await interview(fabrikam.id, Date.UTC(2025, 9, 30, 10));
    const saved = await db.reminders.where("interviewId").equals(iv.id).sortBy("kind");
    await ingestEmail(db, decisionDate(), env);
    const after = await db.reminders.where("interviewId").equals(iv.id).sortBy("kind");
    // The thank-you did not move: the email changed nothing the user's timing depends on.
    expect(after.find((r) => r.kind === "thank-you")?.dueAt).toBe(
      saved.find((r) => r.kind === "thank-you")?.dueAt,
    );
    // Four business days after Friday 21 November, at 14:00 in London: Thursday 27th.
    expect(new Date(after.find((r) => r.kind === "follow-up")?.dueAt ?? 0).toISOString()).toBe(
      "2025-11-27T14:00:00.000Z",
    );
  });

  it("refuses what is not a webmail message", async () => {
    await expect(ingestEmail(db, { ...rejection(), provider: "yahoo" as never }, env)).rejects.toThrow();
    await expect(ingestEmail(db, { ...rejection(), messageId: "" }, env)).rejects.toThrow();
  });

  it("cuts stored bodies to a few kB", async () => {
    const long = { ...rejection(), body: `${rejection().body}\n${"x ".repeat(10_000)}` };
    const { tag } = await ingestEmail(db, long, env);
    expect((await db.emails.get(tag?.emailId ?? ""))?.snippet.length).toBeLessThanOrEqual(4000);
  });
});

describe("corrections", () => {
  it("corrects the tag and the application, and uses the correction for that sender next time", async () => {
    const { tag } = await ingestEmail(db, invitation(), env);
    const fixed = await correctEmail(
      db,
      { emailId: tag?.emailId ?? "", category: "assessment", applicationId: fabrikam.id },
      env,
    );
    expect(fixed).toMatchObject({ category: "assessment", userCorrected: true });
    expect(fixed.application?.applicationId).toBe(fabrikam.id);
    expect(await emailEvents(contoso.id)).toHaveLength(0);
    expect(await emailEvents(fabrikam.id)).toMatchObject([{ category: "assessment" }]);
    expect(await status(fabrikam.id)).toBe("interviewing"); // the user's own tag applies
    expect(await status(contoso.id)).toBe("applied");
    expect((await getOverrides(db))["priya.natarajan@contosohealth.com"]).toEqual({
      category: "assessment",
      applicationId: fabrikam.id,
    });

    const next = { ...invitation(), messageId: "18c0aa11bb22ccaa", threadId: "other-thread" };
    const { tag: later } = await ingestEmail(db, next, env);
    expect(later).toMatchObject({ category: "assessment", application: { applicationId: fabrikam.id } });
  });

  it("learns the kind of email from a correction, so the same mail from another sender gets the user's tag", async () => {
    const { tag } = await ingestEmail(db, invitation(), env);
    expect(tag?.category).toBe("interview");
    await correctEmail(db, { emailId: tag?.emailId ?? "", category: "assessment" }, env);
    expect((await getPersonalModel(db)).corrections).toBe(1);

    // Another sender, so the per-sender memory has nothing to say: the personal model does.
    const other = {
      ...invitation(),
      messageId: "18c0aa11bb22ccbb",
      threadId: "third-thread",
      fromAddress: "talent@contoso-careers.example",
      fromName: "Contoso Talent",
    };
    const { tag: later } = await ingestEmail(db, other, env);
    expect(later?.category).toBe("assessment");
    const row = await db.emails.get(later?.emailId ?? "");
    expect(row?.evidence[0]).toBe("like emails you re-tagged as assessment");

    await deleteAllEmailData(db, env);
    expect((await getPersonalModel(db)).corrections).toBe(0);
  });

  it("deleting all email data takes back the reply date an email set, and the follow-ups move back", async () => {
    const { interview: iv, plan } = await interview(fabrikam.id, Date.UTC(2025, 9, 30, 10));
    const planned = await db.reminders.get(`${iv.id}:follow-up`);
    expect(planned?.dueAt).toBe(plan.items.find((i) => i.kind === "follow-up")?.dueAt);
    await ingestEmail(db, decisionDate(), env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).toBeDefined();
    await deleteAllEmailData(db, env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).toBeUndefined();
    expect((await db.reminders.get(`${iv.id}:follow-up`))?.dueAt).toBe(planned?.dueAt);
  });

  it("re-tagging the email as a decision takes back the reply date it set; the user's own date comes back", async () => {
    const at = Date.UTC(2025, 9, 30, 10);
    const given = Date.UTC(2025, 10, 14, 12);
    const { interview: iv } = await saveScoredInterview(
      db,
      { applicationId: fabrikam.id, at, kind: "video", interviewers: [], signals: {}, nextStepBy: given },
      { timeZone: TZ, now: at + 3_600_000 },
    );
    const planned = await db.reminders.get(`${iv.id}:follow-up`);
    const { tag } = await ingestEmail(db, decisionDate(), env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).not.toBe(given);
    // The user says it was the rejection itself: there is no reply left to wait for.
    await correctEmail(db, { emailId: tag?.emailId ?? "", category: "rejected" }, env);
    const after = await db.interviews.get(iv.id);
    expect(after?.nextStepBy).toBe(given);
    expect(after?.nextStepByEmail).toBeUndefined();
    expect((await db.reminders.get(`${iv.id}:follow-up`))?.dueAt).toBe(planned?.dueAt);
  });

  it("moving the email to another application takes back the reply date it set on the first", async () => {
    const { interview: iv } = await interview(fabrikam.id, Date.UTC(2025, 9, 30, 10));
    const { tag } = await ingestEmail(db, decisionDate(), env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).toBeDefined();
    await correctEmail(db, { emailId: tag?.emailId ?? "", applicationId: contoso.id }, env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).toBeUndefined();
  });

  it("a re-tag that still waits for a reply keeps the date the email stated", async () => {
    const { interview: iv } = await interview(fabrikam.id, Date.UTC(2025, 9, 30, 10));
    const { tag } = await ingestEmail(db, decisionDate(), env);
    const stated = (await db.interviews.get(iv.id))?.nextStepBy;
    expect(stated).toBeDefined();
    await correctEmail(db, { emailId: tag?.emailId ?? "", category: "update" }, env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).toBe(stated);
  });

  it("deleting all email data keeps a reply date the user gave before the email changed it", async () => {
    const at = Date.UTC(2025, 9, 30, 10);
    const given = Date.UTC(2025, 10, 14, 12);
    const { interview: iv } = await saveScoredInterview(
      db,
      { applicationId: fabrikam.id, at, kind: "video", interviewers: [], signals: {}, nextStepBy: given },
      { timeZone: TZ, now: at + 3_600_000 },
    );
    await ingestEmail(db, decisionDate(), env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).not.toBe(given);
    await deleteAllEmailData(db, env);
    expect((await db.interviews.get(iv.id))?.nextStepBy).toBe(given);
  });

  it("deletes all email data and re-derives statuses", async () => {
    await setSetting(db, "autoApplyStatus", true);
    await ingestEmail(db, rejection(), env);
    await ingestEmail(db, invitation(), env);
    await correctEmail(db, { emailId: "gmail:18c0aa11bb22cc99", category: "interview" }, env);
    expect(await status(northwind.id)).toBe("rejected");
    const counts = await deleteAllEmailData(db, env);
    expect(counts).toEqual({ emails: 2, events: 2 });
    expect(await db.emails.count()).toBe(0);
    expect(await db.events.where("kind").equals("email").count()).toBe(0);
    expect(await getOverrides(db)).toEqual({});
    expect(await status(northwind.id)).toBe("applied");
    expect(await status(contoso.id)).toBe("applied");
  });
});
