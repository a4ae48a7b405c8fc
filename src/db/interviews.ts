// Interviews: saving a debrief writes the interview, its timeline event, the reminders and the refreshed
// status in one transaction. The outlook is scored by the caller's `score` (background/outlook.ts), so
// the db never computes one itself; the plan uses the user's reminder timing (db/follow-ups).
import type { FollowUpPlan } from "../core/followup";
import type { Interview, InterviewDraft, OutlookSnapshot, TimelineEvent } from "../core/types";
import { listEvents } from "./events";
import { replanInterview } from "./follow-ups";
import { newId } from "./ids";
import type { DebriefDB } from "./schema";
import { refreshStatus } from "./status";

export interface InterviewResult<O extends OutlookSnapshot = OutlookSnapshot> {
  interview: Interview;
  outlook: O;
  plan: FollowUpPlan;
}

/** Scores the saved interview against the application's timeline as it is inside the transaction. */
export type ScoreInterview<O extends OutlookSnapshot> = (
  interview: Interview,
  events: readonly TimelineEvent[],
  now: number,
) => { outlook: O; snapshot: OutlookSnapshot };

export interface SaveInterviewOptions<O extends OutlookSnapshot> {
  timeZone: string;
  now?: number;
  score: ScoreInterview<O>;
}

export async function saveInterview<O extends OutlookSnapshot>(
  db: DebriefDB,
  draft: InterviewDraft,
  { timeZone, now = Date.now(), score }: SaveInterviewOptions<O>,
): Promise<InterviewResult<O>> {
  return db.transaction(
    "rw",
    [db.applications, db.events, db.interviews, db.reminders, db.settings],
    async () => {
      if (!(await db.applications.get(draft.applicationId)))
        throw new Error("That application no longer exists.");
      const old = draft.id ? await db.interviews.get(draft.id) : undefined;
      const id = old?.id ?? newId(now);
      if (!old) {
        const event: TimelineEvent = {
          kind: "interview",
          interviewId: id,
          id: newId(now),
          applicationId: draft.applicationId,
          at: draft.at,
        };
        await db.events.add(event);
      } else if (old.at !== draft.at) {
        await db.events
          .where("[applicationId+at]")
          .equals([draft.applicationId, old.at])
          .modify((e) => {
            if (e.kind === "interview" && e.interviewId === id) e.at = draft.at;
          });
      }
      const base: Interview = { ...draft, id, createdAt: old?.createdAt ?? now, updatedAt: now };
      const events = await listEvents(db, draft.applicationId);
      const scored = score(base, events, now);
      const interview: Interview = { ...base, outlook: scored.snapshot };
      await db.interviews.put(interview);
      const plan = await replanInterview(db, interview, events, { timeZone, now });
      await db.applications
        .where("id")
        .equals(draft.applicationId)
        .modify((app) => {
          app.lastActivityAt = Math.max(app.lastActivityAt, draft.at, now);
        });
      await refreshStatus(db, draft.applicationId, now);
      return { interview, outlook: scored.outlook, plan };
    },
  );
}

/** Interviews of one application, newest first. */
export async function listInterviews(db: DebriefDB, applicationId: string): Promise<Interview[]> {
  const rows = await db.interviews.where("applicationId").equals(applicationId).toArray();
  return rows.sort((a, b) => b.at - a.at);
}
