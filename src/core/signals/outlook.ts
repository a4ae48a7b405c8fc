// The outlook: a log-odds model over the catalogue.
//
//   log-odds = prior + Σ weight(sign) × x(sign) + LENGTH_WEIGHT × log2(actual / planned) + GUT_WEIGHT × (gut − 3)
//   score    = round(100 × 1 / (1 + e^−log-odds)), shown within 5–90
//
// - prior: PRIOR_LOG_ODDS (≈ 40%), the rough base rate of an interview moving forward;
// - weight(sign): the catalogue's weight (strength from the seeds' wording, plus agreement across seeds);
// - x = 1 for a sign seen, except inside a group of related signs (met the team / brought others in /
//   office tour …) where the strongest counts fully and each further one 0.5, 0.25 … of its weight, so one
//   good moment ticked three ways is not counted three times;
// - length and gut are evidence terms of their own, each in a "same fact" group with the ticked sign
//   ("ran long", "felt confident"), so only the stronger of the two counts;
// - length: x = log2(actual / planned), nothing within ±15% of the plan, capped at ±1.5 doublings;
// - from the timeline (evidence.ts): a reply within 3 business days = prompt follow-up, a references or
//   assessment email, a next-round invitation; silence past the promised date (core/followup) is derived
//   from dates and never ticked.
// No evidence at all gives score null and band "unclear": a number from nothing would be false precision.
// Signs across groups are still correlated (they all reflect one interviewer's mood), so the summed
// log-odds overstate certainty at the extremes: the shown score stays within 5–90.
// The seeds insist no sign promises an offer; the wording below never does either.
import type { OutlookBand, OutlookSnapshot } from "../types";
import { CONFLICTING_SIGNALS, SIGNALS } from "./catalogue";
import {
  type EvidenceTerm,
  evidenceTerms,
  GUT_WEIGHT,
  LENGTH_WEIGHT,
  type OutlookInput,
  type OutlookModel,
  PRIOR_LOG_ODDS,
  seenSignals,
} from "./evidence";

export interface OutlookReason {
  text: string;
  /** Log-odds this reason added (positive for, negative against). */
  contribution: number;
  /** Signs behind the reason ("length" and "gut" terms have none). */
  signalIds: string[];
  key: string;
}

export interface Outlook extends OutlookSnapshot {
  /** Model probability 0–1 behind the score, or null. */
  probability: number | null;
  headline: string;
  /** Up to three each, strongest first; reasonsFor / reasonsAgainst hold the same texts. */
  reasonsForDetail: OutlookReason[];
  reasonsAgainstDetail: OutlookReason[];
  /** What to look out for next, in plain words. */
  watchFor: string[];
  /** Sum of |contribution|: how much there is to go on. */
  evidence: number;
  /** Contradictory pairs the user ticked together. */
  conflicts: [string, string][];
  /** Every sign counted, ticked or derived. */
  seen: string[];
  model: OutlookModel["kind"];
}

export const DEFAULT_MODEL: OutlookModel = {
  kind: "default",
  intercept: PRIOR_LOG_ODDS,
  weights: {
    ...Object.fromEntries(SIGNALS.map((s) => [s.id, s.weight])),
    length: LENGTH_WEIGHT,
    gut: GUT_WEIGHT,
  },
};

/** Below this much evidence the band stays "unclear" even though a score is shown. */
export const MIN_EVIDENCE = 0.5;
export const SCORE_FLOOR = 5;
export const SCORE_CEILING = 90;
const MAX_REASONS = 3;

export const HEADLINES: Record<OutlookBand, string> = {
  strong: "Many good signs. Nothing is certain until an offer is made.",
  promising: "More good signs than warning signs.",
  mixed: "Good signs and warning signs in similar measure.",
  weak: "More warning signs than good ones. Keep your other options moving.",
  unclear: "Too little to go on yet.",
};

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function computeOutlook(input: OutlookInput, model: OutlookModel = DEFAULT_MODEL): Outlook {
  const terms = evidenceTerms(input, model, DEFAULT_MODEL);
  const seen = seenSignals(input).ids;
  const forTerms = terms.filter((t) => t.contribution > 0).sort((a, b) => b.contribution - a.contribution);
  const against = terms.filter((t) => t.contribution < 0).sort((a, b) => a.contribution - b.contribution);
  const evidence = terms.reduce((s, t) => s + Math.abs(t.contribution), 0);
  const againstSum = -against.reduce((s, t) => s + t.contribution, 0);
  const logOdds = model.intercept + terms.reduce((s, t) => s + t.contribution, 0);
  const probability = terms.length === 0 ? null : sigmoid(logOdds);
  const score =
    probability === null
      ? null
      : Math.round(Math.min(SCORE_CEILING, Math.max(SCORE_FLOOR, probability * 100)));
  const band = bandFor(score, evidence, againstSum);
  const reasonsForDetail = forTerms.slice(0, MAX_REASONS).map(toReason);
  const reasonsAgainstDetail = against.slice(0, MAX_REASONS).map(toReason);
  return {
    score,
    band,
    probability,
    headline: HEADLINES[band],
    reasonsFor: reasonsForDetail.map((r) => r.text),
    reasonsAgainst: reasonsAgainstDetail.map((r) => r.text),
    reasonsForDetail,
    reasonsAgainstDetail,
    watchFor: watchFor(input, seen),
    evidence: round3(evidence),
    conflicts: CONFLICTING_SIGNALS.filter(([a, b]) => seen.includes(a) && seen.includes(b)).map(([a, b]) => [
      a,
      b,
    ]),
    seen,
    model: model.kind,
    computedAt: input.now ?? Date.now(),
  };
}

/**
 * strong ≥ 70, promising ≥ 55, mixed ≥ 35, weak below; "unclear" while evidence < MIN_EVIDENCE.
 * A strong score with sizeable warning signs (≥ 0.9 log-odds against) is shown as promising.
 */
export function bandFor(score: number | null, evidence: number, againstSum: number): OutlookBand {
  if (score === null || evidence < MIN_EVIDENCE) return "unclear";
  if (score >= 70) return againstSum >= 0.9 ? "promising" : "strong";
  if (score >= 55) return "promising";
  if (score >= 35) return "mixed";
  return "weak";
}

/** The plain snapshot stored on the interview. */
export function toSnapshot(o: Outlook): OutlookSnapshot {
  return {
    score: o.score,
    band: o.band,
    reasonsFor: o.reasonsFor,
    reasonsAgainst: o.reasonsAgainst,
    computedAt: o.computedAt,
  };
}

function toReason(t: EvidenceTerm): OutlookReason {
  return { text: t.text, contribution: round3(t.contribution), signalIds: t.signalIds, key: t.key };
}

function watchFor(input: OutlookInput, seen: string[]): string[] {
  const out: string[] = [];
  if (seen.includes("silence-past-date")) {
    out.push("A reply to one polite follow-up; silence is common and is not a no on its own.");
  } else if (input.interview.nextStepBy !== undefined) {
    out.push("Whether they get back to you by the date they gave.");
  } else {
    out.push("A reply within 5–10 business days; if none comes, ask politely about their timeline.");
  }
  const upcoming = SIGNALS.filter((s) => s.watch && !seen.includes(s.id)).sort((a, b) => b.weight - a.weight);
  for (const s of upcoming.slice(0, 2)) out.push(capitalise(`${s.watch}.`));
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
