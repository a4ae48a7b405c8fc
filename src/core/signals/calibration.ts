// Personal calibration. Once the user has MIN_CASES interviews with a final outcome, refit the weights to
// their own history: logistic regression with an L2 penalty pulling every weight (and the intercept)
// toward the catalogue's default, fitted by Newton's method (deterministic, converges in a few steps).
// Both models are scored by Brier on the same history — the personal one leave-one-out, so it is never
// judged on a case it was fitted to — and the personal model is used only when it is better by more
// than the noise of so few cases (see beatsByMoreThanNoise).
// Each case starts from its stage's base rate (a fixed offset): the intercept the fit learns is how far
// this user's outcomes sit from the published rates, pulled toward 0 like every weight.
import type { ApplicationStatus } from "../types";
import { type BaseRateOverrides, baseRateFor, stageOf } from "./base-rates";
import { signalById } from "./catalogue";
import { evidenceTerms, type OutlookInput, type OutlookModel, seenSignals } from "./evidence";
import { MIN_CASES } from "./model-info";
import { DEFAULT_MODEL } from "./outlook";
import { logit, sigmoid } from "./range";

export type Outcome = "offer" | "rejection" | "ghosted";

/** One past interview: its inputs as recorded (set `now` to when the outcome came) and how it ended. */
export interface CalibrationCase {
  input: OutlookInput;
  outcome: Outcome;
}

export interface Calibration {
  cases: number;
  /** True once there are at least MIN_CASES cases. */
  eligible: boolean;
  usePersonal: boolean;
  /** Leave-one-out Brier score of the personal model; null until eligible. Lower is better. */
  brierPersonal: number | null;
  /** Brier score of the default model on the same history; null until eligible. */
  brierDefault: number | null;
  /** Fitted on all cases; null until eligible. */
  personal: OutlookModel | null;
  /** The model to score with: personal when it won, else the default. */
  model: OutlookModel;
  /**
   * Each case as the model in use saw it (the personal model's leave-one-out prediction, so never one it
   * was fitted to), oldest outcome first: for the reliability chart and Brier over time.
   */
  points: CalibrationPoint[];
}

export interface CalibrationPoint {
  /** When the outcome came. */
  at: number;
  predicted: number;
  offer: boolean;
}

export { MIN_CASES };
/** Prior precision: 1 means a weight moves a full log-odds unit only on solid, consistent evidence. */
export const L2_PENALTY = 1;

/** Withdrawn applications say nothing about the signs (the candidate chose); open ones have no outcome. */
export function outcomeFromStatus(status: ApplicationStatus): Outcome | null {
  if (status === "offer") return "offer";
  if (status === "rejected") return "rejection";
  if (status === "ghosted") return "ghosted";
  return null;
}

interface Row {
  x: Map<string, number>;
  /** logit of the stage's base rate. */
  offset: number;
  y: number;
}

function toRows(cases: readonly CalibrationCase[], baseRates: BaseRateOverrides): Row[] {
  return cases.map((c) => ({
    x: new Map(evidenceTerms(c.input, DEFAULT_MODEL, DEFAULT_MODEL).map((t) => [t.key, t.x])),
    offset: logit(baseRateFor(stageOf(c.input.interview), baseRates).rate),
    y: c.outcome === "offer" ? 1 : 0,
  }));
}

function predict(model: OutlookModel, row: Row): number {
  let z = row.offset + model.intercept;
  for (const [k, x] of row.x) z += (model.weights[k] ?? 0) * x;
  return sigmoid(z);
}

/** MAP fit: minimise Σ log-loss + λ/2 ‖θ − θ₀‖², θ₀ the default model. Keys absent from the rows keep θ₀. */
function fitPersonal(rows: readonly Row[], start?: OutlookModel, lambda = L2_PENALTY): OutlookModel {
  const keys = [...new Set(rows.flatMap((r) => [...r.x.keys()]))].sort();
  const prior = [DEFAULT_MODEL.intercept, ...keys.map((k) => DEFAULT_MODEL.weights[k] ?? 0)];
  // Leave-one-out fits start from the full fit, a step or two from their own optimum (same answer,
  // fewer Newton iterations).
  const theta = start ? [start.intercept, ...keys.map((k) => start.weights[k] ?? 0)] : [...prior];
  const d = theta.length;
  // Sparse rows: a case has a handful of signs out of the catalogue, so the Hessian is summed over the
  // non-zero features only (n × nnz² per iteration, not n × d²).
  const index = new Map(keys.map((k, i) => [k, i + 1]));
  const feats = rows.map((r) => {
    const nz: [number, number][] = [[0, 1]];
    for (const [k, x] of r.x) if (x !== 0) nz.push([index.get(k) ?? 0, x]);
    return nz;
  });
  for (let iter = 0; iter < 50; iter++) {
    const g = theta.map((t, i) => lambda * (t - (prior[i] ?? 0)));
    const h = theta.map((_, i) => theta.map((__, j) => (i === j ? lambda : 0)));
    feats.forEach((nz, n) => {
      const p = sigmoid((rows[n]?.offset ?? 0) + nz.reduce((s, [i, xi]) => s + xi * (theta[i] ?? 0), 0));
      const y = rows[n]?.y ?? 0;
      const w = p * (1 - p);
      for (const [i, xi] of nz) {
        g[i] = (g[i] ?? 0) + (p - y) * xi;
        const hi = h[i];
        if (!hi) continue;
        for (const [j, xj] of nz) hi[j] = (hi[j] ?? 0) + w * xi * xj;
      }
    });
    const step = solve(h, g);
    let biggest = 0;
    for (let i = 0; i < d; i++) {
      theta[i] = (theta[i] ?? 0) - (step[i] ?? 0);
      biggest = Math.max(biggest, Math.abs(step[i] ?? 0));
    }
    if (biggest < 1e-10) break;
  }
  const weights: Record<string, number> = { ...DEFAULT_MODEL.weights };
  keys.forEach((k, i) => {
    weights[k] = theta[i + 1] ?? 0;
  });
  return { kind: "personal", intercept: theta[0] ?? DEFAULT_MODEL.intercept, weights };
}

