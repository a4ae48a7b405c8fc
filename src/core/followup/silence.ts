// Silence past the promised date: the one negative sign that is derived, not ticked. The outlook reads it.
import type { TimelineEvent } from "../types";
import { businessDaysBetween, localDate } from "./dates";
import { type PlanInterview, planFollowUp } from "./plan";

export interface Silence {
  /** End of the day they should have replied by. */
  since: number;
  /** Whether that date was the interviewer's own (false: the default 10 business days ran out). */
  stated: boolean;
  /** Business days between that day and today, in the user's time zone (≥ 1). */
  businessDaysPast: number;
  /** The user sent their follow-ups and the week after the last one passed with no reply: gone quiet. */
  goneQuiet: boolean;
  /** When the last follow-up was sent, if one was. */
  lastNudgeAt?: number;
}

/**
 * Null while the reply window is open, once the wait has closed (offer, rejection, next round …), or when a
 * reply re-based the window and the new one is still open. Without a stated date the end of the default
 * window (10 business days, seed 004's "couple of weeks") stands in for the promise.
 */
export function silencePastPromisedDate(
  now: number,
  interview: PlanInterview,
  events: readonly TimelineEvent[],
  timeZone: string,
): Silence | null {
  const plan = planFollowUp(interview, { timeZone, events, now });
  if (plan.closed || now <= plan.replyWindow.end) return null;
  const past = businessDaysBetween(localDate(plan.replyWindow.end, timeZone), localDate(now, timeZone));
  // A weekend right after the date is not yet a business day of silence.
  if (past < 1) return null;
  return {
    since: plan.replyWindow.end,
    stated: plan.replyWindow.stated,
    businessDaysPast: past,
    goneQuiet: plan.state === "gone-quiet" && plan.lastNudgeAt !== undefined,
    ...(plan.lastNudgeAt !== undefined ? { lastNudgeAt: plan.lastNudgeAt } : {}),
  };
}
