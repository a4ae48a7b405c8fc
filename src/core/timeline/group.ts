// The timeline: events in time order, grouped by the user's local day.
import { dateKey, localDate, startOfDay } from "../followup/dates";
import type { EventKind, TimelineEvent } from "../types";

export type TimelineOrder = "oldest-first" | "newest-first";

export interface TimelineDay {
  /** Local calendar day, "YYYY-MM-DD". */
  key: string;
  /** UTC ms of that day's local midnight. */
  start: number;
  /** In the same order as the days. */
  events: TimelineEvent[];
}

// Events logged in the same millisecond (an interview saved with its signals) read in story order.
const KIND_ORDER: readonly EventKind[] = [
  "saved",
  "applied",
  "interview",
  "signals",
  "email",
  "contact",
  "note",
  "followup-due",
  "followup-done",
  "offer",
  "rejection",
  "withdrawn",
  "status",
];

function compareOldestFirst(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.at - b.at ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A sorted copy; the input is left alone. Ties: time, then story order of kinds, then id. */
export function sortTimeline(
  events: readonly TimelineEvent[],
  order: TimelineOrder = "oldest-first",
): TimelineEvent[] {
  const sorted = [...events].sort(compareOldestFirst);
  return order === "oldest-first" ? sorted : sorted.reverse();
}

/**
 * Days in order, each with its events. Default oldest-first, because an application's timeline reads as
 * a story; pass "newest-first" for activity feeds. Days are the user's local days in `timeZone`.
 */
export function groupTimeline(
  events: readonly TimelineEvent[],
  timeZone: string,
  order: TimelineOrder = "oldest-first",
): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const e of sortTimeline(events, order)) {
    const d = localDate(e.at, timeZone);
    const key = dateKey(d);
    const last = days[days.length - 1];
    if (last && last.key === key) last.events.push(e);
    else days.push({ key, start: startOfDay(d, timeZone), events: [e] });
  }
  return days;
}
