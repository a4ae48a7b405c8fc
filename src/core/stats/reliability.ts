// How well the outlook has predicted this user's outcomes: predicted ranges against what happened
// (reliability), and the Brier score as outcomes came in. Both read calibrate()'s points, which are the
// model-in-use's out-of-sample predictions.
import type { CalibrationPoint } from "../signals";

export interface ReliabilityBin {
  /** Predicted range of the bin, 0–1. */
  from: number;
  to: number;
  cases: number;
  meanPredicted: number;
  /** Share of those that ended in an offer. */
  offerRate: number;
}

export const BIN_EDGES = [0, 0.15, 0.3, 0.5, 1] as const;

/** Cases grouped by predicted probability; empty bins are left out. */
export function reliabilityBins(points: readonly CalibrationPoint[]): ReliabilityBin[] {
  const bins: ReliabilityBin[] = [];
  for (let i = 0; i < BIN_EDGES.length - 1; i++) {
    const from = BIN_EDGES[i] ?? 0;
    const to = BIN_EDGES[i + 1] ?? 1;
    const last = i === BIN_EDGES.length - 2;
    const inBin = points.filter((p) => p.predicted >= from && (last ? p.predicted <= to : p.predicted < to));
    if (inBin.length === 0) continue;
    bins.push({
      from,
      to,
      cases: inBin.length,
      meanPredicted: inBin.reduce((s, p) => s + p.predicted, 0) / inBin.length,
      offerRate: inBin.filter((p) => p.offer).length / inBin.length,
    });
  }
  return bins;
}

export interface BrierPoint {
  at: number;
  /** Outcomes counted so far. */
  cases: number;
  /** Brier over those outcomes. */
  brier: number;
}

/** Running Brier score, oldest outcome first, from the `from`-th outcome on (too few before says little). */
export function brierOverTime(points: readonly CalibrationPoint[], from = 1): BrierPoint[] {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const out: BrierPoint[] = [];
  let sum = 0;
  sorted.forEach((p, i) => {
    sum += (p.predicted - (p.offer ? 1 : 0)) ** 2;
    if (i + 1 >= from) out.push({ at: p.at, cases: i + 1, brier: sum / (i + 1) });
  });
  return out;
}
