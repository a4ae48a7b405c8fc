// Interviews: saving a debrief computes its outlook and follow-up plan and writes the interview, its
// timeline event, the reminders and the refreshed status in one transaction. The outlook's model and
// base rates come from the caller (ui/outlook/outlook-context), so the db never fits one itself; the
// plan uses the user's reminder timing (db/follow-ups).
import type { FollowUpPlan } from "../core/followup";
import { computeOutlook, type Outlook, type OutlookOptions, toSnapshot } from "../core/signals";
import type { Interview, InterviewDraft, TimelineEvent } from "../core/types";
import { listEvents } from "./events";
import { planInterview, replanInterview } from "./follow-ups";
import { newId } from "./ids";
import type { DebriefDB } from "./schema";
import { refreshStatus } from "./status";

export interface InterviewResult {
  interview: Interview;
  outlook: Outlook;
  plan: FollowUpPlan;
}

/** How the caller wants the outlook scored: the model (personal or general) and base rates it loaded. */
export interface AssessOptions {
  timeZone: string;
  now?: number;
  outlook?: OutlookOptions;
}

/** The outlook for an interview against the application's timeline as it is now. */
export function assess(
  interview: Interview,
  events: readonly TimelineEvent[],
  { timeZone, now, outlook }: { timeZone: string; now: number; outlook?: OutlookOptions | undefined },
): Outlook {
  return computeOutlook({ interview, events, now, timeZone }, outlook);
}

export async function saveInterview(
  db: DebriefDB,
  draft: InterviewDraft,
  { timeZone, now = Date.now(), outlook }: AssessOptions,
): Promise<InterviewResult> {
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
      const assessed = assess(base, events, { timeZone, now, outlook });
      const interview: Interview = { ...base, outlook: toSnapshot(assessed) };
      await db.interviews.put(interview);
      const plan = await replanInterview(db, interview, events, { timeZone, now });
      await db.applications
        .where("id")
        .equals(draft.applicationId)
        .modify((app) => {
          app.lastActivityAt = Math.max(app.lastActivityAt, draft.at, now);
        });
      await refreshStatus(db, draft.applicationId, now);
      return { interview, outlook: assessed, plan };
    },
  );
}

/** An interview with its outlook and plan recomputed against today's timeline. */
export async function loadInterviewResult(
  db: DebriefDB,
  interviewId: string,
  { timeZone, now = Date.now(), outlook }: AssessOptions,
): Promise<InterviewResult | null> {
  return db.transaction("r", db.interviews, db.events, db.settings, async () => {
    const interview = await db.interviews.get(interviewId);
    if (!interview) return null;
    const events = await listEvents(db, interview.applicationId);
    const plan = await planInterview(db, interview, events, { timeZone, now });
    return { interview, outlook: assess(interview, events, { timeZone, now, outlook }), plan };
  });
}

/** Interviews of one application, newest first. */
export async function listInterviews(db: DebriefDB, applicationId: string): Promise<Interview[]> {
  const rows = await db.interviews.where("applicationId").equals(applicationId).toArray();
  return rows.sort((a, b) => b.at - a.at);
}
