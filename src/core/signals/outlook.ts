// The outlook: the stage's published base rate, moved by the signs seen, shown as a range.
//
//   log-odds = logit(base rate of the stage) + model shift + Σ weight(term) × x(term)
//
// - base rate: base-rates.ts (published hiring-funnel figures, or the user's own in Settings);
// - weight(sign): a log likelihood ratio, e^weight the factor the odds are multiplied by; the default
//   is the catalogue's weight (strength from the seeds' wording, plus agreement across seeds);
// - x = 1 for a sign seen, except inside a group of related signs where the strongest counts fully and
//   each further one 0.5, 0.25 … of its weight (diminishing returns), 0 for the same fact seen twice;
// - length and gut are evidence terms of their own (evidence.ts);
// - the range and its comparison with the stage: range.ts; the model in use: model-info.ts.
// No evidence at all gives score null and band "unclear", with the stage's base range still shown.
// The seeds insist no sign promises an offer; the wording below never does either.
import type { OutlookBand, OutlookSnapshot } from "../types";
import {
  type BaseRateOverrides,
  baseRateFor,
  oneIn,
  type StageBaseRate,
  type StageKey,
  stageOf,
} from "./base-rates";
import { CONFLICTING_SIGNALS, SIGNALS, signalById } from "./catalogue";
import {
  type EvidenceTerm,
  evidenceTerms,
  GUT_WEIGHT,
  LENGTH_WEIGHT,
  type OutlookInput,
  type OutlookModel,
  seenSignals,
} from "./evidence";
import { type HistorySummary, modelInfo, type OutlookModelInfo } from "./model-info";
import {
  COMPARISON_TEXT,
  type Comparison,
  compareWithStage,
  outlookRange,
  type ProbabilityRange,
  percent,
  rangeText,
} from "./range";
import { type WhatIf, whatWouldChange } from "./what-if";

export interface OutlookReason {
  text: string;
  /** Log-odds this reason added (positive for, negative against; 0 when already counted). */
  contribution: number;
  /** What it did to the odds, in words: "odds ×1.8", "odds ÷2.1", "counted with …". */
  effect: string;
  /** Signs behind the reason ("length" and "gut" terms have none). */
  signalIds: string[];
  key: string;
}

export interface OutlookOptions {
  /** Default: the general model. */
  model?: OutlookModel;
  /** The user's own base rates (Settings). */
  baseRates?: BaseRateOverrides;
  /** What calibration said, so the card can say why the general model is in use. */
  history?: HistorySummary;
}

export interface Outlook extends OutlookSnapshot {
  /** Middle of the range, 0–1 (the stage's base rate when nothing was seen). */
  probability: number;
  /** Range in percent (also on the snapshot). */
  range: { low: number; high: number };
  stage: StageKey;
  base: StageBaseRate & { overridden: boolean };
  /** "About 1 in 4 candidates at this stage get an offer". */
  baseText: string;
  /** Null while nothing was seen. */
  comparison: Comparison | null;
  /** "30–45 % — better than most at this stage". */
  summary: string;
  headline: string;
  /** Every sign seen, strongest first; reasonsFor / reasonsAgainst hold the same texts. */
  reasonsForDetail: OutlookReason[];
  reasonsAgainstDetail: OutlookReason[];
  /** What to look out for next, in plain words. */
  watchFor: string[];
  /** Signs still to come and what each would do to the range. */
  whatIf: WhatIf[];
  /** Sum of |contribution|: how much there is to go on. */
  evidence: number;
  conflicts: [string, string][];
  /** Every sign counted, ticked or derived. */
  seen: string[];
  model: OutlookModel["kind"];
  modelInfo: OutlookModelInfo;
}

export const DEFAULT_MODEL: OutlookModel = {
  kind: "default",
  intercept: 0,
  weights: {
    ...Object.fromEntries(SIGNALS.map((s) => [s.id, s.weight])),
    length: LENGTH_WEIGHT,
    gut: GUT_WEIGHT,
  },
};

/** Below this much evidence the band stays "unclear" even though a range is shown. */
export const MIN_EVIDENCE = 0.5;

export const HEADLINES: Record<OutlookBand, string> = {
  strong: "Many good signs for this stage. Nothing is certain until an offer is made.",
  promising: "More good signs than warning signs.",
  mixed: "Good signs and warning signs in similar measure.",
  weak: "More warning signs than good ones. Keep your other options moving.",
  unclear: "Too little to go on yet: this is where most candidates at this stage stand.",
};

export { sigmoid } from "./range";

interface Scored {
  terms: EvidenceTerm[];
  range: ProbabilityRange;
  base: StageBaseRate & { overridden: boolean };
}

