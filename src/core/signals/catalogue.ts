// The catalogue of interview signs, as data. Every sign comes from the career-advice seed documents
// (shared/seeds); `sources` names the seed files that mention it, by basename.
//
// Weight = polarity × strength base × agreement. Strength reads the seeds' own language: 1 = "a hint" /
// "could just be a quirk" (0.3), 2 = "a good sign" (0.6), 3 = "one of the most telling" / "a red flag"
// (0.9). Agreement adds 10% per further seed naming the sign: independent sources agreeing is the best
// evidence we have that a sign carries information. Weights are log-odds (see outlook.ts).

import { NEGATIVE_SPECS } from "./catalogue-negative";
import { AFTER_SPECS, DURING_SPECS, SELF_SPECS } from "./catalogue-positive";

export type Polarity = "positive" | "negative";

/** During the interview, after it (the company's follow-through), or the candidate's own impression. */
export type SignalPhase = "during" | "after" | "self";

export type Strength = 1 | 2 | 3;

export interface Signal {
  id: string;
  /** Chip text: at most five words. */
  label: string;
  /** One sentence, phrased as an observation so it reads as a reason in the outlook. */
  description: string;
  polarity: Polarity;
  strength: Strength;
  /** Log-odds contribution when seen (negative for warning signs). */
  weight: number;
  phase: SignalPhase;
  /** Related signs share a group and count once, with diminishing returns (see SIGNAL_GROUPS). */
  group?: string;
  /** Seed files naming the sign, by basename (e.g. "002_342996be37813ea1"). */
  sources: string[];
  /** Computed from dates and events, never ticked by the user. */
  derived?: true;
  /** For signs still to come: what to look out for, as a phrase. */
  watch?: string;
}

const STRENGTH_BASE: Record<Strength, number> = { 1: 0.3, 2: 0.6, 3: 0.9 };

export function signalWeight(polarity: Polarity, strength: Strength, sourceCount: number): number {
  const agreement = 1 + 0.1 * Math.max(0, sourceCount - 1);
  const w = STRENGTH_BASE[strength] * agreement;
  return Math.round((polarity === "positive" ? w : -w) * 1000) / 1000;
}

export type SignalSpec = Omit<Signal, "weight" | "polarity" | "phase">;

function build(polarity: Polarity, phase: SignalPhase, specs: SignalSpec[]): Signal[] {
  return specs.map((s) => ({
    ...s,
    polarity,
    phase,
    weight: signalWeight(polarity, s.strength, s.sources.length),
  }));
}

export const SIGNALS: readonly Signal[] = [
  ...build("positive", "during", DURING_SPECS),
  ...build("positive", "after", AFTER_SPECS),
  ...build("positive", "self", SELF_SPECS),
  ...NEGATIVE_SPECS.flatMap(({ phase, ...s }) => build("negative", phase, [s])),
];

export interface SignalGroup {
  id: string;
  label: string;
  /**
   * Multiplier for each further member, strongest first: 0.5 gives 1, 0.5, 0.25 …; 0 means the members
   * are one fact seen twice (only the strongest counts).
   */
  decay: number;
}

export const SIGNAL_GROUPS: readonly SignalGroup[] = [
  { id: "engagement", label: "Engaged interviewer", decay: 0.5 },
  { id: "rapport", label: "Rapport", decay: 0.5 },
  { id: "met-people", label: "Met more people", decay: 0.5 },
  { id: "logistics", label: "Hiring logistics", decay: 0.5 },
  { id: "selling", label: "Trying to win you", decay: 0.5 },
  { id: "envisioned", label: "Pictured you in the job", decay: 0.5 },
  { id: "due-diligence", label: "Checking you out", decay: 0.5 },
  { id: "momentum", label: "Moving quickly", decay: 0.5 },
  // Length and gut: the ticked sign and the measured value (minutes, 1–5 gut) are the same fact.
  { id: "length-long", label: "Ran long", decay: 0 },
  { id: "length-short", label: "Cut short", decay: 0 },
  { id: "self-up", label: "Felt good", decay: 0 },
  { id: "self-down", label: "Felt shaky", decay: 0 },
  { id: "disengaged", label: "Disengaged interviewer", decay: 0.5 },
  { id: "brush-off", label: "Brushed off", decay: 0.5 },
];

/** Pairs that contradict each other: both can be ticked (people are mixed), the outlook says so. */
export const CONFLICTING_SIGNALS: readonly (readonly [string, string])[] = [
  ["next-steps-timeline", "vague-in-touch"],
  ["warm-rapport", "cold-formal"],
  ["positive-body-language", "uninterested"],
  ["ran-long", "ended-abruptly"],
  ["asked-start-date", "start-unsure"],
  ["felt-confident", "struggled-to-answer"],
];

const byId = new Map(SIGNALS.map((s) => [s.id, s]));
const groupById = new Map(SIGNAL_GROUPS.map((g) => [g.id, g]));

export function signalById(id: string): Signal | undefined {
  return byId.get(id);
}

export function signalGroupById(id: string): SignalGroup | undefined {
  return groupById.get(id);
}

/** Signs the user can tick, in catalogue order (derived ones are left out). */
export function tickableSignals(phase?: SignalPhase): Signal[] {
  return SIGNALS.filter((s) => !s.derived && (phase === undefined || s.phase === phase));
}
