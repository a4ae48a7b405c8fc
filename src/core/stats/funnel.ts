// The funnel: how many applications reached saved → applied → interview → offer.
import { eventsByApplication, interviewsByApplication, type StatsInput } from "./input";
import { STAGES, type Stage, stageTimes } from "./stages";

export interface FunnelStep {
  stage: Stage;
  label: string;
  count: number;
  /** Share of the previous step that got here; null for the first step or an empty previous one. */
  fromPrevious: number | null;
}

export const STAGE_LABEL: Record<Stage, string> = {
  saved: "Saved",
  applied: "Applied",
  interview: "Interview",
  offer: "Offer",
};

export function funnel(input: StatsInput): FunnelStep[] {
  const events = eventsByApplication(input);
  const interviews = interviewsByApplication(input.interviews);
  const counts: Record<Stage, number> = { saved: 0, applied: 0, interview: 0, offer: 0 };
  for (const app of input.applications) {
    const times = stageTimes(app, events.get(app.id) ?? [], interviews.get(app.id) ?? []);
    for (const s of STAGES) if (times[s] !== undefined) counts[s]++;
  }
  return STAGES.map((stage, i) => {
    const previous = i === 0 ? 0 : counts[STAGES[i - 1]!];
    return {
      stage,
      label: STAGE_LABEL[stage],
      count: counts[stage],
      fromPrevious: i === 0 || previous === 0 ? null : counts[stage] / previous,
    };
  });
}
