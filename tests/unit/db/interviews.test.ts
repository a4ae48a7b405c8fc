import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { saveScoredInterview } from "../../../src/background/outlook";
import { createApplication, listEvents, listInterviews, setSetting } from "../../../src/db";
import { type DebriefDB, openDb } from "../../../src/db/schema";

let db: DebriefDB;
let n = 0;
let appId: string;
// Tuesday 10 November 2026, 10:00 in Berlin (09:00 UTC).
const AT = Date.UTC(2026, 10, 10, 9, 0);
const timeZone = "Europe/Berlin";

beforeEach(async () => {
  db = openDb(`interviews-${n++}`);
  appId = (
    await createApplication(
      db,
      { company: "Contoso", title: "Clerk" },
      { applied: true, now: AT - 86_400_000 },
    )
  ).id;
});
afterEach(async () => {
  await db.delete();
});

const draft = (over = {}) => ({
  applicationId: appId,
  at: AT,
  kind: "video" as const,
  interviewers: [],
  plannedMinutes: 30,
  actualMinutes: 30,
  signals: { "asked-start-date": true },
  ...over,
});

describe("saveInterview", () => {
  it("writes the interview with its outlook, a timeline event, the reminders and the status together", async () => {
    const result = await saveScoredInterview(db, draft(), { timeZone, now: AT + 3_600_000 });
    expect(result.interview.outlook?.band).toBe(result.outlook.band);
    expect(result.outlook.reasonsFor.length).toBeGreaterThan(0);
    expect((await listEvents(db, appId)).map((e) => e.kind)).toEqual(["saved", "applied", "interview"]);
    expect((await db.applications.get(appId))?.status).toBe("interviewing");
    const reminders = await db.reminders.orderBy("dueAt").toArray();
    expect(reminders.map((r) => [r.kind, new Date(r.dueAt).toISOString()])).toEqual([
      ["thank-you", "2026-11-11T09:30:00.000Z"], // 24 h after the end
      ["follow-up", "2026-11-19T08:00:00.000Z"], // 7 business days later, 09:00 Berlin
      ["second-follow-up", "2026-11-26T08:00:00.000Z"],
    ]);
  });

  it("editing updates the same interview, its outlook and its reminders", async () => {
    const first = await saveScoredInterview(db, draft(), { timeZone, now: AT });
    const edited = await saveScoredInterview(
      db,
      draft({
        id: first.interview.id,
        signals: { "asked-start-date": true, uninterested: true, "ended-abruptly": true },
      }),
      { timeZone, now: AT },
    );
    expect(edited.interview.id).toBe(first.interview.id);
    expect(edited.outlook.score!).toBeLessThan(first.outlook.score!);
    expect(await listInterviews(db, appId)).toHaveLength(1);
    expect((await listEvents(db, appId)).filter((e) => e.kind === "interview")).toHaveLength(1);
    expect(await db.reminders.count()).toBe(3);
  });

  it("follows the user's reminder timing", async () => {
    await setSetting(db, "reminderTiming", {
      thankYouHours: 4,
      followUpBusinessDays: 3,
      afterStatedDateBusinessDays: 2,
      reminderHour: 14,
    });
    await saveScoredInterview(db, draft(), { timeZone, now: AT });
    const reminders = await db.reminders.orderBy("dueAt").toArray();
    expect(reminders.map((r) => new Date(r.dueAt).toISOString()).slice(0, 2)).toEqual([
      "2026-11-10T13:30:00.000Z",
      "2026-11-13T13:00:00.000Z", // Friday, 14:00 Berlin
    ]);
  });

  it("refuses an interview for a deleted application and writes nothing", async () => {
    await expect(saveScoredInterview(db, draft({ applicationId: "gone" }), { timeZone })).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.interviews.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
  });
});
