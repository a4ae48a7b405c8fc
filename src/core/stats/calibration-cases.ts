// Past interviews with a final outcome, as the signals core's calibration cases. Each interview held
// before the outcome is one case, read as it stood when the outcome came (`now` = the outcome time),
// so silence that only built up later does not leak into it.
import { type CalibrationCase, outcomeFromStatus } from "../signals";
import { deriveStatusDetail } from "../timeline";
import { eventsByApplication, interviewsByApplication, type StatsInput } from "./input";

export function calibrationCases(input: StatsInput): CalibrationCase[] {
  const tz = input.timeZone ?? "UTC";
  const events = eventsByApplication(input);
  const interviews = interviewsByApplication(input.interviews);
  const cases: CalibrationCase[] = [];
  for (const app of input.applications) {
    const appInterviews = interviews.get(app.id);
    if (!appInterviews) continue;
    const appEvents = events.get(app.id) ?? [];
    const detail = deriveStatusDetail(appEvents, input.now);
    // Rows imported without events only have the cached status.
    const status = appEvents.length ? detail.status : app.status;
    const outcome = outcomeFromStatus(status);
    if (!outcome) continue;
    const at = appEvents.length && detail.since !== null ? detail.since : app.updatedAt;
    // Strictly before: the outcome itself (an offer arriving two days later, say) must not be read back
    // as a sign of it, or the fit would learn from the answer.
    const before = appEvents.filter((e) => e.at < at);
    for (const interview of appInterviews) {
      if (interview.at > at) continue;
      cases.push({ input: { interview, events: before, now: at, timeZone: tz }, outcome });
    }
  }
  return cases;
}
