// How often interviews were followed by silence: of the interviews whose reply window is over (or that
// were answered), the share where nothing came back past the date given (or the usual two weeks).
import { planFollowUp } from "../followup/plan";
import { silencePastPromisedDate } from "../followup/silence";
import { eventsByApplication, type StatsInput } from "./input";

export interface SilenceStats {
  /** Interviews held so far. */
  held: number;
  /** Still inside their reply window: too early to say. */
  pending: number;
  /** Answered (reply, next round, offer, rejection) or past their window. */
  decided: number;
  /** Of the decided, no reply past the promised date. */
  silent: number;
  rate: number | null;
}

export function silenceAfterInterviews(input: StatsInput): SilenceStats {
  const tz = input.timeZone ?? "UTC";
  const events = eventsByApplication(input);
  const out: SilenceStats = { held: 0, pending: 0, decided: 0, silent: 0, rate: null };
  for (const interview of input.interviews) {
    if (interview.at > input.now) continue;
    out.held++;
    const appEvents = events.get(interview.applicationId) ?? [];
    const plan = planFollowUp(interview, { timeZone: tz, events: appEvents, now: input.now });
    // The candidate withdrawing says nothing about the company's manners.
    if (plan.closed?.reason === "withdrawn") {
      out.held--;
      continue;
    }
    if (plan.closed) {
      out.decided++;
      continue;
    }
    if (silencePastPromisedDate(input.now, interview, appEvents, tz)) {
      out.decided++;
      out.silent++;
    } else {
      out.pending++;
    }
  }
  out.rate = out.decided ? out.silent / out.decided : null;
  return out;
}
