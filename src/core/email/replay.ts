// Replaying a stream of mail with corrections, to measure what the user's corrections buy: each email
// is tagged by the shipped model alone and by the shipped model plus the personal model learnt so
// far; when the personal tag is wrong the user corrects it and the personal model learns. Pure: the
// unit test (tests/unit/core/email/personal.test.ts) and any report share it.
import type { EmailCategory } from "../types";

export interface ReplayStep {
  id: string;
  /** What counts as "the same kind of email" (e.g. the same sender's same kind of message). */
  kind: string;
  shippedRight: boolean;
  personalRight: boolean;
  /** An earlier email of this kind had been corrected when this one arrived. */
  kindCorrected: boolean;
}

export interface Replayer<E, M> {
  shipped: (email: E) => EmailCategory;
  personal: (email: E, model: M) => EmailCategory;
  learn: (model: M, email: E, wrong: EmailCategory, right: EmailCategory) => M;
  kindOf: (email: E) => string;
}

export function replayCorrections<E extends { id: string; label: EmailCategory }, M>(
  stream: readonly E[],
  start: M,
  r: Replayer<E, M>,
): ReplayStep[] {
  let model = start;
  const corrected = new Set<string>();
  return stream.map((e) => {
    const kind = r.kindOf(e);
    const mine = r.personal(e, model);
    const step = {
      id: e.id,
      kind,
      shippedRight: r.shipped(e) === e.label,
      personalRight: mine === e.label,
      kindCorrected: corrected.has(kind),
    };
    if (mine !== e.label) {
      model = r.learn(model, e, mine, e.label); // the user fixes the chip
      corrected.add(kind);
    }
    return step;
  });
}

export interface PairedComparison {
  emails: number;
  errorsWithout: number;
  errorsWith: number;
  /** Wrong without the personal model, right with it. */
  fixed: number;
  /** Right without, wrong with. */
  broken: number;
  /**
   * One-sided exact sign test (McNemar) on the emails the two disagree on: the chance of at least
   * `fixed` of the `fixed + broken` going the personal model's way if learning were a coin toss.
   */
  p: number;
}

export function compareSteps(steps: readonly ReplayStep[]): PairedComparison {
  let fixed = 0;
  let broken = 0;
  let errorsWithout = 0;
  let errorsWith = 0;
  for (const s of steps) {
    if (!s.shippedRight) errorsWithout++;
    if (!s.personalRight) errorsWith++;
    if (!s.shippedRight && s.personalRight) fixed++;
    if (s.shippedRight && !s.personalRight) broken++;
  }
  return { emails: steps.length, errorsWithout, errorsWith, fixed, broken, p: signTest(fixed, broken) };
}

/** P(X ≥ wins) for X ~ Binomial(wins + losses, ½); 1 when there is nothing to compare. */
export function signTest(wins: number, losses: number): number {
  const n = wins + losses;
  let term = 0.5 ** n; // P(X = n)
  let tail = 0;
  for (let k = n; k >= wins; k--) {
    tail += term;
    term = (term * k) / (n - k + 1); // P(X = k - 1) from P(X = k)
  }
  return Math.min(1, tail);
}
