// Turns what was seen at and after an interview into evidence terms for the log-odds model (outlook.ts).
// A term is x × weight: x is the feature (1 for a sign seen, scaled down inside a group; log2 of the length
// ratio; gut − 3), weight is log-odds per unit. Calibration refits the weights on the same x.

import { businessDaysBetween, localDate } from "../followup/dates";
import { closeReason, isReply } from "../followup/replies";
import { silencePastPromisedDate } from "../followup/silence";
import type { Interview, TimelineEvent } from "../types";
import { signalById, signalGroupById } from "./catalogue";

export interface OutlookInput {
  interview: Pick<Interview, "at" | "signals"> &
    Partial<
      Pick<
        Interview,
        "id" | "applicationId" | "plannedMinutes" | "actualMinutes" | "gut" | "nextStepBy" | "kind" | "stage"
      >
    >;
  /** The application's timeline so far: replies, reference requests and silence are read from it. */
  events?: readonly TimelineEvent[];
  /** The present moment; without it no silence is derived (and computedAt falls back to Date.now()). */
  now?: number;
  /** IANA zone for business days (default "UTC"). */
  timeZone?: string;
}

/** How a personal model did against the default on the user's history (leave-one-out Brier). */
export interface ModelFit {
  cases: number;
  brierPersonal: number;
  brierDefault: number;
}

/**
 * Per-term weights (signal ids, "length", "gut") in log-odds, and an intercept that shifts the stage's
 * base rate (0 for the default model: the published rate stands).
 */
export interface OutlookModel {
  kind: "default" | "personal";
  intercept: number;
  weights: Readonly<Record<string, number>>;
  /** Set on a personal model: what it was fitted on and how it scored. */
  fit?: ModelFit;
}

export interface EvidenceTerm {
  key: string;
  x: number;
  weight: number;
  contribution: number;
  /** The reason in plain words. */
  text: string;
  /** Signs the term rests on (empty for length and gut). */
  signalIds: string[];
  /** Share of its full weight counted: below 1 inside a group of related signs, 0 for the same fact twice. */
  factor: number;
  /** The group's strongest member, when this term was discounted because of it. */
  discountedBy?: string;
}
/** Per doubling of actual over planned length (seed 002: "expecting half an hour … there for two hours"). */
export const LENGTH_WEIGHT = 0.6;
/** Per point of gut feeling away from 3: a weak term, the candidate's own read is noisy (seed 000). */
export const GUT_WEIGHT = 0.15;
/** Lengths within ±15% of the plan are "on time" and say nothing. */
const LENGTH_DEAD_ZONE = Math.log2(1.15);
/** A reply within this many business days counts as a prompt follow-up. */
const PROMPT_DAYS = 3;

export interface SeenSignals {
  /** Ticked and derived sign ids, deduplicated, in a stable order. */
  ids: string[];
  derived: string[];
  silenceDays: number | null;
  silenceStated: boolean;
  /** Silence has outlasted the week after the user's last follow-up. */
  goneQuiet: boolean;
}

/** Ticked signs plus those the timeline shows (emails after the interview, silence past the date). */
export function seenSignals(input: OutlookInput, assume: readonly string[] = []): SeenSignals {
  const { interview } = input;
  const tz = input.timeZone ?? "UTC";
  // Derived signs are read from dates, never from a stored tick.
  const ticked = Object.keys(interview.signals).filter((id) => {
    const s = signalById(id);
    return interview.signals[id] === true && s !== undefined && !s.derived;
  });
  const derived = new Set<string>();
  const after = (input.events ?? []).filter(
    (e) =>
      e.at > interview.at &&
      (interview.applicationId === undefined || e.applicationId === interview.applicationId),
  );
  const day0 = localDate(interview.at, tz);
  for (const e of after) {
    // A quick rejection ends the wait but is no good sign: only other replies count as prompt follow-up.
    const rejection = e.kind === "rejection" || (e.kind === "email" && e.category === "rejected");
    if (isReply(e) && !rejection && businessDaysBetween(day0, localDate(e.at, tz)) <= PROMPT_DAYS)
      derived.add("prompt-follow-up");
    if (e.kind === "email" && e.category === "references") derived.add("references-requested");
    if (e.kind === "email" && e.category === "assessment") derived.add("work-samples-requested");
    if (closeReason(e, interview.id) === "next-round") derived.add("invited-next-round");
  }
  // Silence depends on the clock, so it needs an explicit `now`: the same input always scores the same.
  const silence =
    input.now === undefined ? null : silencePastPromisedDate(input.now, interview, input.events ?? [], tz);
  if (silence) derived.add("silence-past-date");
  // "What would change it" asks what one more sign would do: it is scored as if seen.
  for (const id of assume) if (signalById(id)) derived.add(id);
  const ids = [...new Set([...ticked, ...derived])].sort();
  return {
    ids,
    derived: [...derived].filter((id) => !ticked.includes(id)).sort(),
    silenceDays: silence?.businessDaysPast ?? null,
    silenceStated: silence?.stated ?? false,
    goneQuiet: silence?.goneQuiet ?? false,
  };
}

