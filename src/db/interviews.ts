// Interviews: saving a debrief computes its outlook and follow-up plan and writes the interview, its
// timeline event, the reminders and the refreshed status in one transaction. The outlook's model and
// base rates come from the caller (ui/outlook/outlook-context), so the db never fits one itself.
import { type FollowUpPlan, type PlanRules, planFollowUp, planToReminders } from "../core/followup";
import { computeOutlook, type Outlook, type OutlookOptions, toSnapshot } from "../core/signals";
import type { Interview, TimelineEvent } from "../core/types";
import { listEvents } from "./events";
import { newId } from "./ids";
import { replaceInterviewReminders } from "./reminders";
import type { DebriefDB } from "./schema";
import { getSetting } from "./settings";
import { refreshStatus } from "./status";

/** What the debrief form produces: an interview without the bookkeeping fields. */
export type InterviewDraft = Omit<Interview, "id" | "createdAt" | "updatedAt" | "outlook"> & { id?: string };

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

/** Outlook and plan for an interview against the application's timeline as it is now. */
export function assess(
  interview: Interview,
  events: readonly TimelineEvent[],
  {
    timeZone,
    now,
    rules,
    outlook,
  }: { timeZone: string; now: number; rules?: Partial<PlanRules>; outlook?: OutlookOptions | undefined },
) {
  return {
    outlook: computeOutlook({ interview, events, now, timeZone }, outlook),
    plan: planFollowUp(interview, { timeZone, events, now, ...(rules ? { rules } : {}) }),
  };
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
      const rules = await getSetting(db, "reminderTiming");
      const assessed = assess(base, events, { timeZone, now, rules, outlook });
      const { plan } = assessed;
      const interview: Interview = { ...base, outlook: toSnapshot(assessed.outlook) };
      await db.interviews.put(interview);
      await replaceInterviewReminders(
        db,
        id,
        planToReminders(plan, { applicationId: draft.applicationId, interviewId: id }),
      );
      await db.applications
        .where("id")
        .equals(draft.applicationId)
        .modify((app) => {
          app.lastActivityAt = Math.max(app.lastActivityAt, draft.at, now);
        });
      await refreshStatus(db, draft.applicationId, now);
      return { interview, outlook: assessed.outlook, plan };
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
    const rules = await getSetting(db, "reminderTiming");
    return { interview, ...assess(interview, events, { timeZone, now, rules, outlook }) };
  });
}

/** Interviews of one application, newest first. */
export async function listInterviews(db: DebriefDB, applicationId: string): Promise<Interview[]> {
  const rows = await db.interviews.where("applicationId").equals(applicationId).toArray();
  return rows.sort((a, b) => b.at - a.at);
}
