// Reminder timing preferences. Stored as one settings row ("reminderTiming") next to the typed Settings;
// the follow-up planner's defaults (seeds 003/004) are the defaults here.
import type { DebriefDB } from "../../../db/schema";

export interface ReminderTiming {
  /** Hours after the interview's end to send the thank-you note by. */
  thankYouHours: number;
  /** Business days after the interview to follow up when no date was given. */
  followUpBusinessDays: number;
  /** Business days after a stated date has passed before following up. */
  afterStatedDateBusinessDays: number;
  /** Local hour follow-up reminders are due at. */
  reminderHour: number;
}

export const REMINDER_TIMING_KEY = "reminderTiming";

export const DEFAULT_REMINDER_TIMING: ReminderTiming = {
  thankYouHours: 24,
  followUpBusinessDays: 7,
  afterStatedDateBusinessDays: 2,
  reminderHour: 9,
};

export const REMINDER_LIMITS: Record<keyof ReminderTiming, [min: number, max: number]> = {
  thankYouHours: [1, 72],
  followUpBusinessDays: [3, 15],
  afterStatedDateBusinessDays: [1, 10],
  reminderHour: [0, 23],
};

export async function getReminderTiming(db: DebriefDB): Promise<ReminderTiming> {
  const row = await db.settings.get(REMINDER_TIMING_KEY);
  return { ...DEFAULT_REMINDER_TIMING, ...((row?.value as Partial<ReminderTiming> | undefined) ?? {}) };
}

export async function setReminderTiming(db: DebriefDB, timing: ReminderTiming): Promise<void> {
  await db.settings.put({ key: REMINDER_TIMING_KEY, value: timing });
}
