// The user's own small model beside the shipped one: what their corrections in the chip taught it.
// A sparse linear correction on the email's features, learnt online with the passive-aggressive rule
// (Crammer et al., 2006): each correction moves just enough weight from the wrong tag to the right one
// that this email would now get the right tag, spread over its most specific features, so the next
// email of the same kind (same phrasing, same kind of sender) moves too and unrelated mail barely
// does. Plain JSON, so the background keeps it in the settings table; bounded in size.
import type { EmailCategory } from "../types";
import { CATEGORIES, isCategory } from "./categories";

export interface PersonalModel {
  version: 1;
  /** feature → category → weight (log-odds added to the shipped model's logits). */
  weights: Record<string, Partial<Record<EmailCategory, number>>>;
  /** Corrections learnt so far. */
  corrections: number;
}

/** Features a correction spreads over: the most specific ones of the email. */
export const FEATURES_PER_CORRECTION = 40;
/** The most features kept; past this the smallest weights go first. */
export const MAX_FEATURES = 4000;
/** After a correction, the corrected email's right tag leads the wrong one by this many log-odds. */
export const TARGET_MARGIN = 3;
/** One correction moves the margin by at most this much (a guard against a single odd email). */
const MAX_STEP = 30;

export function emptyPersonalModel(): PersonalModel {
  return { version: 1, weights: {}, corrections: 0 };
}

/** Reads a stored value, or an empty model when it is missing or not one (never throws). */
export function asPersonalModel(value: unknown): PersonalModel {
  if (!value || typeof value !== "object") return emptyPersonalModel();
  const v = value as Partial<PersonalModel>;
  if (v.version !== 1 || !v.weights || typeof v.weights !== "object") return emptyPersonalModel();
  const weights: PersonalModel["weights"] = {};
  for (const [f, row] of Object.entries(v.weights)) {
    if (!row || typeof row !== "object") continue;
    const clean: Partial<Record<EmailCategory, number>> = {};
    for (const [c, w] of Object.entries(row)) {
      if (isCategory(c) && typeof w === "number" && Number.isFinite(w)) clean[c] = w;
    }
    weights[f] = clean;
  }
  return { version: 1, weights, corrections: typeof v.corrections === "number" ? v.corrections : 0 };
}

/** The personal log-odds per category for an email's features, and the features that gave them. */
export function personalScores(
  pm: PersonalModel | undefined,
  features: readonly string[],
): { scores: Map<EmailCategory, number>; used: string[] } {
  const scores = new Map<EmailCategory, number>();
  const used: string[] = [];
  if (!pm || pm.corrections === 0) return { scores, used };
  for (const f of features) {
    const row = pm.weights[f];
    if (!row) continue;
    used.push(f);
    for (const c of CATEGORIES) {
      const w = row[c];
      if (w) scores.set(c, (scores.get(c) ?? 0) + w);
    }
  }
  return { scores, used };
}

export interface CorrectionInput {
  features: readonly string[];
  /** How specific each feature is, 0–1 (rarer is more specific); unknown features count as 1. */
  specificity: (feature: string) => number;
  /** The tag the classifier gave, and the user's tag. */
  wrong: EmailCategory;
  right: EmailCategory;
  /** The classifier's current logits (shipped + personal) for the wrong and the right tag. */
  wrongLogit: number;
  rightLogit: number;
}

/** Learns one correction; returns a new model (the given one is not changed). */
export function learnCorrection(pm: PersonalModel, c: CorrectionInput): PersonalModel {
  if (c.wrong === c.right) return pm;
  const picked = [...new Set(c.features)]
    .map((f) => ({ f, r: Math.min(1, Math.max(0.05, c.specificity(f))) }))
    .sort((a, b) => b.r - a.r || (a.f < b.f ? -1 : 1))
    .slice(0, FEATURES_PER_CORRECTION);
  if (picked.length === 0) return pm;
  const loss = Math.max(0, TARGET_MARGIN - (c.rightLogit - c.wrongLogit));
  const weights: PersonalModel["weights"] = { ...pm.weights };
  if (loss > 0) {
    const norm = picked.reduce((a, x) => a + x.r * x.r, 0);
    // Moving +tau·r to the right tag and -tau·r from the wrong one changes the margin by 2·tau·Σr².
    const tau = Math.min(loss, MAX_STEP) / (2 * norm);
    for (const { f, r } of picked) {
      const row = { ...weights[f] };
      // Three decimals are plenty for log-odds and keep the stored JSON small.
      row[c.right] = round((row[c.right] ?? 0) + tau * r);
      row[c.wrong] = round((row[c.wrong] ?? 0) - tau * r);
      weights[f] = row;
    }
  }
  return { version: 1, weights: prune(weights), corrections: pm.corrections + 1 };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function prune(weights: PersonalModel["weights"]): PersonalModel["weights"] {
  const keys = Object.keys(weights);
  if (keys.length <= MAX_FEATURES) return weights;
  const size = (f: string) => Object.values(weights[f] ?? {}).reduce((a, w) => a + Math.abs(w ?? 0), 0);
  const keep = keys.sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1)).slice(0, MAX_FEATURES);
  const out: PersonalModel["weights"] = {};
  for (const f of keep) out[f] = weights[f] ?? {};
  return out;
}
