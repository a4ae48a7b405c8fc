// Simulated interview histories for calibration tests: each case ticks a random subset of a few signs at
// a random stage, and its outcome is drawn from a known "true" model. Seeded, so every run is the same.
import {
  type CalibrationCase,
  DEFAULT_MODEL,
  STAGE_BASE_RATES,
  type StageKey,
} from "../../../../src/core/signals";
import type { InterviewStage } from "../../../../src/core/types";

/** mulberry32: small, fast, good enough for simulations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const POOL = [
  "asked-start-date",
  "warm-rapport",
  "pitched-company",
  "many-candidates",
  "vague-in-touch",
  "direct-praise",
] as const;
const STAGES: InterviewStage[] = ["recruiter-screen", "first-round", "technical", "final"];
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 15, 0);

export interface Simulation {
  cases: number;
  seed: number;
  /** The true log-odds effect of each sign in the pool; signs not listed have the default's weight. */
  effects?: Partial<Record<(typeof POOL)[number], number>>;
  /** Chance each sign is ticked in a case. */
  tickRate?: number;
}

export function simulate({ cases, seed, effects = {}, tickRate = 0.35 }: Simulation): CalibrationCase[] {
  const r = rng(seed);
  const out: CalibrationCase[] = [];
  for (let i = 0; i < cases; i++) {
    const stage = STAGES[Math.floor(r() * STAGES.length)] as InterviewStage;
    const signs = POOL.filter(() => r() < tickRate);
    const base = STAGE_BASE_RATES[stage as StageKey].rate;
    let z = Math.log(base / (1 - base));
    for (const s of signs) z += effects[s] ?? DEFAULT_MODEL.weights[s] ?? 0;
    const offer = r() < 1 / (1 + Math.exp(-z));
    const at = T0 + i * 3 * DAY;
    out.push({
      input: {
        interview: {
          id: `sim-${seed}-${i}`,
          at,
          kind: "video",
          stage,
          signals: Object.fromEntries(signs.map((s) => [s, true])),
        },
        // The outcome came two days later, before any silence could be derived.
        now: at + 2 * DAY,
      },
      outcome: offer ? "offer" : "rejection",
    });
  }
  return out;
}
