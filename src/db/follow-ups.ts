// The one way the extension plans an interview's follow-ups: with the user's reminder timing from
// Settings, whoever asks (saving a debrief, reading it back, an email re-basing the wait). A plan
// made anywhere else with the defaults would overwrite the user's timing on the next write.
import { type FollowUpPlan, type PlanInterview, planFollowUp, planToReminders } from "../core/followup";
import type { Interview, TimelineEvent } from "../core/types";
import { listEvents } from "./events";
import { replaceInterviewReminders } from "./reminders";
import type { DebriefDB } from "./schema";
import { getSetting } from "./settings";

export interface PlanEnv {
  timeZone: string;
  now: number;
}

/** The plan for one interview against `events`, with the user's reminder timing. Needs `settings` in the transaction. */
export async function planInterview(
  db: DebriefDB,
  interview: PlanInterview,
  events: readonly TimelineEvent[],
  { timeZone, now }: PlanEnv,
): Promise<FollowUpPlan> {
  const rules = await getSetting(db, "reminderTiming");
  return planFollowUp(interview, { timeZone, events, now, rules });
}

/** Plans one interview and writes its reminders (done ones stay done). */
export async function replanInterview(
  db: DebriefDB,
  interview: Interview,
  events: readonly TimelineEvent[],
  env: PlanEnv,
): Promise<FollowUpPlan> {
  const plan = await planInterview(db, interview, events, env);
  await replaceInterviewReminders(
    db,
    interview.id,
    planToReminders(plan, { applicationId: interview.applicationId, interviewId: interview.id }),
  );
  return plan;
}

/** Re-plans every interview of one application against its timeline as it is now. */
export async function replanApplication(db: DebriefDB, applicationId: string, env: PlanEnv): Promise<void> {
  const [interviews, events] = await Promise.all([
    db.interviews.where("applicationId").equals(applicationId).toArray(),
    listEvents(db, applicationId),
  ]);
  for (const interview of interviews) await replanInterview(db, interview, events, env);
}
