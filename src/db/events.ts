// Timeline events. Adding one also bumps the application's activity time, in the same transaction.
import type { EventPayload, TimelineEvent } from "../core/types";
import { newId } from "./ids";
import type { DebriefDB } from "./schema";
import { refreshStatus } from "./status";

export async function addEvent(
  db: DebriefDB,
  applicationId: string,
  payload: EventPayload,
  at: number = Date.now(),
): Promise<TimelineEvent> {
  const event = { ...payload, id: newId(), applicationId, at } as TimelineEvent;
  await db.transaction("rw", db.applications, db.events, async () => {
    const app = await db.applications.get(applicationId);
    if (!app) throw new Error(`No application ${applicationId}`);
    await db.events.add(event);
    await db.applications.update(applicationId, { lastActivityAt: Math.max(app.lastActivityAt, at) });
    await refreshStatus(db, applicationId);
  });
  return event;
}

/** Events of one application, oldest first (the compound index keeps this a range scan). */
export function listEvents(db: DebriefDB, applicationId: string): Promise<TimelineEvent[]> {
  return db.events
    .where("[applicationId+at]")
    .between([applicationId, -Infinity], [applicationId, Infinity])
    .toArray();
}