/** Gaussian elimination with partial pivoting; H is symmetric positive definite (λI makes sure). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[piv]?.[c] ?? 0)) piv = r;
    const tmp = m[c] as number[];
    m[c] = m[piv] as number[];
    m[piv] = tmp;
    const pr = m[c] as number[];
    for (let r = c + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[c] ?? 0) / (pr[c] ?? 1);
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pr[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let s = row[n] ?? 0;
    for (let k = r + 1; k < n; k++) s -= (row[k] ?? 0) * (x[k] ?? 0);
    x[r] = s / (row[r] ?? 1);
  }
  return x;
}

/**
 * The personal model wins when its leave-one-out squared errors are lower than the default's on average
 * by more than one standard error of the paired difference: on a dozen cases a lower Brier by chance
 * alone is common, and adopting a model fitted to noise would make every outlook worse.
 */
function beatsByMoreThanNoise(defaults: number[], loo: number[], rows: readonly Row[]): boolean {
  const d = rows.map((r, i) => ((defaults[i] ?? 0) - r.y) ** 2 - ((loo[i] ?? 0) - r.y) ** 2);
  const n = d.length;
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, n - 1);
  return mean > 0 && mean > NOISE_MARGIN * Math.sqrt(variance / n);
}

/** Standard errors the personal model must win by. */
export const NOISE_MARGIN = 1;

function brier(ps: number[], rows: readonly Row[]): number {
  return ps.reduce((s, p, i) => s + (p - (rows[i]?.y ?? 0)) ** 2, 0) / rows.length;
}

export function calibrate(
  cases: readonly CalibrationCase[],
  { baseRates = {} }: { baseRates?: BaseRateOverrides } = {},
): Calibration {
  const n = cases.length;
  const rows = toRows(cases, baseRates);
  const defaults = rows.map((r) => predict(DEFAULT_MODEL, r));
  const points = (ps: number[]) =>
    cases
      .map((c, i) => ({
        at: c.input.now ?? c.input.interview.at,
        predicted: ps[i] ?? 0,
        offer: c.outcome === "offer",
      }))
      .sort((a, b) => a.at - b.at);
  if (n < MIN_CASES) {
    return {
      cases: n,
      eligible: false,
      usePersonal: false,
      brierPersonal: null,
      brierDefault: null,
      personal: null,
      model: DEFAULT_MODEL,
      points: points(defaults),
    };
  }
  const brierDefault = brier(defaults, rows);
  const full = fitPersonal(rows);
  const loo = rows.map((r, i) =>
    predict(
      fitPersonal(
        rows.filter((_, j) => j !== i),
        full,
      ),
      r,
    ),
  );
  const brierPersonal = brier(loo, rows);
  const personal: OutlookModel = { ...full, fit: { cases: n, brierPersonal, brierDefault } };
  const usePersonal = beatsByMoreThanNoise(defaults, loo, rows);
  return {
    cases: n,
    eligible: true,
    usePersonal,
    brierPersonal,
    brierDefault,
    personal,
    model: usePersonal ? personal : DEFAULT_MODEL,
    points: points(usePersonal ? loo : defaults),
  };
}

export interface SignOfferRate {
  signalId: string;
  label: string;
  /** Interviews where the sign was seen. */
  seen: number;
  /** Of those, how many ended in an offer. */
  offers: number;
  rate: number;
}

export interface PrecededOffers {
  cases: number;
  /** Offer rate over all cases, for comparison; null with no cases. */
  baseRate: number | null;
  /** Signs seen at least twice, highest offer rate first. */
  signs: SignOfferRate[];
}

/** "Signs that preceded offers for you": per-sign offer rate with counts, for the statistics view. */
export function signsThatPrecededOffers(cases: readonly CalibrationCase[], minSeen = 2): PrecededOffers {
  const counts = new Map<string, { seen: number; offers: number }>();
  let offers = 0;
  for (const c of cases) {
    const offer = c.outcome === "offer";
    if (offer) offers++;
    for (const id of seenSignals(c.input).ids) {
      const k = counts.get(id) ?? { seen: 0, offers: 0 };
      k.seen++;
      if (offer) k.offers++;
      counts.set(id, k);
    }
  }
  const signs = [...counts]
    .filter(([, k]) => k.seen >= minSeen)
    .map(([id, k]) => ({
      signalId: id,
      label: signalById(id)?.label ?? id,
      seen: k.seen,
      offers: k.offers,
      rate: k.offers / k.seen,
    }))
    .sort((a, b) => b.rate - a.rate || b.seen - a.seen || a.signalId.localeCompare(b.signalId));
  return { cases: cases.length, baseRate: cases.length ? offers / cases.length : null, signs };
}
