// The cached pipeline status: always core/timeline's deriveStatus over the application's events.
// Call inside the transaction that changed the events, so the row never disagrees with its timeline.
import { deriveStatus } from "../core/timeline";
import type { ApplicationStatus } from "../core/types";
import type { DebriefDB } from "./schema";

export async function refreshStatus(
  db: DebriefDB,
  applicationId: string,
  now = Date.now(),
  /** After a deletion the last activity may move back: recompute it from the events too. */
  { activityFromEvents = false } = {},
): Promise<ApplicationStatus> {
  const events = await db.events
    .where("[applicationId+at]")
    .between([applicationId, -Infinity], [applicationId, Infinity])
    .toArray();
  const status = deriveStatus(events, now);
  const lastEventAt = events.reduce((max, e) => Math.max(max, e.at), 0);
  await db.applications
    .where("id")
    .equals(applicationId)
    .modify((app) => {
      if (app.status !== status) {
        app.status = status;
        app.updatedAt = now;
      }
      if (activityFromEvents && lastEventAt) app.lastActivityAt = lastEventAt;
    });
  return status;
}
