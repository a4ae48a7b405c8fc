// The follow-up plan for one interview. Rules (from seeds 003 and 004):
// - a thank-you note within 24 hours of the interview's end;
// - the reply window: the date the interviewer gave, else 5–10 business days ("a few days to a couple of
//   weeks");
// - a first polite follow-up 2 business days after the stated date passes, or 7 business days after the
//   interview when none was given (latest 10); at most one more a week later; a week after that (and at
//   least a week after the last follow-up the user actually sent) the plan calls it "gone quiet" and stops
//   nudging (seed 003: bombarding them undermines your chances);
// - a reply re-bases the waiting on the reply's day; an offer, rejection, withdrawal or next round closes it.
// Days are counted in the user's time zone; nudges are due at the reminder hour (09:00 unless the user set
// another, see PlanRules); instants are UTC ms.
import type { Id, Interview, Reminder, TimelineEvent } from "../types";
import {
  addBusinessDays,
  addDays,
  atLocalTime,
  compareDates,
  endOfDay,
  type LocalDate,
  localDate,
  startOfDay,
} from "./dates";
import { type CloseReason, findResponses } from "./replies";

export type PlanItemKind = "thank-you" | "follow-up" | "second-follow-up";
export type PlanItemStatus = "pending" | "done" | "cancelled";

export interface PlanItem {
  kind: PlanItemKind;
  title: string;
  dueAt: number;
  /** End of the acceptable range, when the rule gives one (7–10 business days). */
  latestAt?: number;
  status: PlanItemStatus;
}

export type PlanState = "waiting" | "follow-up-due" | "second-follow-up-due" | "gone-quiet" | "closed";

export interface ReplyWindow {
  start: number;
  /** Last millisecond of the last day they are expected to reply on. */
  end: number;
  /** True when the interviewer gave the date; false for the default 5–10 business days. */
  stated: boolean;
}

export interface FollowUpPlan {
  timeZone: string;
  state: PlanState;
  replyWindow: ReplyWindow;
  /** thank-you, follow-up, second-follow-up, in that order. */
  items: PlanItem[];
  goneQuietAt: number;
  /** When the user last sent a follow-up for this wait (a followup-done event), if they did. */
  lastNudgeAt?: number;
  lastReplyAt?: number;
  closed?: { at: number; reason: CloseReason };
  /** The earliest pending item, or null. */
  next: PlanItem | null;
}

export type PlanInterview = Pick<Interview, "at"> &
  Partial<
    Pick<Interview, "id" | "applicationId" | "plannedMinutes" | "actualMinutes" | "nextStepBy" | "signals">
  >;

/** The user's reminder timing (Settings); the defaults are the seeds' advice. */
export interface PlanRules {
  /** Hours after the interview's end to send the thank-you note by. */
  thankYouHours: number;
  /** Business days after the interview to follow up when no date was given. */
  followUpBusinessDays: number;
  /** Business days after a stated date has passed before following up. */
  afterStatedDateBusinessDays: number;
  /** Local hour follow-up reminders are due at. */
  reminderHour: number;
}

export const DEFAULT_PLAN_RULES: PlanRules = {
  thankYouHours: 24,
  followUpBusinessDays: 7,
  afterStatedDateBusinessDays: 2,
  reminderHour: 9,
};

export interface PlanOptions {
  rules?: Partial<PlanRules>;
  timeZone: string;
  events?: readonly TimelineEvent[];
  now?: number;
}

const HOUR = 3_600_000;

