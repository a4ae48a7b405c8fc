// When an application reached each stage of the funnel. Stages only count forward: an offer means it
// was applied to and interviewed for, even when the user skipped logging those steps.
import type { Application, Interview, TimelineEvent } from "../types";

export type Stage = "saved" | "applied" | "interview" | "offer";
export const STAGES: readonly Stage[] = ["saved", "applied", "interview", "offer"];

export type StageTimes = Partial<Record<Stage, number>>;

const RANK: Record<Stage, number> = { saved: 0, applied: 1, interview: 2, offer: 3 };

/** The stage an event proves, if any. Rejections and withdrawals prove an application was sent. */
function stageOf(e: TimelineEvent): Stage | null {
  switch (e.kind) {
    case "saved":
      return "saved";
    case "applied":
    case "rejection":
    case "withdrawn":
      return "applied";
    case "interview":
    case "signals":
      return "interview";
    case "offer":
      return "offer";
    case "email":
      if (e.category === "offer") return "offer";
      if (e.category === "interview" || e.category === "assessment" || e.category === "references")
        return "interview";
      if (e.category === "applied" || e.category === "rejected") return "applied";
      return null;
    case "status":
      if (e.to === "offer") return "offer";
      if (e.to === "interviewing") return "interview";
      if (e.to === "saved") return "saved";
      return "applied";
    default:
      return null;
  }
}

/** The cached status as a last resort (imported rows may have no events). */
function stageOfStatus(status: Application["status"]): Stage {
  if (status === "offer") return "offer";
  if (status === "interviewing") return "interview";
  if (status === "saved") return "saved";
  return "applied";
}

export function stageTimes(
  app: Application,
  events: readonly TimelineEvent[],
  interviews: readonly Interview[] = [],
): StageTimes {
  const times: StageTimes = { saved: app.createdAt };
  const reach = (stage: Stage, at: number) => {
    // Reaching a stage reaches every earlier one, no later than now.
    for (const s of STAGES) {
      if (RANK[s] > RANK[stage]) break;
      const known = times[s];
      if (known === undefined || (s !== "saved" && at < known)) times[s] = at;
    }
  };
  for (const e of events) {
    const stage = stageOf(e);
    if (stage) reach(stage, e.at);
  }
  for (const i of interviews) reach("interview", i.at);
  const cached = stageOfStatus(app.status);
  if (times[cached] === undefined) reach(cached, app.updatedAt);
  return times;
}
