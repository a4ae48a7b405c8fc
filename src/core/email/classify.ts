// The classifier: a logistic-regression model (model.ts) over word features, the phrase rules' scores
// and shape hints (features.ts), so it learns from labelled mail how far to trust each rule. Its logits,
// plus the user's personal model, go through a softmax into a confidence.
import type { EmailCategory } from "../types";
import { mapConfidence } from "./calibrate";
import { CATEGORY_LABELS, isApplicationCategory } from "./categories";
import { otherFeatures } from "./features";
import { type EmailHints, extractHints } from "./hints";
import { type LoadedModel, loadModel, specificity } from "./model";
import { shippedModel } from "./model-source";
import { learnCorrection, type PersonalModel, personalScores } from "./personal";
import { type EmailInput, type Prepared, prepare } from "./prepare";
import { ruleScores } from "./rule-scores";
import { scoreEmail, type TermScore, topTerms } from "./term-index";

export interface Classification {
  category: EmailCategory;
  /** 0–1: the probability the combined score gives the chosen category. */
  confidence: number;
  /** Below REVIEW_THRESHOLD: show as "needs review" rather than acting on the category. */
  needsReview: boolean;
  /** Plain-language reasons, strongest first. */
  evidence: string[];
  hints: EmailHints;
}

export const REVIEW_THRESHOLD = 0.7;

export interface Tuning {
  /** The model's logits are divided by this. */
  temperature: number;
  /**
   * Rule log-odds per category (capped at ruleCap) are added to the model's logits times this. The
   * model reads the rule scores as features already; 0 leaves the weighing to it.
   */
  ruleMix: number;
  ruleCap: number;
  /**
   * The stacked naive Bayes's log-odds (model.ts, bayes.ts), divided by bayesTemperature and by the
   * square root of its known features over 25 when more, are added times this.
   */
  bayesMix: number;
  bayesTemperature: number;
  /**
   * The combined logits are divided by this before the softmax that gives the confidence: it changes
   * how sure a tag says it is, never which tag wins. Fitted on the real dev mail (leave one source
   * out) for the lowest expected calibration error.
   */
  calibration: number;
  /**
   * The top tag's share is then moved on the log-odds scale (calibrate.ts, mapConfidence): times
   * confidenceSlope, plus confidenceShift. One temperature cannot both soften the surest tags and
   * lift the unsure ones, which on the real dev mail are right more often than they say. Fitted
   * with the temperature (leave one source out, --fit-calibration).
   */
  confidenceSlope: number;
  confidenceShift: number;
  /** For mail mostly in another language (see FOREIGN_SHARE), model log-odds are divided by this too. */
  foreignDamping: number;
  /**
   * An application tag that no phrase rule or sender supports, only the model's wording, and that is
   * less sure than this, is not given: the email is tagged "other" and flagged for review. Fitted on
   * the real dev mail (leave one source out).
   */
  abstain: number;
}
/** Share of German/French/Spanish function words from which a mail counts as not English. */
export const FOREIGN_SHARE = 0.15;
export const DEFAULT_TUNING: Tuning = {
  temperature: 1,
  ruleMix: 0.3,
  ruleCap: 14,
  bayesMix: 0.5,
  bayesTemperature: 8,
  calibration: 1.4,
  confidenceSlope: 0.45,
  confidenceShift: 0.65,
  foreignDamping: 1,
  abstain: 0.3,
};

let loaded: LoadedModel | undefined;
export function defaultModel(): LoadedModel {
  loaded ??= loadModel(shippedModel());
  return loaded;
}

interface Scored {
  logits: number[];
  hits: ReturnType<typeof ruleScores>["hits"];
  model: TermScore;
  personal: Map<EmailCategory, number>;
}

