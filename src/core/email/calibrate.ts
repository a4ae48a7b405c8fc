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
