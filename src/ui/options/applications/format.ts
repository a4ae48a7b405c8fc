// Small formatting helpers shared by the table, the board and the application page.
import { dayEnd, dayKeyIn, dayStart, parseIsoDay } from "../../../core/local-day";
import { userTimeZone } from "../../../shared/time-zone";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
/**
 * Board ids → names, as in core/posting/boards. Copied rather than imported: the adapters would add
 * ~25 kB of page-reading code to the options page's first load. A unit test keeps the two in step.
 */
export const BOARD_NAMES: Readonly<Record<string, string>> = {
  ashby: "Ashby",
  bamboohr: "BambooHR",
  glassdoor: "Glassdoor",
  greenhouse: "Greenhouse",
  icims: "iCIMS",
  indeed: "Indeed",
  jobvite: "Jobvite",
  lever: "Lever",
  linkedin: "LinkedIn",
  monster: "Monster",
  seek: "SEEK",
  smartrecruiters: "SmartRecruiters",
  usajobs: "USAJOBS",
  workable: "Workable",
  workday: "Workday",
  ziprecruiter: "ZipRecruiter",
};

/**
 * Boards Debrief no longer reads (their sites were retired), whose names jobs saved from them earlier
 * keep: WorkSource Washington's seeker.worksourcewa.com closed in 2026.
 */
export const RETIRED_BOARD_NAMES: Readonly<Record<string, string>> = {
  worksourcewa: "WorkSource Washington",
};

export function formatDate(ms: number): string {
  return dateFormat.format(ms);
}

/** A board's display name; "—" for applications added by hand. */
export function boardLabel(board: string | undefined): string {
  if (!board) return "—";
  return BOARD_NAMES[board] ?? RETIRED_BOARD_NAMES[board] ?? board;
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
