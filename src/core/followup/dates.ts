// Calendar arithmetic in the user's time zone, with no date library: Intl.DateTimeFormat (given an explicit
// timeZone) turns an instant into local wall-clock parts, and zonedToUtc turns wall-clock parts back into
// an instant. Days are counted on local calendar dates, so DST changes never shift a due date by a day.

/** A calendar date in some time zone; month is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // hourCycle h23: some engines print midnight as "24" with hour12: false.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a time zone. */
export function toLocal(ms: number, timeZone: string): LocalDateTime & { second: number } {
  // UTC's wall clock is the Date's own UTC fields (years 1–9999 print the same; others take the
  // formatter's way, which also throws for an invalid date as before).
  if (timeZone === "UTC") {
    const d = new Date(ms);
    const year = d.getUTCFullYear();
    if (year >= 1 && year <= 9999) {
      return {
        year,
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
      };
    }
  }
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of the zone from UTC at an instant, in ms (e.g. +13 h for Auckland in summer). */
function offsetAt(ms: number, timeZone: string): number {
  const l = toLocal(ms, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show `t`. A time skipped by a DST jump resolves to the same
 * number of minutes after the jump (02:30 on a spring-forward night becomes 03:30).
 */
export function zonedToUtc(t: LocalDateTime, timeZone: string): number {
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  let guess = naive - offsetAt(naive, timeZone);
  // Twice is enough: the second pass corrects a guess that landed on the other side of a transition.
  for (let i = 0; i < 2; i++) {
    const next = naive - offsetAt(guess, timeZone);
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

export function localDate(ms: number, timeZone: string): LocalDate {
  const { year, month, day } = toLocal(ms, timeZone);
  return { year, month, day };
}

export function addDays(d: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Saturday and Sunday. Public holidays are not known here: the planner errs a day early, never late. */
export function isWeekend(d: LocalDate): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

/** `n` business days after `d` (n ≥ 0). From a weekend day, +1 is the Monday. */
export function addBusinessDays(d: LocalDate, n: number): LocalDate {
  let cur = d;
  let left = n;
  while (left > 0) {
    cur = addDays(cur, 1);
    if (!isWeekend(cur)) left--;
  }
  return cur;
}

/** Business days strictly after `from` up to and including `to` (0 when `to` is not later). */
export function businessDaysBetween(from: LocalDate, to: LocalDate): number {
  let n = 0;
  let cur = from;
  while (compareDates(cur, to) < 0) {
    cur = addDays(cur, 1);
    if (!isWeekend(cur)) n++;
  }
  return n;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function startOfDay(d: LocalDate, timeZone: string): number {
  return zonedToUtc({ ...d, hour: 0, minute: 0 }, timeZone);
}

/** Last millisecond of the local day (the day before the next midnight, so 23- and 25-hour days work). */
export function endOfDay(d: LocalDate, timeZone: string): number {
  return startOfDay(addDays(d, 1), timeZone) - 1;
}

export function atLocalTime(d: LocalDate, hour: number, minute: number, timeZone: string): number {
  return zonedToUtc({ ...d, hour, minute }, timeZone);
}

/** "2025-03-07": a stable key for a local day. */
export function dateKey(d: LocalDate): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.year}-${p(d.month)}-${p(d.day)}`;
}
