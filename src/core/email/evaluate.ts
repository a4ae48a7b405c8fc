// Precision, recall and F1 per category, macro-F1 over the application categories, and the binary
// "about an application or not" F1. Pure: the eval CLI and the unit test share it.
import type { EmailCategory } from "../types";
import { APPLICATION_CATEGORIES, CATEGORIES, isApplicationCategory } from "./categories";

export interface CategoryScore {
  category: EmailCategory;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  perCategory: CategoryScore[];
  /** Mean F1 over applied … update. */
  macroF1: number;
  /** F1 of "about an application" (applied … update) against job_alert + other. */
  binaryF1: number;
  accuracy: number;
  n: number;
  /** gold → predicted → count */
  confusion: Record<string, Record<string, number>>;
  /**
   * Expected calibration error over 10 equal-width confidence bins: how far, on average, the stated
   * confidence sits from the share of tags that were right. Undefined when no confidences were given.
   */
  ece?: number;
  /**
   * How the "needs review" line splits the tags: below the threshold, and at or above it, how many
   * tags and how many of them right. Given when evaluate() is told the threshold.
   */
  review?: { threshold: number; below: { n: number; right: number }; above: { n: number; right: number } };
}

export interface Judged {
  gold: EmailCategory;
  predicted: EmailCategory;
  /** The classifier's confidence in `predicted`, 0–1. */
  confidence?: number;
}

/** Expected calibration error (10 bins) of the top-label confidence. */
export function expectedCalibrationError(pairs: readonly Judged[], bins = 10): number | undefined {
  const scored = pairs.filter((p) => typeof p.confidence === "number");
  if (scored.length === 0) return undefined;
  const sum = new Array<number>(bins).fill(0);
  const right = new Array<number>(bins).fill(0);
  const count = new Array<number>(bins).fill(0);
  for (const p of scored) {
    const c = Math.min(1, Math.max(0, p.confidence ?? 0));
    const b = Math.min(bins - 1, Math.floor(c * bins));
    sum[b] = (sum[b] ?? 0) + c;
    right[b] = (right[b] ?? 0) + (p.gold === p.predicted ? 1 : 0);
    count[b] = (count[b] ?? 0) + 1;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const n = count[b] ?? 0;
    if (n > 0) ece += (n / scored.length) * Math.abs((right[b] ?? 0) / n - (sum[b] ?? 0) / n);
  }
  return ece;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluate(pairs: readonly Judged[], opts: { reviewAt?: number } = {}): EvalReport {
  const confusion: Record<string, Record<string, number>> = {};
  for (const { gold, predicted } of pairs) {
    const row = confusion[gold] ?? {};
    row[predicted] = (row[predicted] ?? 0) + 1;
    confusion[gold] = row;
  }
  const perCategory = CATEGORIES.map((category) => {
    const tp = pairs.filter((x) => x.gold === category && x.predicted === category).length;
    const predicted = pairs.filter((x) => x.predicted === category).length;
    const support = pairs.filter((x) => x.gold === category).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    return { category, precision, recall, f1: f1(precision, recall), support };
  });
  const app = perCategory.filter((c) => APPLICATION_CATEGORIES.includes(c.category));
  const macroF1 = app.reduce((a, c) => a + c.f1, 0) / Math.max(1, app.length);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted } of pairs) {
    const g = isApplicationCategory(gold);
    const p = isApplicationCategory(predicted);
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  const bp = tp + fp ? tp / (tp + fp) : 0;
  const br = tp + fn ? tp / (tp + fn) : 0;
  const correct = pairs.filter((x) => x.gold === x.predicted).length;
  return {
    perCategory,
    macroF1,
    binaryF1: f1(bp, br),
    accuracy: pairs.length ? correct / pairs.length : 0,
    n: pairs.length,
    confusion,
    ece: expectedCalibrationError(pairs),
    ...(opts.reviewAt === undefined ? {} : { review: reviewSplit(pairs, opts.reviewAt) }),
  };
}

function reviewSplit(pairs: readonly Judged[], threshold: number): NonNullable<EvalReport["review"]> {
  const below = { n: 0, right: 0 };
  const above = { n: 0, right: 0 };
  for (const p of pairs) {
    if (typeof p.confidence !== "number") continue;
    const side = p.confidence < threshold ? below : above;
    side.n++;
    if (p.gold === p.predicted) side.right++;
  }
  return { threshold, below, above };
}

export function formatReport(r: EvalReport): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = ["category      precision  recall  f1     support"];
  for (const c of r.perCategory) {
    lines.push(
      `${c.category.padEnd(13)} ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}  ${pct(c.f1)}  ${String(c.support).padStart(7)}`,
    );
  }
  lines.push("");
  lines.push(`macro-F1 (applied … update): ${pct(r.macroF1)}`);
  lines.push(`binary F1 (about an application or not): ${pct(r.binaryF1)}`);
  lines.push(`accuracy: ${pct(r.accuracy)} over ${r.n} emails`);
  if (r.ece !== undefined) lines.push(`expected calibration error (10 bins): ${pct(r.ece)}`);
  if (r.review) {
    const share = (s: { n: number; right: number }) =>
      `${s.right}/${s.n} right (${pct(s.n ? s.right / s.n : 0)})`;
    lines.push(
      `below the review threshold ${r.review.threshold}: ${share(r.review.below)}; at or above it: ${share(r.review.above)}`,
    );
  }
  lines.push("", "confusion (rows: label, columns: tag)");
  const short = CATEGORIES.map((c) => c.slice(0, 5).padStart(6));
  lines.push(`${"".padEnd(13)}${short.join("")}`);
  for (const gold of CATEGORIES) {
    const row = r.confusion[gold] ?? {};
    if (Object.keys(row).length === 0) continue;
    lines.push(`${gold.padEnd(13)}${CATEGORIES.map((c) => String(row[c] ?? "·").padStart(6)).join("")}`);
  }
  return lines.join("\n");
}
