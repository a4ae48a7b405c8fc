// One application's page: everything it shows read in one transaction (so the views never see half
// a write), and the writes made there. Status stays a cache of deriveStatus(events): every write
// that adds or removes an event recomputes it (db/status) in the same transaction.
import type { PlanRules } from "../core/followup";
import type {
  Application,
  ApplicationStatus,
  EventPayload,
  Interview,
  Reminder,
  StoredEmail,
  TimelineEvent,
} from "../core/types";
import { listEvents } from "./events";
import { newId } from "./ids";
import type { DebriefDB } from "./schema";
import { getSetting } from "./settings";
import { refreshStatus } from "./status";

export interface ApplicationPageData {
  application: Application;
  /** Oldest first. */
  events: TimelineEvent[];
  interviews: Interview[];
  emails: StoredEmail[];
  reminders: Reminder[];
  /** The user's reminder timing, so a plan recomputed on the page matches the stored reminders. */
  reminderTiming?: Partial<PlanRules>;
}

export async function loadApplicationPage(db: DebriefDB, id: string): Promise<ApplicationPageData | null> {
  return db.transaction(
    "r",
    [db.applications, db.events, db.interviews, db.emails, db.reminders, db.settings],
    async () => {
      const application = await db.applications.get(id);
      if (!application) return null;
      const [events, interviews, emails, reminders, reminderTiming] = await Promise.all([
        listEvents(db, id),
        db.interviews.where("applicationId").equals(id).sortBy("at"),
        db.emails.where("applicationId").equals(id).toArray(),
        db.reminders.where("applicationId").equals(id).sortBy("dueAt"),
        getSetting(db, "reminderTiming"),
      ]);
      return { application, events, interviews, emails, reminders, reminderTiming };
    },
  );
}

/** The user sets the status by hand: a "status" event records it, so it shows in the history. */
export async function setStatus(
  db: DebriefDB,
  id: string,
  to: ApplicationStatus,
  now = Date.now(),
): Promise<TimelineEvent | null> {
  return db.transaction("rw", db.applications, db.events, async () => {
    const app = await db.applications.get(id);
    if (!app) throw new Error("That application no longer exists.");
    if (app.status === to) return null;
    const event: TimelineEvent = {
      kind: "status",
      from: app.status,
      to,
      id: newId(now),
      applicationId: id,
      at: now,
    };
    await db.events.add(event);
    await refreshStatus(db, id, now, { activityFromEvents: true });
    return event;
  });
}

/** An event added by hand (a note, "applied", an offer …), at the time the user gives. */
export async function addManualEvent(
  db: DebriefDB,
  id: string,
  payload: EventPayload,
  at = Date.now(),
): Promise<TimelineEvent> {
  if (payload.kind === "note" || payload.kind === "contact") {
    const text = payload.text.trim();
    if (!text) throw new Error("Write something first.");
    payload = { ...payload, text };
  }
  const event = { ...payload, id: newId(), applicationId: id, at } as TimelineEvent;
  await restoreEvent(db, event);
  return event;
}

export function addNote(db: DebriefDB, id: string, text: string, at = Date.now()): Promise<TimelineEvent> {
  return addManualEvent(db, id, { kind: "note", text }, at);
}

/** Deletes an event and returns it, so an undo can put the very same row back. */
export async function deleteEvent(db: DebriefDB, eventId: string): Promise<TimelineEvent> {
  return db.transaction("rw", db.applications, db.events, async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new Error("That entry was already deleted.");
    await db.events.delete(eventId);
    await refreshStatus(db, event.applicationId, Date.now(), { activityFromEvents: true });
    return event;
  });
}

/** Puts an event (back) on the timeline: the undo of deleteEvent, and the write of addManualEvent. */
export async function restoreEvent(db: DebriefDB, event: TimelineEvent): Promise<void> {
  await db.transaction("rw", db.applications, db.events, async () => {
    if (!(await db.applications.get(event.applicationId)))
      throw new Error("That application no longer exists.");
    await db.events.put(event);
    await refreshStatus(db, event.applicationId, Date.now(), { activityFromEvents: true });
  });
}
