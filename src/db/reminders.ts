// Reminders (thank-you notes, follow-ups): the plan's items as rows, what is due, done and snoozed.
import type { Reminder, TimelineEvent } from "../core/types";
import { newId } from "./ids";
import type { DebriefDB } from "./schema";
import { refreshStatus } from "./status";

const pendingUpTo = (db: DebriefDB, until: number) =>
  db.reminders.where("[done+dueAt]").between([0, -Infinity], [0, until], true, true);

/**
 * Replaces the reminders planned for one interview. Ones the user already marked done stay done;
 * a moved due time is notified again; reminders the new plan no longer has are removed.
 */
export async function replaceInterviewReminders(
  db: DebriefDB,
  interviewId: string,
  reminders: readonly Reminder[],
): Promise<void> {
  await db.transaction("rw", db.reminders, async () => {
    const existing = await db.reminders.where("interviewId").equals(interviewId).toArray();
    const byId = new Map(existing.map((r) => [r.id, r]));
    const keep = new Set(reminders.map((r) => r.id));
    await db.reminders.bulkDelete(existing.filter((r) => !keep.has(r.id)).map((r) => r.id));
    await db.reminders.bulkPut(
      reminders.map((next) => {
        const old = byId.get(next.id);
        if (old?.done === 1) return old;
        if (old?.snoozedUntil && old.dueAt === old.snoozedUntil && next.dueAt < old.snoozedUntil) return old;
        const row: Reminder = { ...next };
        if (old?.notifiedAt && old.dueAt === next.dueAt) row.notifiedAt = old.notifiedAt;
        return row;
      }),
    );
  });
}

/** Pending reminders due by `now`, earliest first. */
export function listDue(db: DebriefDB, now: number, limit = 50): Promise<Reminder[]> {
  return pendingUpTo(db, now).limit(limit).toArray();
}

export function countDue(db: DebriefDB, now: number): Promise<number> {
  return pendingUpTo(db, now).count();
}

/** Pending reminders due from `from` on, earliest first (the "coming up" list). */
export function listUpcoming(db: DebriefDB, from: number, limit = 10): Promise<Reminder[]> {
  return db.reminders
    .where("[done+dueAt]")
    .between([0, from], [0, Infinity], false, true)
    .limit(limit)
    .toArray();
}

/** Due, and not yet notified for this due time. */
export function listToNotify(db: DebriefDB, now: number): Promise<Reminder[]> {
  return pendingUpTo(db, now)
    .filter((r) => r.notifiedAt === undefined)
    .toArray();
}

export async function markNotified(db: DebriefDB, ids: readonly string[], at: number): Promise<void> {
  await db.reminders.bulkUpdate(ids.map((key) => ({ key, changes: { notifiedAt: at } })));
}

/** Marks a reminder done and puts that on the application's timeline, in one transaction. */
export async function markReminderDone(db: DebriefDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction("rw", db.reminders, db.events, db.applications, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) throw new Error("That reminder no longer exists.");
    if (reminder.done === 1) return;
    await db.reminders.update(id, { done: 1 });
    const event: TimelineEvent = {
      kind: "followup-done",
      reminderId: id,
      reminderKind: reminder.kind,
      id: newId(now),
      applicationId: reminder.applicationId,
      at: now,
    };
    await db.events.add(event);
    await db.applications
      .where("id")
      .equals(reminder.applicationId)
      .modify((app) => {
        app.lastActivityAt = Math.max(app.lastActivityAt, now);
      });
    // A follow-up sent starts the "gone quiet" clock: the cached status learns when.
    await refreshStatus(db, reminder.applicationId, now);
  });
}

/** Takes back "sent": the reminder is pending again and its "sent" entry leaves the timeline. */
export async function undoReminderDone(db: DebriefDB, id: string): Promise<void> {
  await db.transaction("rw", db.reminders, db.events, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) throw new Error("That reminder no longer exists.");
    await db.reminders.update(id, { done: 0 });
    await db.events
      .where("[applicationId+at]")
      .between([reminder.applicationId, -Infinity], [reminder.applicationId, Infinity])
      .filter((e) => e.kind === "followup-done" && e.reminderId === id)
      .delete();
  });
}

export async function reopenReminder(db: DebriefDB, id: string): Promise<void> {
  await db.reminders.update(id, { done: 0 });
}

export async function snoozeReminder(db: DebriefDB, id: string, until: number): Promise<void> {
  const updated = await db.reminders.update(id, { dueAt: until, snoozedUntil: until, notifiedAt: undefined });
  if (!updated) throw new Error("That reminder no longer exists.");
}