export function planFollowUp(interview: PlanInterview, opts: PlanOptions): FollowUpPlan {
  const tz = opts.timeZone;
  const events = opts.events ?? [];
  const now = opts.now ?? Date.now();
  const responses = findResponses(events, interview.at, {
    applicationId: interview.applicationId,
    interviewId: interview.id,
  });
  const minutes = interview.actualMinutes ?? interview.plannedMinutes ?? 0;
  const baseAt = responses.lastReplyAt ?? interview.at;
  const baseDay = localDate(baseAt, tz);
  const statedDay = statedDate(interview.nextStepBy, baseDay, tz);

  const rules = { ...DEFAULT_PLAN_RULES, ...opts.rules };
  const atReminderHour = (d: LocalDate) => atLocalTime(d, rules.reminderHour, 0, tz);
  const replyWindow: ReplyWindow = statedDay
    ? { start: startOfDay(baseDay, tz), end: endOfDay(statedDay, tz), stated: true }
    : {
        start: startOfDay(addBusinessDays(baseDay, 5), tz),
        end: endOfDay(addBusinessDays(baseDay, 10), tz),
        stated: false,
      };
  const firstDay = statedDay
    ? addBusinessDays(statedDay, rules.afterStatedDateBusinessDays)
    : addBusinessDays(baseDay, rules.followUpBusinessDays);
  const secondDay = addDays(firstDay, 7);

  const doneAfter = (kind: PlanItemKind, after: number) =>
    events.some((e) => e.kind === "followup-done" && e.reminderKind === kind && e.at >= after);
  const status = (kind: PlanItemKind, after: number): PlanItemStatus =>
    doneAfter(kind, after) ? "done" : responses.closed ? "cancelled" : "pending";

  const viaAssistant = interview.signals?.["follow-up-with-assistant"] === true;
  const items: PlanItem[] = [
    {
      kind: "thank-you",
      title: "Send a thank-you note",
      dueAt: interview.at + minutes * 60_000 + rules.thankYouHours * HOUR,
      status: status("thank-you", interview.at),
    },
    {
      kind: "follow-up",
      title: viaAssistant ? "Follow up, via the assistant you were pointed to" : "Send a polite follow-up",
      dueAt: atReminderHour(firstDay),
      ...(statedDay
        ? {}
        : { latestAt: endOfDay(addBusinessDays(baseDay, Math.max(10, rules.followUpBusinessDays)), tz) }),
      status: status("follow-up", baseAt),
    },
    {
      kind: "second-follow-up",
      title: "Send one last, brief follow-up",
      dueAt: atReminderHour(secondDay),
      status: status("second-follow-up", baseAt),
    },
  ];
  const nudges = events
    .filter(
      (e) =>
        e.kind === "followup-done" &&
        (e.reminderKind === "follow-up" || e.reminderKind === "second-follow-up") &&
        e.at >= baseAt,
    )
    .map((e) => e.at);
  const lastNudgeAt = nudges.length > 0 ? Math.max(...nudges) : undefined;
  // Silence counts from the last nudge sent: one sent late still gets its week to be answered.
  const goneQuietAt = Math.max(
    atReminderHour(addDays(secondDay, 7)),
    lastNudgeAt === undefined ? 0 : atReminderHour(addDays(localDate(lastNudgeAt, tz), 7)),
  );
  const next = items.filter((i) => i.status === "pending").sort((a, b) => a.dueAt - b.dueAt)[0] ?? null;

  return {
    timeZone: tz,
    state: planState(now, items, goneQuietAt, responses.closed !== undefined),
    replyWindow,
    items,
    goneQuietAt,
    ...(lastNudgeAt !== undefined ? { lastNudgeAt } : {}),
    ...(responses.lastReplyAt !== undefined ? { lastReplyAt: responses.lastReplyAt } : {}),
    ...(responses.closed ? { closed: responses.closed } : {}),
    next,
  };
}

/** The stated date as a local day, unless missing or already behind the base day (then it no longer holds). */
function statedDate(nextStepBy: number | undefined, baseDay: LocalDate, tz: string): LocalDate | null {
  if (nextStepBy === undefined) return null;
  const d = localDate(nextStepBy, tz);
  return compareDates(d, baseDay) >= 0 ? d : null;
}

function planState(now: number, items: PlanItem[], goneQuietAt: number, closed: boolean): PlanState {
  if (closed) return "closed";
  if (now >= goneQuietAt) return "gone-quiet";
  const [, first, second] = items;
  if (second && second.status === "pending" && now >= second.dueAt) return "second-follow-up-due";
  if (first && first.status === "pending" && now >= first.dueAt) return "follow-up-due";
  return "waiting";
}

/**
 * The plan as reminders for the background's alarms. Ids are stable per interview and kind, so saving the
 * plan again after an edit or a reply updates the same rows instead of adding new ones.
 */
export function planToReminders(plan: FollowUpPlan, ids: { applicationId: Id; interviewId: Id }): Reminder[] {
  return plan.items.map((item) => ({
    id: `${ids.interviewId}:${item.kind}`,
    applicationId: ids.applicationId,
    interviewId: ids.interviewId,
    kind: item.kind,
    title: item.title,
    dueAt: item.dueAt,
    done: item.status === "pending" ? 0 : 1,
  }));
}
