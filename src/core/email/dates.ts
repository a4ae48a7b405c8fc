// Finds a date (and time, if given) in free text, as wall-clock "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm".
// The sender's time zone is rarely stated, so no instant is invented: the caller decides the zone.
// Relative words ("by Friday", a date with no year) count from the day it was where the mail was read.
import { addDays, dateKey, type LocalDate, localDate, weekday } from "../followup/dates";
import { calendarDay } from "../local-day";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

export interface FoundDate {
  text: string;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (wall time, zone unknown). */
  local: string;
  hasTime: boolean;
  index: number;
}

const MON =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?";
const TIME = "(?:,? (?:at |@ |from )?(\\d{1,2})(?:[:.](\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)?)?";
// "Tuesday, March 11th, 2025 at 2:30 pm"
const MDY = new RegExp(`\\b${DAY}${MON}\\.? (\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,? (\\d{4}))?${TIME}`, "gi");
// "Tuesday 11th March 2025, 10:30am"
const DMY = new RegExp(
  `\\b${DAY}(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MON}\\.?(?:,? (\\d{4}))?${TIME}`,
  "gi",
);
// "11/03/2025 10:00", "2025-03-11 14:00"
const NUM =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?|\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?: (?:at )?(\d{1,2})(?::(\d{2}))? ?(am|pm)?)?/gi;

const pad = (n: number) => String(n).padStart(2, "0");

function hour24(h: number, ampm: string | undefined): number {
  const a = ampm?.toLowerCase().replace(/\./g, "");
  if (a === "pm" && h < 12) return h + 12;
  if (a === "am" && h === 12) return 0;
  return h;
}

/** The year that puts month/day on or after the reference day (mail talks about the future). */
function inferYear(month: number, day: number, today: LocalDate): number {
  const candidate = Date.UTC(today.year, month, day);
  const weekAgo = Date.UTC(today.year, today.month - 1, today.day - 7);
  return candidate < weekAgo ? today.year + 1 : today.year;
}

function build(y: number, mo: number, d: number, h?: number, mi?: number): string | undefined {
  if (y < 2000 || y > 2100 || !calendarDay(y, mo + 1, d)) return undefined;
  const date = `${y}-${pad(mo + 1)}-${pad(d)}`;
  if (h === undefined || Number.isNaN(h) || h > 23) return date;
  return `${date}T${pad(h)}:${pad(mi ?? 0)}`;
}

function timeOf(hs: string | undefined, ms: string | undefined, ap: string | undefined): [number?, number?] {
  if (hs === undefined) return [];
  // A bare number after a date is a time only with minutes or am/pm ("March 3 2" is not 2 o'clock).
  if (ms === undefined && ap === undefined) return [];
  return [hour24(Number(hs), ap), ms === undefined ? 0 : Number(ms)];
}

/**
 * Day/month order for the text's numeric dates, decided once from all of them: a date that can only be
 * read one way (25/03, 03/25) shows how the writer writes. With no such date, or evidence both ways,
 * the caller's guess (`dayFirst`, from the sender's country) stands for the ambiguous ones.
 */
function textOrder(numeric: readonly RegExpExecArray[], dayFirst: boolean): boolean {
  let dayFirstSeen = false;
  let monthFirstSeen = false;
  for (const m of numeric) {
    if (m[1]) continue;
    if (Number(m[6]) > 12) dayFirstSeen = true;
    else if (Number(m[7]) > 12) monthFirstSeen = true;
  }
  return dayFirstSeen !== monthFirstSeen ? dayFirstSeen : dayFirst;
}

/**
 * All dates in `text`, in order of appearance. `dayFirst` reads an ambiguous 03/04 as 3 April; a year
 * left out is the one that puts the date ahead of `ref` as the calendar stands in `timeZone`.
 */
export function findDates(text: string, ref: Date, dayFirst: boolean, timeZone = "UTC"): FoundDate[] {
  const out: FoundDate[] = [];
  // The reference day, worked out once (formatting in a time zone is slow) and only if needed.
  let refDay: LocalDate | undefined;
  const today = () => {
    refDay ??= localDate(ref.getTime(), timeZone);
    return refDay;
  };
  const push = (m: RegExpExecArray, local: string | undefined) => {
    if (local) out.push({ text: m[0].trim(), local, hasTime: local.includes("T"), index: m.index });
  };
  for (const m of text.matchAll(MDY)) {
    const mo = MONTHS.indexOf((m[2] ?? "").slice(0, 3).toLowerCase());
    const d = Number(m[3]);
    const y = m[4] ? Number(m[4]) : inferYear(mo, d, today());
    const [h, mi] = timeOf(m[5], m[6], m[7]);
    push(m, build(y, mo, d, h, mi));
  }
  for (const m of text.matchAll(DMY)) {
    const d = Number(m[2]);
    const mo = MONTHS.indexOf((m[3] ?? "").slice(0, 3).toLowerCase());
    const y = m[4] ? Number(m[4]) : inferYear(mo, d, today());
    const [h, mi] = timeOf(m[5], m[6], m[7]);
    push(m, build(y, mo, d, h, mi));
  }
  const numeric = [...text.matchAll(NUM)];
  const order = textOrder(numeric, dayFirst);
  for (const m of numeric) {
    if (m[1]) {
      push(
        m,
        build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), m[4] ? Number(m[4]) : undefined, Number(m[5])),
      );
      continue;
    }
    let a = Number(m[6]);
    let b = Number(m[7]);
    // A date that can only be read one way is read that way; the others follow the text's order.
    const first = a > 12 ? true : b > 12 ? false : order;
    if (first) [a, b] = [b, a];
    const yRaw = Number(m[8]);
    const y = yRaw < 100 ? 2000 + yRaw : yRaw;
    const [h, mi] = timeOf(m[9], m[10], m[11]);
    push(m, build(y, a - 1, b, h, mi));
  }
  return out.sort((x, y) => x.index - y.index);
}

/** "by Friday" → the next such weekday after the day `ref` falls on in `timeZone`. */
export function nextWeekday(name: string, ref: Date, timeZone = "UTC"): string | undefined {
  const wd = DAYS.indexOf(name.slice(0, 3).toLowerCase());
  if (wd < 0) return undefined;
  const today = localDate(ref.getTime(), timeZone);
  const diff = (wd - weekday(today) + 7) % 7 || 7;
  const day = addDays(today, diff);
  return dateKey(day);
}

export function toRefDate(date: string | number | undefined): Date {
  const t = typeof date === "number" ? date : typeof date === "string" ? Date.parse(date) : Number.NaN;
  // Without a date, a fixed reference keeps the output deterministic.
  return new Date(Number.isFinite(t) ? t : Date.UTC(2025, 0, 1));
}
