// LinkedIn's data export (Settings → Data privacy → Get a copy of your data) writes its times as
// "11/23/24, 11:39 PM": month/day/two-digit year, a 12-hour clock, no zone. The clock is US Pacific
// time, whoever downloads it: a job seeker in Vienna (tests/fixtures/imports/real, 133 times) applied
// between 07:00 and 21:00 on all but one of them read as Pacific, and between midnight and 07:00 on 114
// of them read as UTC. Shared by the applications and saved-jobs importers.
import { calendarDay, wallTime } from "../../local-day";

const LINKEDIN_ZONE = "America/Los_Angeles";

const TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})\s*([AP])\.?M\.?$/i;

/** The instant such a cell stands for, to the minute; null for anything else. */
export function linkedInTime(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const [month, day, year, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const date = calendarDay(m[3]!.length === 2 ? 2000 + year! : year!, month!, day!);
  if (!date || hour! < 1 || hour! > 12 || minute! > 59) return null;
  const h24 = (hour! % 12) + (m[6]!.toUpperCase() === "P" ? 12 : 0);
  return wallTime(date, h24, minute!, LINKEDIN_ZONE);
}

/** LinkedIn's job id in a job link (http://www.linkedin.com/jobs/view/4079472459). */
export function linkedInJobId(url: string | undefined): string | undefined {
  return url ? /^https?:\/\/(?:[\w-]+\.)?linkedin\.com\/jobs\/view\/(\d+)/i.exec(url)?.[1] : undefined;
}

/**
 * The link Debrief keeps for a LinkedIn job, the one the panel saves from the job's page
 * (core/posting/boards/linkedin.ts), so an export finds a job already saved in Debrief.
 */
export const linkedInJobUrl = (id: string) => `https://www.linkedin.com/jobs/view/${id}/`;
