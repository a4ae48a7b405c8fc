// A small multinomial naive Bayes over binary word and word-pair features, stacked with the
// logistic regression (model.ts): from few emails it says more about rare words than the regression
// dares to. Counts are kept sparse to keep the bundle small; train.ts writes them, classify.ts reads.

export interface BayesModel {
  /** Training documents per class. */
  docs: number[];
  /** feature → "classIndex:count classIndex:count …" (documents of that class with the feature). */
  terms: Record<string, string>;
  alpha: number;
}

export interface LoadedBayes {
  /** feature → log P(feature | class), per class. */
  logLik: Map<string, Float64Array>;
}

export function loadBayes(model: BayesModel, k: number): LoadedBayes {
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
  for (const [term, counts] of parsed) {
    logLik.set(
      term,
      Float64Array.from(counts, (n, i) => Math.log(n + model.alpha) - (denom[i] ?? 0)),
    );
  }
  return { logLik };
}

/**
 * Per class, log P(features | class) with a flat prior (the corpus balance is ours, not the
 * mailbox's), shifted so the best class is 0, and how many features the model knew.
 */
export function scoreBayes(
  m: LoadedBayes,
  features: readonly string[],
  k: number,
): { logScores: number[]; known: number } {
  const scores = new Array<number>(k).fill(0);
  let known = 0;
  for (const f of features) {
    const ll = m.logLik.get(f);
    if (!ll) continue;
    known++;
    for (let i = 0; i < k; i++) scores[i] = (scores[i] ?? 0) + (ll[i] ?? 0);
  }
  const max = Math.max(...scores);
  return { logScores: scores.map((s) => s - max), known };
}

/** `rows`: each training email's word features and class; `vocab`: the features to keep. */
export function trainBayes(
  rows: readonly { names: readonly string[]; y: number }[],
  vocab: readonly string[],
  k: number,
  alpha: number,
): BayesModel {
  const keep = new Set(vocab);
  const docs = new Array<number>(k).fill(0);
  const counts = new Map<string, number[]>();
  for (const { names, y } of rows) {
    docs[y] = (docs[y] ?? 0) + 1;
    for (const f of names) {
      if (!keep.has(f)) continue;
      let row = counts.get(f);
      if (!row) {
        row = new Array<number>(k).fill(0);
        counts.set(f, row);
      }
      row[y] = (row[y] ?? 0) + 1;
    }
  }
  const terms: Record<string, string> = {};
  for (const f of [...counts.keys()].sort()) {
    terms[f] = (counts.get(f) ?? [])
      .map((c, i) => (c > 0 ? `${i}:${c}` : ""))
      .filter(Boolean)
      .join(" ");
  }
  return { docs, terms, alpha };
}
