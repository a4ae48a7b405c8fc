// The outlook as a range, and how it compares with the stage. In log-odds:
//
//   middle = logit(stage rate) + model shift + Σ contribution
//   low    = logit(stage low)  + model shift + Σ contribution − U × Σ |contribution|
//   high   = logit(stage high) + model shift + Σ contribution + U × Σ |contribution|
//
// The published figures disagree (stage low–high), and a sign's weight is read from the seeds' wording,
// not measured: each could be half or one and a half times what it is (U = 0.5). So the range never
// narrows below what the sources support, and widens with every sign whose size is a guess. Signs across
// groups still share one interviewer's mood, so the ends stay within FLOOR–CEILING.
import type { StageBaseRate } from "./base-rates";

export const WEIGHT_UNCERTAINTY = 0.5;
export const FLOOR = 0.02;
export const CEILING = 0.9;

export interface ProbabilityRange {
  /** 0–1. */
  low: number;
  middle: number;
  high: number;
}

export type Comparison = "better" | "usual" | "worse";

export const logit = (p: number) => Math.log(p / (1 - p));
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const clamp = (p: number) => Math.min(CEILING, Math.max(FLOOR, p));

export function outlookRange(
  base: Pick<StageBaseRate, "rate" | "low" | "high">,
  shift: number,
  contributions: readonly number[],
): ProbabilityRange {
  const sum = contributions.reduce((s, c) => s + c, 0);
  const spread = WEIGHT_UNCERTAINTY * contributions.reduce((s, c) => s + Math.abs(c), 0);
  return {
    low: clamp(sigmoid(logit(base.low) + shift + sum - spread)),
    middle: clamp(sigmoid(logit(base.rate) + shift + sum)),
    high: clamp(sigmoid(logit(base.high) + shift + sum + spread)),
  };
}

/** Better than most at this stage when the middle is above the stage's published spread. */
export function compareWithStage(
  range: ProbabilityRange,
  base: Pick<StageBaseRate, "low" | "high">,
): Comparison {
  if (range.middle > base.high) return "better";
  if (range.middle < base.low) return "worse";
  return "usual";
}

export const COMPARISON_TEXT: Record<Comparison, string> = {
  better: "better than most at this stage",
  usual: "about usual for this stage",
  worse: "below most at this stage",
};

export const percent = (p: number) => Math.round(p * 100);

/** "30–45 %" (or "30 %" when both ends round alike). */
export function rangeText(r: { low: number; high: number }): string {
  const lo = percent(r.low);
  const hi = percent(r.high);
  return lo === hi ? `${lo} %` : `${lo}–${hi} %`;
}