function score(m: LoadedModel, p: Prepared, tuning: Tuning, personal?: PersonalModel): Scored {
  const rules = ruleScores(p);
  const { model, bayes: nb } = scoreEmail(m, p, (add) => otherFeatures(p, rules, add), tuning.bayesMix !== 0);
  const own = personalScores(personal, personal ? p.features : []);
  const nbScale = tuning.bayesTemperature * Math.max(1, Math.sqrt((nb?.known ?? 0) / 25));
  // The model learnt German, French and Spanish from few emails, most of them rejections: in those
  // languages it may be told to speak more softly.
  const scale = tuning.temperature * (p.foreignShare >= FOREIGN_SHARE ? tuning.foreignDamping : 1);
  const logits = m.classes.map(
    (c, i) =>
      (model.logScores[i] ?? 0) / scale +
      tuning.ruleMix * Math.min(rules.scores.get(c) ?? 0, tuning.ruleCap) +
      (tuning.bayesMix * (nb?.logScores[i] ?? 0)) / nbScale +
      (own.scores.get(c) ?? 0),
  );
  return { logits, hits: rules.hits, model, personal: own.scores };
}

/** `date` and `timeZone`: when and where the mail was read, for relative dates ("by Friday"). */
export function classifyWith(
  m: LoadedModel,
  p: Prepared,
  date?: string | number,
  tuning: Tuning = DEFAULT_TUNING,
  timeZone = "UTC",
  personal?: PersonalModel,
): Classification {
  const { logits, hits, model, personal: own } = score(m, p, tuning, personal);
  const order = logits.map((l, i) => ({ l, i })).sort((a, b) => b.l - a.l || a.i - b.i);
  const best = order[0]?.i ?? 0;
  const top = order[0]?.l ?? 0;
  const sum = logits.reduce((a, l) => a + Math.exp((l - top) / tuning.calibration), 0);
  const guess = m.classes[best] ?? "other";
  const share = (c: EmailCategory) => {
    const i = m.classes.indexOf(c);
    return i < 0 ? 0 : Math.exp(((logits[i] ?? 0) - top) / tuning.calibration) / sum;
  };
  const sure = (q: number) => mapConfidence(q, tuning.confidenceSlope, tuning.confidenceShift);
  const backed = hits.some((h) => h.cat === guess && h.w > 0) || (own.get(guess) ?? 0) > 1;
  if (isApplicationCategory(guess) && !backed && 1 / sum < tuning.abstain) {
    return {
      category: "other",
      confidence: Math.round(sure(share("other") + share("job_alert")) * 1000) / 1000,
      needsReview: true,
      evidence: [
        `no phrase says what this is; the wording is closest to ${CATEGORY_LABELS[guess]} (model, unsure)`,
      ],
      hints: extractHints(p, "other", date, timeZone),
    };
  }
  const category = guess;
  const confidence = Math.round(sure(1 / sum) * 1000) / 1000;

  const evidence: string[] = [];
  // The user's own corrections come first when they tipped the balance.
  const runnerUp = m.classes[order[1]?.i ?? best] ?? category;
  if ((own.get(category) ?? 0) - (own.get(runnerUp) ?? 0) > 1) {
    evidence.push(`like emails you re-tagged as ${CATEGORY_LABELS[category]}`);
  }
  evidence.push(
    ...hits
      .filter((h) => h.cat === category && h.w > 0)
      .sort((a, b) => b.w - a.w)
      .map((h) => h.say),
  );
  const strongest = topTerms(m, model, best, order[1]?.i ?? best, 8, (f) => !f.startsWith("rule:"));
  const words = [...new Set(strongest.filter((f) => !f.startsWith("h:")).map(readable))].slice(0, 4);
  if (words.length > 0) evidence.push(`wording like ${words.map((w) => `'${w}'`).join(", ")} (model)`);
  const shapes = strongest.flatMap((f) => hintWords(f) ?? []).slice(0, 2);
  if (shapes.length > 0) evidence.push(`${shapes.join("; ")} (model)`);
  if (evidence.length === 0) evidence.push(`nothing specific; closest to ${CATEGORY_LABELS[category]}`);
  return {
    category,
    confidence,
    needsReview: confidence < REVIEW_THRESHOLD,
    evidence: [...new Set(evidence)].slice(0, 6),
    hints: extractHints(p, category, date, timeZone),
  };
}

