// Pure training: labelled emails in, a small naive-Bayes model out. Run at build time by
// src/cli/train-emails.ts; deterministic (no randomness, stable ordering everywhere).
import type { EmailCategory } from "../types";
import { CATEGORIES } from "./categories";
import type { EmailModel } from "./model";
import { type EmailInput, prepare } from "./prepare";

export interface LabelledEmail extends EmailInput {
  id?: string;
  label: EmailCategory;
  /** Where a real email came from; the written corpus has none. */
  source?: string;
}

export interface TrainOptions {
  /** Vocabulary kept after ranking by chi-square. */
  maxTerms?: number;
  /** A feature must appear in at least this many documents. */
  minDocs?: number;
  alpha?: number;
}

export const DEFAULT_TRAIN: Required<TrainOptions> = { maxTerms: 5000, minDocs: 3, alpha: 0.5 };

export function trainModel(examples: readonly LabelledEmail[], opts: TrainOptions = {}): EmailModel {
  const { maxTerms, minDocs, alpha } = { ...DEFAULT_TRAIN, ...opts };
  const classes = [...CATEGORIES];
  const k = classes.length;
  const docs = new Array<number>(k).fill(0);
  const counts = new Map<string, number[]>();
  for (const ex of examples) {
    const ci = classes.indexOf(ex.label);
    if (ci < 0) continue;
    docs[ci] = (docs[ci] ?? 0) + 1;
    for (const f of prepare(ex).features) {
      let row = counts.get(f);
      if (!row) {
        row = new Array<number>(k).fill(0);
        counts.set(f, row);
      }
      row[ci] = (row[ci] ?? 0) + 1;
    }
  }
  const n = docs.reduce((a, b) => a + b, 0) || 1;
  const ranked: { f: string; chi: number }[] = [];
  for (const [f, row] of counts) {
    const df = row.reduce((a, b) => a + b, 0);
    if (df < minDocs) continue;
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
  ranked.sort((x, y) => y.chi - x.chi || (x.f < y.f ? -1 : x.f > y.f ? 1 : 0));
  const terms: Record<string, string> = {};
  for (const { f } of ranked.slice(0, maxTerms).sort((x, y) => (x.f < y.f ? -1 : x.f > y.f ? 1 : 0))) {
    const row = counts.get(f) ?? [];
    terms[f] = row
      .map((c, i) => (c > 0 ? `${i}:${c}` : ""))
      .filter(Boolean)
      .join(" ");
  }
  return { version: 1, classes, docs, terms, alpha };
}
