// Date-only values — "2025-03-04", a day with no time of day — and the user's time zone. The one home
// for checking such a day is on the calendar, turning it into an instant (its local midnight) and an
// instant back into the day it is for the user. The zone is always passed in: nothing here reads UTC
// or the machine's zone as if it were the user's, so a day written in Los Angeles stays that day there.
import { dateKey, endOfDay, type LocalDate, localDate, startOfDay, zonedToUtc } from "./followup/dates";

export type { LocalDate };

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day, when year-month-day (month 1–12) is on the calendar: no 31 February, no 29 February 2025. */
export function calendarDay(year: number, month: number, day: number): LocalDate | null {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return null;
  const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= last ? { year, month, day } : null;
}

/** "YYYY-MM-DD" (one-digit month and day allowed) → the day; null for anything else. */
export function parseIsoDay(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The instant the day starts in `timeZone`: local midnight (or the first minute after a DST gap). */
export function dayStart(day: LocalDate, timeZone: string): number {
  return startOfDay(day, timeZone);
}

/** The day's last millisecond in `timeZone` (days around a DST change are 23 or 25 hours long). */
export function dayEnd(day: LocalDate, timeZone: string): number {
  return endOfDay(day, timeZone);
}

/** The instant a wall-clock time on `day` shows in `timeZone`. */
export function wallTime(day: LocalDate, hour: number, minute: number, timeZone: string): number {
  return zonedToUtc({ ...day, hour, minute }, timeZone);
}

/** The day an instant falls on in `timeZone`, as "YYYY-MM-DD". */
export function dayKeyIn(ms: number, timeZone: string): string {
  return dateKey(localDate(ms, timeZone));
}
