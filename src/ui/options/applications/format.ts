// Small formatting helpers shared by the table, the board and the application page.

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
  smartrecruiters: "SmartRecruiters",
  usajobs: "USAJOBS",
  workable: "Workable",
  workday: "Workday",
  worksourcewa: "WorkSource Washington",
  ziprecruiter: "ZipRecruiter",
};

export function formatDate(ms: number): string {
  return dateFormat.format(ms);
}

/** A board's display name; "—" for applications added by hand. */
export function boardLabel(board: string | undefined): string {
  if (!board) return "—";
  return BOARD_NAMES[board] ?? board;
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

/** "YYYY-MM-DD" from a date input → local midnight (or the day's last ms with `endOfDay`). */
export function parseDateInput(value: string, endOfDay = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  // The next local midnight minus 1 ms, not +24 h: days around a DST change are 23 or 25 hours.
  return endOfDay ? new Date(y, mo, d + 1).getTime() - 1 : new Date(y, mo, d).getTime();
}

export function toDateInput(ms: number | null): string {
  if (ms === null) return "";
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
