// The cached pipeline status: always core/timeline's deriveStatus over the application's events, with
// what time alone turns it into (statusNext: "gone quiet"), so reads are right as of now (schema.ts).
// Call inside the transaction that changed the events, so the row never disagrees with its timeline.
import { deriveStatusDetail, type StatusChange } from "../core/timeline";
import type { ApplicationStatus, TimelineEvent } from "../core/types";
import type { DebriefDB } from "./schema";

/** The status to cache for these events at `now`, and its pending change. */
export function cachedStatus(
  events: readonly TimelineEvent[],
  now: number,
): { status: ApplicationStatus; statusNext?: StatusChange } {
  const detail = deriveStatusDetail(events, now);
  return detail.next ? { status: detail.status, statusNext: detail.next } : { status: detail.status };
}

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
  const { status, statusNext } = cachedStatus(events, now);
  const lastEventAt = events.reduce((max, e) => Math.max(max, e.at), 0);
  await db.applications
    .where("id")
    .equals(applicationId)
    .modify((app) => {
      if (app.status !== status) {
        app.status = status;
        app.updatedAt = now;
      }
      if (statusNext) app.statusNext = statusNext;
      else delete app.statusNext;
      if (activityFromEvents && lastEventAt) app.lastActivityAt = lastEventAt;
    });
  return status;
}

/**
 * Re-derives the statuses time has changed by `now` and writes them (so the status index and open
 * views follow); returns how many, and when the next one falls due (the background's alarm).
 */
export async function refreshDueStatuses(
  db: DebriefDB,
  now = Date.now(),
): Promise<{ updated: number; nextAt: number | null }> {
  return db.transaction("rw", db.applications, db.events, async () => {
    const due = await db.applications.where("statusNext.at").belowOrEqual(now).primaryKeys();
    for (const id of due) await refreshStatus(db, id, now);
    const [nextAt] = (await db.applications.orderBy("statusNext.at").limit(1).keys()) as number[];
    return { updated: due.length, nextAt: nextAt ?? null };
  });
}
