// A small multinomial naive Bayes over binary word and word-pair features. The model object is
// plain JSON (written by train.ts at build time); counts are kept sparse to keep the bundle small.
import type { EmailCategory } from "../types";

export interface EmailModel {
  version: 1;
  classes: EmailCategory[];
  /** Training documents per class. */
  docs: number[];
  /** feature → "classIndex:count classIndex:count …" (documents of that class with the feature). */
  terms: Record<string, string>;
  alpha: number;
}

export interface LoadedModel {
  classes: EmailCategory[];
  logPrior: number[];
  /** feature → log P(feature | class), per class. */
  logLik: Map<string, Float64Array>;
  /** log P(unseen-in-class feature | class). */
  logUnseen: Float64Array;
  /** feature → training documents that had it (all classes). */
  df: Map<string, number>;
}

export function loadModel(model: EmailModel): LoadedModel {
  const k = model.classes.length;
  const totals = new Float64Array(k);
  const parsed = new Map<string, Float64Array>();
  for (const [term, enc] of Object.entries(model.terms)) {
    const counts = new Float64Array(k);
    for (const pair of enc.split(" ")) {
      const [c, n] = pair.split(":");
      const ci = Number(c);
      if (ci >= 0 && ci < k) counts[ci] = Number(n) || 0;
    }
    for (let i = 0; i < k; i++) totals[i] = (totals[i] ?? 0) + (counts[i] ?? 0);
    parsed.set(term, counts);
  }
  const v = parsed.size;
  const denom = Array.from(totals, (t) => Math.log(t + model.alpha * v));
  const logLik = new Map<string, Float64Array>();
  const df = new Map<string, number>();
  for (const [term, counts] of parsed) {
    df.set(
      term,
      counts.reduce((a, n) => a + n, 0),
    );
    logLik.set(
      term,
      Float64Array.from(counts, (n, i) => Math.log(n + model.alpha) - (denom[i] ?? 0)),
    );
  }
  return {
    classes: model.classes,
    // A flat prior: the corpus balance is ours, not the mailbox's.
    logPrior: model.docs.map(() => -Math.log(Math.max(1, model.docs.length))),
    logLik,
    logUnseen: Float64Array.from(denom, (d) => Math.log(model.alpha) - d),
    df,
  };
}

/** How specific a feature is to the emails that have it, 0–1: features rare in training score high. */
export function specificity(m: LoadedModel, feature: string): number {
  return 1 / (1 + Math.log1p(m.df.get(feature) ?? 0));
}

export interface ModelScore {
  /** Per class, log P(class | features) up to a constant. */
  logScores: number[];
  /** Features found in the vocabulary. */
  used: string[];
}

export function scoreModel(m: LoadedModel, features: readonly string[]): ModelScore {
  const scores = [...m.logPrior];
  const used: string[] = [];
  for (const f of features) {
    const ll = m.logLik.get(f);
    if (!ll) continue;
    used.push(f);
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) + (ll[i] ?? 0);
  }
  return { logScores: scores, used };
}

/** The features that most favour class `ci` over the runner-up: the model's "why". */
export function topFeatures(
  m: LoadedModel,
  used: readonly string[],
  ci: number,
  other: number,
  n: number,
): string[] {
  const strong: { f: string; d: number }[] = [];
  for (const f of used) {
    const ll = m.logLik.get(f);
    const d = ll ? (ll[ci] ?? 0) - (ll[other] ?? 0) : 0;
    if (d > 0.5) strong.push({ f, d });
  }
  return strong
    .sort((a, b) => b.d - a.d || (a.f < b.f ? -1 : 1))
    .slice(0, n)
    .map((x) => x.f);
}