/** Terms and range for an input, optionally as if some further signs were seen. */
export function scoreOutlook(
  input: OutlookInput,
  options: OutlookOptions = {},
  assume: readonly string[] = [],
): Scored {
  const model = options.model ?? DEFAULT_MODEL;
  const base = baseRateFor(stageOf(input.interview), options.baseRates);
  const terms = evidenceTerms(input, model, DEFAULT_MODEL, assume);
  const range = outlookRange(
    base,
    model.intercept,
    terms.map((t) => t.contribution),
  );
  return { terms, range, base };
}

export function computeOutlook(input: OutlookInput, options: OutlookOptions = {}): Outlook {
  const model = options.model ?? DEFAULT_MODEL;
  const { terms, range, base } = scoreOutlook(input, options);
  const seen = seenSignals(input).ids;
  const counted = terms.filter((t) => t.contribution !== 0);
  const byWeight = (t: EvidenceTerm) => (t.contribution !== 0 ? t.contribution : t.weight * 1e-6);
  const forTerms = terms.filter((t) => byWeight(t) > 0).sort((a, b) => byWeight(b) - byWeight(a));
  const against = terms.filter((t) => byWeight(t) < 0).sort((a, b) => byWeight(a) - byWeight(b));
  const evidence = counted.reduce((s, t) => s + Math.abs(t.contribution), 0);
  const againstSum = -against.reduce((s, t) => s + t.contribution, 0);
  const conflicts = CONFLICTING_SIGNALS.filter(([a, b]) => seen.includes(a) && seen.includes(b)).map(
    ([a, b]): [string, string] => [a, b],
  );
  // A hint too small to call (a gut feeling alone) is not "better" or "worse" than the stage.
  const comparison =
    counted.length === 0 ? null : evidence < MIN_EVIDENCE ? "usual" : compareWithStage(range, base);
  const band = bandFor(comparison, range, base, evidence, againstSum, conflicts.length > 0);
  const shown = { low: percent(range.low), high: percent(range.high) };
  const reasonsForDetail = forTerms.map((t) => toReason(t, terms));
  const reasonsAgainstDetail = against.map((t) => toReason(t, terms));
  return {
    score: counted.length === 0 ? null : percent(range.middle),
    band,
    probability: range.middle,
    range: shown,
    stage: base.stage,
    base,
    baseText: `About ${oneIn(base.rate)} candidates at this stage get an offer`,
    comparison,
    summary:
      comparison === null
        ? `${rangeText(range)} — where candidates at this stage start`
        : `${rangeText(range)} — ${COMPARISON_TEXT[comparison]}`,
    headline: HEADLINES[band],
    reasonsFor: reasonsForDetail.map((r) => r.text),
    reasonsAgainst: reasonsAgainstDetail.map((r) => r.text),
    reasonsForDetail,
    reasonsAgainstDetail,
    watchFor: watchFor(input, seen),
    whatIf: whatWouldChange(input, options, seen, range),
    evidence: round3(evidence),
    conflicts,
    seen,
    model: model.kind,
    modelInfo: modelInfo(model, options.history),
    computedAt: input.now ?? Date.now(),
  };
}

/**
 * Relative to the stage: strong when even the low end is above the stage's spread (and no sizeable
 * warning signs, ≥ 0.9 log-odds against), promising when the middle is, mixed inside it, weak below;
 * contradictory signs ticked together are mixed whatever the sum; "unclear" while evidence < MIN_EVIDENCE.
 */
export function bandFor(
  comparison: Comparison | null,
  range: ProbabilityRange,
  base: Pick<StageBaseRate, "high">,
  evidence: number,
  againstSum: number,
  conflicting = false,
): OutlookBand {
  if (comparison === null || evidence < MIN_EVIDENCE) return "unclear";
  if (conflicting) return "mixed";
  if (comparison === "better") return range.low > base.high && againstSum < 0.9 ? "strong" : "promising";
  if (comparison === "usual") return "mixed";
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
    range: o.range,
    model: o.model,
  };
}

function effectOf(t: EvidenceTerm, all: readonly EvidenceTerm[]): string {
  if (t.contribution === 0) {
    const lead = all.find((o) => o.key === t.discountedBy);
    const name = lead ? labelOf(lead) : "a related sign";
    return `already counted with “${name}”`;
  }
  const f = Math.exp(t.contribution);
  const odds = f >= 1 ? `odds ×${f.toFixed(1)}` : `odds ÷${(1 / f).toFixed(1)}`;
  return t.factor < 1
    ? `${odds} (counted at ${Math.round(t.factor * 100)}%: related to a stronger sign)`
    : odds;
}

function labelOf(t: EvidenceTerm): string {
  if (t.key === "length") return "the interview's length";
  if (t.key === "gut") return "your gut feeling";
  return signalById(t.key)?.label ?? t.key;
}

function toReason(t: EvidenceTerm, all: readonly EvidenceTerm[]): OutlookReason {
  return {
    text: t.text,
    contribution: round3(t.contribution),
    effect: effectOf(t, all),
    signalIds: t.signalIds,
    key: t.key,
  };
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
  return out;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