interface Candidate {
  key: string;
  group?: string;
  x: number;
  text: string;
  signalIds: string[];
}

/** Evidence terms with group diminishing returns applied. Ordering inside a group uses the default weights,
 * so x is the same feature whichever model scores it. */
export function evidenceTerms(
  input: OutlookInput,
  model: OutlookModel,
  defaults: OutlookModel,
  assume: readonly string[] = [],
): EvidenceTerm[] {
  const seen = seenSignals(input, assume);
  const cands: Candidate[] = [];
  for (const id of seen.ids) {
    const s = signalById(id);
    if (!s) continue;
    const text =
      id === "silence-past-date" && seen.silenceDays !== null
        ? seen.goneQuiet
          ? `They have gone quiet: no reply to your follow-ups (${days(seen.silenceDays)} past the date).`
          : seen.silenceStated
            ? `No reply since the date they gave (${days(seen.silenceDays)} past).`
            : `No reply in the usual two weeks (${days(seen.silenceDays)} past).`
        : s.description;
    cands.push({ key: id, ...(s.group ? { group: s.group } : {}), x: 1, text, signalIds: [id] });
  }
  const length = lengthTerm(input.interview.plannedMinutes, input.interview.actualMinutes);
  if (length) cands.push(length);
  const gut = input.interview.gut;
  if (gut !== undefined && gut !== 3 && gut >= 1 && gut <= 5) {
    cands.push({
      key: "gut",
      group: gut > 3 ? "self-up" : "self-down",
      x: gut - 3,
      text:
        gut > 3
          ? `You came away feeling good about it (${gut}/5).`
          : `You came away uneasy about it (${gut}/5).`,
      signalIds: [],
    });
  }
  const w = (m: OutlookModel, key: string) => m.weights[key] ?? 0;
  const byGroup = new Map<string, Candidate[]>();
  const terms: EvidenceTerm[] = [];
  for (const c of cands) {
    if (!c.group) terms.push(toTerm(c, 1, w(model, c.key)));
    else byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
  }
  for (const [groupId, members] of byGroup) {
    const decay = signalGroupById(groupId)?.decay ?? 0.5;
    members.sort(
      (a, b) =>
        Math.abs(b.x * w(defaults, b.key)) - Math.abs(a.x * w(defaults, a.key)) || a.key.localeCompare(b.key),
    );
    const lead = members[0]?.key;
    // Every member stays a term, even at factor 0, so each sign seen is listed with what it added.
    members.forEach((c, rank) => {
      const factor = rank === 0 ? 1 : decay ** rank;
      terms.push(toTerm(c, factor, w(model, c.key), rank === 0 ? undefined : lead));
    });
  }
  return terms.sort((a, b) => a.key.localeCompare(b.key));
}

function toTerm(c: Candidate, factor: number, weight: number, discountedBy?: string): EvidenceTerm {
  const x = c.x * factor;
  return {
    key: c.key,
    x,
    weight,
    contribution: x * weight,
    text: c.text,
    signalIds: c.signalIds,
    factor,
    ...(discountedBy ? { discountedBy } : {}),
  };
}

function lengthTerm(planned?: number, actual?: number): Candidate | null {
  if (!planned || !actual || planned <= 0 || actual <= 0) return null;
  const l = Math.log2(actual / planned);
  if (Math.abs(l) < LENGTH_DEAD_ZONE) return null;
  const x = Math.max(-1.5, Math.min(1.5, l));
  return x > 0
    ? {
        key: "length",
        group: "length-long",
        x,
        text: `It ran ${actual} minutes against ${planned} planned.`,
        signalIds: [],
      }
    : {
        key: "length",
        group: "length-short",
        x,
        text: `It was over in ${actual} of the ${planned} minutes planned.`,
        signalIds: [],
      };
}

function days(n: number): string {
  return n === 1 ? "1 business day" : `${n} business days`;
}