/**
 * Teaches the personal model one correction: `email` was tagged `wrong` (or whatever the classifier
 * gives it now) and the user says `right`. Returns the new model; the given one is not changed.
 */
export function learnFromCorrection(
  personal: PersonalModel,
  email: EmailInput,
  wrong: EmailCategory,
  right: EmailCategory,
  m: LoadedModel = defaultModel(),
): PersonalModel {
  const p = prepare(email);
  const { logits } = score(m, p, DEFAULT_TUNING, personal);
  const at = (c: EmailCategory) => logits[m.classes.indexOf(c)] ?? 0;
  return learnCorrection(personal, {
    features: p.features,
    specificity: (f) => specificity(m, f),
    wrong,
    right,
    wrongLogit: at(wrong),
    rightLogit: at(right),
  });
}

/** Shape hints (features.ts) as a user reads them in the evidence. */
const HINT_WORDS: Record<string, string> = {
  "h:reply": "a reply in a thread",
  "h:time": "mentions a time of day",
  "h:weekday": "mentions a weekday",
  "h:date": "mentions a date",
  "h:money": "mentions pay",
  "h:greet:generic": "a form-letter greeting",
  "h:greet:name": "greets you by name",
  "h:greet:none": "no greeting",
  "h:signoff": "signed off by a person",
  "h:question": "asks you a question",
  "h:unsubscribe": "has an unsubscribe link",
  "h:foreign": "not in English",
  "h:len:short": "a short message",
  "h:len:long": "a long message",
  "h:link:assessment": "links to a test platform",
  "h:link:scheduling": "links to a scheduling page",
  "h:link:ats": "links to an applicant-tracking system",
  "h:link:board": "links to a job board",
  "h:link:screening": "links to a background-check service",
  "h:to:poster": "written to whoever posted the job, not to a candidate",
  "h:to:referee": "written to a referee about someone else",
  "h:status": "says an application's status changed",
};

function hintWords(feature: string): string | undefined {
  if (feature.startsWith("h:addr:")) return `the sender's address says '${feature.slice(7)}'`;
  return HINT_WORDS[feature];
}

/** Features read so far: the evidence of every email reads a few of the model's few thousand. */
const READABLE = new Map<string, string>();

function readable(feature: string): string {
  let text = READABLE.get(feature);
  if (text === undefined) {
    text = readableOnce(feature);
    // A bound, so a stream of models trained in one process cannot grow it without end.
    if (READABLE.size >= 20_000) READABLE.clear();
    READABLE.set(feature, text);
  }
  return text;
}

function readableOnce(feature: string): string {
  const colon = feature.indexOf(":");
  const prefix = colon > 0 && colon < 5 ? feature.slice(0, colon) : "";
  const text = (prefix ? feature.slice(colon + 1) : feature)
    .replace(/_/g, " ")
    .replace(/zzurl(\w+)/g, "link to $1")
    .replace(/zzurl/g, "a link")
    .replace(/#/g, "<number>");
  if (prefix === "s") return `${text} (subject)`;
  if (prefix === "n") return `${text} (sender name)`;
  if (prefix === "l") return text;
  if (prefix === "from") return `sender: ${text}`;
  return text;
}

/**
 * Classifies one email, with the user's personal model when there is one. Total: never throws,
 * whatever the input.
 */
export function classifyEmail(email: EmailInput, personal?: PersonalModel): Classification {
  try {
    return classifyWith(
      defaultModel(),
      prepare(email),
      email?.date,
      DEFAULT_TUNING,
      email?.timeZone,
      personal,
    );
  } catch {
    return {
      category: "other",
      confidence: 0,
      needsReview: true,
      evidence: ["could not read this email"],
      hints: { links: [] },
    };
  }
}
