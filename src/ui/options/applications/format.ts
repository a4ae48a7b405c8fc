// Small formatting helpers shared by the table, the board and the application page.
import { boardName } from "../../../core/board-names";
import { dayEnd, dayKeyIn, dayStart, parseIsoDay } from "../../../core/local-day";
import { userTimeZone } from "../../../shared/time-zone";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
export function formatDate(ms: number): string {
  return dateFormat.format(ms);
}

/** A board's display name; "—" for applications added by hand. */
export function boardLabel(board: string | undefined): string {
  if (!board) return "—";
  return boardName(board) ?? board;
}

/** The URL if it is http(s), else null: page text must never choose a link's scheme. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "YYYY-MM-DD" from a date input → the user's local midnight (or the day's last ms with `endOfDay`). */
export function parseDateInput(value: string, endOfDay = false): number | null {
  const day = parseIsoDay(value);
  if (!day) return null;
  // The next local midnight minus 1 ms, not +24 h: days around a DST change are 23 or 25 hours.
  return endOfDay ? dayEnd(day, userTimeZone()) : dayStart(day, userTimeZone());
}

export function toDateInput(ms: number | null): string {
  return ms === null ? "" : dayKeyIn(ms, userTimeZone());
}
