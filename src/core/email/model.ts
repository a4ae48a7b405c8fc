// The shipped model: multinomial logistic regression over the features of features.ts, one weight
// per feature and category. The model object is plain JSON (written by train.ts at build time):
// weights are stored as small integers and only where they are not zero, to keep the bundle small.
import type { EmailCategory } from "../types";
import { type BayesModel, type LoadedBayes, loadBayes } from "./bayes";

export interface EmailModel {
  version: 2;
  classes: EmailCategory[];
  /** Per class, the intercept. */
  bias: number[];
  /** A stored integer q stands for the weight q / scale. */
  scale: number;
  /** feature → "df classIndex:q classIndex:q …": training documents with it, then its weights. */
  terms: Record<string, string>;
  /** The naive Bayes stacked with it, when trained with one. */
  bayes?: BayesModel;
}

export interface LoadedModel {
  classes: EmailCategory[];
  bias: Float64Array;
  /** feature → weight per class. */
  weights: Map<string, Float64Array>;
  /** feature → training documents that had it (all classes). */
  df: Map<string, number>;
  bayes?: LoadedBayes;
}

export function loadModel(model: EmailModel): LoadedModel {
  const k = model.classes.length;
  const weights = new Map<string, Float64Array>();
  const df = new Map<string, number>();
  const scale = model.scale > 0 ? model.scale : 1;
  for (const [term, enc] of Object.entries(model.terms)) {
    const parts = enc.split(" ");
    df.set(term, Number(parts[0]) || 0);
    const row = new Float64Array(k);
    for (let j = 1; j < parts.length; j++) {
      const [c, q] = (parts[j] ?? "").split(":");
      const ci = Number(c);
      if (ci >= 0 && ci < k) row[ci] = (Number(q) || 0) / scale;
    }
    weights.set(term, row);
  }
  return {
    classes: model.classes,
    bias: Float64Array.from(model.classes, (_, i) => model.bias[i] ?? 0),
    weights,
    df,
    ...(model.bayes ? { bayes: loadBayes(model.bayes, k) } : {}),
  };
}

/** How specific a feature is to the emails that have it, 0–1: features rare in training score high. */
export function specificity(m: LoadedModel, feature: string): number {
  return 1 / (1 + Math.log1p(m.df.get(feature) ?? 0));
}

export interface ModelScore {
  /** Per class, the logit. */
  logScores: number[];
  /** Features found in the model, and their values. */
  used: string[];
  usedValues: number[];
}

/** `values[i]` is the value of `features[i]` (1 when left out). */
export function scoreModel(
  m: LoadedModel,
  features: readonly string[],
  values?: readonly number[],
): ModelScore {
  const scores = Array.from(m.bias);
  const used: string[] = [];
  const usedValues: number[] = [];
  for (let j = 0; j < features.length; j++) {
    const f = features[j] ?? "";
    const w = m.weights.get(f);
    if (!w) continue;
    const v = values?.[j] ?? 1;
    used.push(f);
    usedValues.push(v);
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) + (w[i] ?? 0) * v;
  }
  return { logScores: scores, used, usedValues };
}

/**
 * The features that most favour class `ci` over the runner-up `other` in this email: the model's
 * "why". `keep` leaves out features that are explained otherwise (the rules' own scores).
 */
export function topFeatures(
  m: LoadedModel,
  s: Pick<ModelScore, "used" | "usedValues">,
  ci: number,
  other: number,
  n: number,
  keep: (feature: string) => boolean = () => true,
): string[] {
  const strong: { f: string; d: number }[] = [];
  s.used.forEach((f, j) => {
    if (!keep(f)) return;
    const w = m.weights.get(f);
    const d = w ? ((w[ci] ?? 0) - (ci === other ? 0 : (w[other] ?? 0))) * (s.usedValues[j] ?? 1) : 0;
    if (d > 0.1) strong.push({ f, d });
  });
  return strong
    .sort((a, b) => b.d - a.d || (a.f < b.f ? -1 : 1))
    .slice(0, n)
    .map((x) => x.f);
}
