// Pure training: labelled emails in, the logistic-regression model of model.ts out. Run at build time
// by src/cli/train-emails.ts; deterministic (no randomness, stable ordering everywhere).
import type { EmailCategory } from "../types";
import { trainBayes } from "./bayes";
import { CATEGORIES } from "./categories";
import { type FeatureVector, modelFeatures } from "./features";
import { fitSoftmax, type SparseRow } from "./logreg";
import type { EmailModel } from "./model";
import { type EmailInput, prepare } from "./prepare";
import { ruleScores } from "./rule-scores";
import { isStandIn } from "./stand-ins";

export interface LabelledEmail extends EmailInput {
  id?: string;
  label: EmailCategory;
  /** Where a real email came from; the written corpus has none. */
  source?: string;
}

export interface TrainOptions {
  /** Word features kept after ranking by chi-square (rule and hint features are always kept). */
  maxTerms: number;
  /** A word feature must appear in at least this many training documents. */
  minDocs: number;
  /** L2 penalty on the weights. */
  l2: number;
  /** Weight of a real email (one with a source) against a written one in the loss. */
  realWeight: number;
  /** 1: every class weighs the same in the loss, whatever its count; 0: every email does. */
  balance: number;
  /** 1: fit an intercept per class; 0: a flat prior (every intercept 0). */
  bias: number;
  /** Word features the stacked naive Bayes keeps (the top of the same chi-square ranking); 0: none. */
  bayesTerms: number;
  /** The naive Bayes's additive smoothing. */
  alpha: number;
  /** Optimiser steps at most. */
  maxIter: number;
  /** Weights are stored as round(w · scale) / scale; smaller ones are dropped. */
  scale: number;
  /**
   * Share of each email's weight given to a copy of it without the rule features (rule:…), so the
   * word and shape weights learn to tag mail that no phrase rule was written for: the rules were
   * written while reading the training mail, and fire on it far more often than on mail from new
   * senders. 0: no copies.
   */
  ruleDrop: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  maxTerms: 3000,
  minDocs: 5,
  l2: 3e-3,
  realWeight: 2,
  balance: 1,
  bias: 0,
  bayesTerms: 1500,
  alpha: 0.5,
  maxIter: 150,
  scale: 25,
  ruleDrop: 0.4,
};

/** Vectors of emails already seen, so cross-validation prepares each email once for all its folds. */
export type VectorCache = WeakMap<LabelledEmail, FeatureVector>;

