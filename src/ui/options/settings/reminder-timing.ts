// Reminder timing preferences: the follow-up planner's rules (core/followup PlanRules), stored as the
// "reminderTiming" setting; the planner's defaults (seeds 003/004) are the defaults here.
import { DEFAULT_PLAN_RULES, type PlanRules } from "../../../core/followup";
import type { DebriefDB } from "../../../db/schema";
import { getSetting, setSetting } from "../../../db/settings";

export type ReminderTiming = PlanRules;

export const REMINDER_LIMITS: Record<keyof ReminderTiming, [min: number, max: number]> = {
  thankYouHours: [1, 72],
  followUpBusinessDays: [3, 15],
  afterStatedDateBusinessDays: [1, 10],
  reminderHour: [0, 23],
};

export async function getReminderTiming(db: DebriefDB): Promise<ReminderTiming> {
  return { ...DEFAULT_PLAN_RULES, ...(await getSetting(db, "reminderTiming")) };
}

export function setReminderTiming(db: DebriefDB, timing: ReminderTiming): Promise<void> {
  return setSetting(db, "reminderTiming", timing);
}
