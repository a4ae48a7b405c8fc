// Fitting the softmax temperature that turns the classifier's logits into confidences (Tuning
// .calibration in classify.ts): the temperature whose held-out tags have the lowest expected
// calibration error. A temperature changes how sure a tag says it is, never which tag wins. Pure:
// the leave-one-source-out CLI (--fit-calibration) and the unit test share it.
import { expectedCalibrationError, type Judged } from "./evaluate";

export interface CalibrationFit {
  temperature: number;
  ece: number;
  /** Every temperature tried, with its ECE, in the order given. */
  table: { temperature: number; ece: number }[];
}

/**
 * `judged(t)`: the held-out tags with their confidences at temperature t. Ties go to the
 * temperature nearest 1 (the model as trained), then to the lower one.
 */
export function fitCalibration(
  temperatures: readonly number[],
  judged: (t: number) => readonly Judged[],
): CalibrationFit {
  const table = temperatures.map((temperature) => ({
    temperature,
    ece: expectedCalibrationError(judged(temperature)) ?? 0,
  }));
  const best = [...table].sort(
    (a, b) =>
      a.ece - b.ece ||
      Math.abs(Math.log(a.temperature)) - Math.abs(Math.log(b.temperature)) ||
      a.temperature - b.temperature,
  )[0] ?? { temperature: 1, ece: 0 };
  return { temperature: best.temperature, ece: best.ece, table };
}

/** The softmax probabilities of `logits` at temperature `t`. */
export function softmax(logits: readonly number[], t = 1): number[] {
  const top = Math.max(...logits);
  const e = logits.map((l) => Math.exp((l - top) / t));
  const sum = e.reduce((a, x) => a + x, 0);
  return e.map((x) => x / sum);
}

/**
 * A confidence moved along a line on the log-odds scale (Platt scaling of the top tag's share):
 * slope below 1 pulls sure and unsure tags towards the middle, shift moves them all. Only the
 * confidence changes, never the tag. Slope 1 and shift 0 leave it as it is.
 */
export function mapConfidence(p: number, slope: number, shift: number): number {
  if (slope === 1 && shift === 0) return p;
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return 1 / (1 + Math.exp(-(slope * Math.log(q / (1 - q)) + shift)));
}

export interface ConfidenceMapFit {
  slope: number;
  shift: number;
  /** The ECE of the held-out tags before and after the map. */
  eceBefore: number;
  ece: number;
}

/**
 * The slope and shift whose mapped confidences best predict which held-out tags are right (lowest
 * mean log loss of right/wrong, on a grid: slope 0.3–1.5, shift −1–1.5, steps of 0.05). The log loss
 * rather than the binned ECE is fitted, as it has no bin edges to overfit; both ECEs are reported.
 */
export function fitConfidenceMap(judged: readonly Judged[]): ConfidenceMapFit {
  const scored = judged.filter((j) => typeof j.confidence === "number");
  const loss = (slope: number, shift: number) => {
    let sum = 0;
    for (const j of scored) {
      const p = Math.min(1 - 1e-6, Math.max(1e-6, mapConfidence(j.confidence ?? 0, slope, shift)));
      sum -= Math.log(j.gold === j.predicted ? p : 1 - p);
    }
    return sum;
  };
  let best = { slope: 1, shift: 0, loss: loss(1, 0) };
  for (let a = 6; a <= 30; a++) {
    for (let b = -20; b <= 30; b++) {
      const slope = a / 20;
      const shift = b / 20;
      const l = loss(slope, shift);
      if (l < best.loss - 1e-9) best = { slope, shift, loss: l };
    }
  }
  const mapped = scored.map((j) => ({
    ...j,
    confidence: mapConfidence(j.confidence ?? 0, best.slope, best.shift),
  }));
  return {
    slope: best.slope,
    shift: best.shift,
    eceBefore: expectedCalibrationError(scored) ?? 0,
    ece: expectedCalibrationError(mapped) ?? 0,
  };
}