export function vectorOf(e: EmailInput): FeatureVector {
  const p = prepare(e);
  return modelFeatures(p, ruleScores(p));
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isWord = (f: string) => !f.startsWith("rule:") && !f.startsWith("h:");

export function trainModel(
  examples: readonly LabelledEmail[],
  opts: Partial<TrainOptions> = {},
  cache?: VectorCache,
): EmailModel {
  const o = { ...DEFAULT_TRAIN, ...opts };
  const classes = [...CATEGORIES];
  const k = classes.length;
  const docs = new Array<number>(k).fill(0);
  const rows: { v: FeatureVector; y: number; real: boolean }[] = [];
  const counts = new Map<string, number[]>();
  for (const ex of examples) {
    const y = classes.indexOf(ex.label);
    if (y < 0) continue;
    let v = cache?.get(ex);
    if (!v) {
      v = vectorOf(ex);
      cache?.set(ex, v);
    }
    docs[y] = (docs[y] ?? 0) + 1;
    rows.push({ v, y, real: ex.source !== undefined });
    for (const f of v.names) {
      let row = counts.get(f);
      if (!row) {
        row = new Array<number>(k).fill(0);
        counts.set(f, row);
      }
      row[y] = (row[y] ?? 0) + 1;
    }
  }
  const { fixed, ranked } = chooseVocabulary(counts, docs, o);
  const vocab = [...fixed, ...ranked.slice(0, o.maxTerms)].sort(byName);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const sparse: SparseRow[] = rows.flatMap(({ v, y, real }) => {
    const idx: number[] = [];
    const val: number[] = [];
    const kept: number[] = [];
    v.names.forEach((f, j) => {
      const i = index.get(f);
      if (i === undefined) return;
      if (!f.startsWith("rule:")) kept.push(idx.length);
      idx.push(i);
      val.push(v.values[j] ?? 1);
    });
    const w = real ? o.realWeight : 1;
    const full = { idx: Int32Array.from(idx), val: Float64Array.from(val), y, w: w * (1 - o.ruleDrop) };
    if (o.ruleDrop <= 0) return [full];
    const blind = {
      idx: Int32Array.from(kept, (j) => idx[j] ?? 0),
      val: Float64Array.from(kept, (j) => val[j] ?? 1),
      y,
      w: w * o.ruleDrop,
    };
    return o.ruleDrop >= 1 ? [blind] : [full, blind];
  });
  // Class balance on the weighted counts: with balance 1 every class that has emails weighs the same.
  const mass = new Array<number>(k).fill(0);
  for (const r of sparse) mass[r.y] = (mass[r.y] ?? 0) + r.w;
  const total = mass.reduce((a, b) => a + b, 0);
  const present = mass.filter((x) => x > 0).length || 1;
  for (const r of sparse) {
    const balanced = total / (present * Math.max(1e-9, mass[r.y] ?? 0));
    r.w *= 1 - o.balance + o.balance * balanced;
  }
  const fit = fitSoftmax(sparse, vocab.length, k, { l2: o.l2, maxIter: o.maxIter, bias: o.bias > 0 });
  const terms: Record<string, string> = {};
  vocab.forEach((f, i) => {
    const w = Array.from({ length: k }, (_, c) => fit.weights[i * k + c] ?? 0);
    // Adding the same amount to a feature's weight in every class changes no probability: centre
    // each row on its median so most weights round to zero and need not be stored.
    const mid = [...w].sort((a, b) => a - b)[Math.floor(k / 2)] ?? 0;
    const q = w.map((x) => Math.round((x - mid) * o.scale));
    const enc = q.map((x, c) => (x !== 0 ? `${c}:${x}` : "")).filter(Boolean);
    if (enc.length === 0) return;
    const df = (counts.get(f) ?? []).reduce((a, b) => a + b, 0);
    terms[f] = [String(df), ...enc].join(" ");
  });
  const model: EmailModel = {
    version: 2,
    classes,
    bias: Array.from(fit.bias, (b) => Math.round(b * 1000) / 1000),
    scale: o.scale,
    terms,
  };
  if (o.bayesTerms > 0) {
    const words = rows.map(({ v, y }) => ({ names: v.names.filter(isWord), y }));
    model.bayes = trainBayes(words, ranked.slice(0, o.bayesTerms), k, o.alpha);
  }
  return model;
}

/** Rule and hint features, and the word features most tied to one class by chi-square. */
function chooseVocabulary(
  counts: Map<string, number[]>,
  docs: readonly number[],
  o: TrainOptions,
): { fixed: string[]; ranked: string[] } {
  const k = docs.length;
  const n = docs.reduce((a, b) => a + b, 0) || 1;
  const fixed: string[] = [];
  const ranked: { f: string; chi: number }[] = [];
  for (const [f, row] of counts) {
    if (isStandIn(f)) continue;
    const df = row.reduce((a, b) => a + b, 0);
    if (!isWord(f)) {
      fixed.push(f);
      continue;
    }
    if (df < o.minDocs) continue;
    let best = 0;
    for (let i = 0; i < k; i++) {
      const a = row[i] ?? 0; // in class, has feature
      const b = df - a; // other classes, has feature
      const c = (docs[i] ?? 0) - a; // in class, lacks it
      const d = n - df - c; // other classes, lacks it
      const den = (a + c) * (b + d) * (a + b) * (c + d);
      const chi = den > 0 ? (n * (a * d - b * c) ** 2) / den : 0;
      if (chi > best) best = chi;
    }
    ranked.push({ f, chi: best });
  }
  ranked.sort((x, y) => y.chi - x.chi || byName(x.f, y.f));
  return { fixed, ranked: ranked.map((r) => r.f) };
}
