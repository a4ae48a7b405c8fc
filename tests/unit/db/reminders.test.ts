import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reminder } from "../../../src/core/types";
import {
  countDue,
  createApplication,
  listDue,
  listEvents,
  listToNotify,
  listUpcoming,
  markNotified,
  markReminderDone,
  replaceInterviewReminders,
  snoozeReminder,
  undoReminderDone,
} from "../../../src/db";
import { type DebriefDB, openDb } from "../../../src/db/schema";

let db: DebriefDB;
let n = 0;
let appId: string;
beforeEach(async () => {
  db = openDb(`reminders-${n++}`);
  appId = (await createApplication(db, { company: "Contoso", title: "Clerk" }, { now: 0 })).id;
});
afterEach(async () => {
  await db.delete();
});

const reminder = (kind: Reminder["kind"], dueAt: number): Reminder => ({
  id: `i1:${kind}`,
  applicationId: appId,
  interviewId: "i1",
  kind,
  title: kind,
  dueAt,
  done: 0,
});

describe("reminders", () => {
  it("undoing 'sent' makes it pending again and takes its entry off the timeline", async () => {
    await replaceInterviewReminders(db, "i1", [reminder("thank-you", 100), reminder("follow-up", 500)]);
    await markReminderDone(db, "i1:thank-you", 150);
    await markReminderDone(db, "i1:follow-up", 550);
    await undoReminderDone(db, "i1:thank-you");
    expect((await listDue(db, 1000)).map((r) => r.kind)).toEqual(["thank-you"]);
    const done = (await listEvents(db, appId)).filter((e) => e.kind === "followup-done");
    expect(done.map((e) => e.kind === "followup-done" && e.reminderKind)).toEqual(["follow-up"]);
    await expect(undoReminderDone(db, "nope")).rejects.toThrow("no longer exists");
  });

  it("counts and lists what is due, earliest first", async () => {
    await replaceInterviewReminders(db, "i1", [reminder("follow-up", 500), reminder("thank-you", 100)]);
    expect(await countDue(db, 50)).toBe(0);
    expect(await countDue(db, 100)).toBe(1);
    expect((await listDue(db, 1000)).map((r) => r.kind)).toEqual(["thank-you", "follow-up"]);
    expect((await listUpcoming(db, 200)).map((r) => r.kind)).toEqual(["follow-up"]);
  });

  it("marks done with a timeline event, and a new plan keeps it done", async () => {
    await replaceInterviewReminders(db, "i1", [reminder("thank-you", 100)]);
    await markReminderDone(db, "i1:thank-you", 150);
    expect(await countDue(db, 1000)).toBe(0);
    const events = await listEvents(db, appId);
    expect(events.at(-1)).toMatchObject({ kind: "followup-done", reminderKind: "thank-you", at: 150 });
    await replaceInterviewReminders(db, "i1", [reminder("thank-you", 120)]);
    expect(await countDue(db, 1000)).toBe(0);
  });

  it("snoozes: due later, notified again then", async () => {
    await replaceInterviewReminders(db, "i1", [reminder("follow-up", 100)]);
    await markNotified(db, ["i1:follow-up"], 100);
    expect(await listToNotify(db, 200)).toEqual([]);
    await snoozeReminder(db, "i1:follow-up", 5000);
    expect(await countDue(db, 200)).toBe(0);
    expect((await listToNotify(db, 5000)).map((r) => r.id)).toEqual(["i1:follow-up"]);
  });

  it("a re-plan drops reminders the plan no longer has and renotifies moved ones", async () => {
    await replaceInterviewReminders(db, "i1", [
      reminder("thank-you", 100),
      reminder("second-follow-up", 900),
    ]);
    await markNotified(db, ["i1:thank-you"], 100);
    await replaceInterviewReminders(db, "i1", [reminder("thank-you", 300)]);
    expect((await db.reminders.toArray()).map((r) => [r.id, r.notifiedAt])).toEqual([
      ["i1:thank-you", undefined],
    ]);
  });
});
