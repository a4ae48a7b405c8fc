// Which model scored the outlook, said in plain words on the card.
import type { OutlookModel } from "./evidence";

/** What calibration concluded on the user's history (a plain summary, storable in settings). */
export interface HistorySummary {
  cases: number;
  eligible: boolean;
  usePersonal: boolean;
  brierPersonal: number | null;
  brierDefault: number | null;
}

export interface OutlookModelInfo {
  kind: OutlookModel["kind"];
  /** Finished interviews the personal model was fitted on, when it is in use. */
  cases: number | null;
  brierPersonal: number | null;
  brierDefault: number | null;
  text: string;
}

/** Finished interviews needed before a personal model is fitted at all. */
export const MIN_CASES = 8;

const b = (n: number) => n.toFixed(2);

export function modelInfo(model: OutlookModel, history: HistorySummary | undefined): OutlookModelInfo {
  if (model.kind === "personal" && model.fit) {
    const { cases, brierPersonal, brierDefault } = model.fit;
    return {
      kind: "personal",
      cases,
      brierPersonal,
      brierDefault,
      text: `Using your history: ${cases} interviews, Brier ${b(brierPersonal)} vs ${b(brierDefault)} for the general model.`,
    };
  }
  const base = { kind: "default" as const, cases: null, brierPersonal: null, brierDefault: null };
  if (history?.eligible && history.brierPersonal !== null && history.brierDefault !== null) {
    return {
      ...base,
      text: `General model in use: on your ${history.cases} finished interviews it predicts better than one fitted to you (Brier ${b(history.brierDefault)} vs ${b(history.brierPersonal)}).`,
    };
  }
  const have = history?.cases ?? 0;
  return {
    ...base,
    text: `General model in use: your own history counts from ${MIN_CASES} finished interviews (you have ${have}).`,
  };
}
