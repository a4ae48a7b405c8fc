// The classifier: phrase rules with guards, plus the naive-Bayes model for everything the rules
// do not pin down. Both speak log-odds; their sum goes through a softmax into a confidence.
import type { EmailCategory } from "../types";
import { APPLICATION_CATEGORIES, CATEGORIES, CATEGORY_LABELS } from "./categories";
import {
  APPLICATION_CONTEXT,
  blankConditionals,
  INTERVIEWER_SIDE,
  JOB_WORDS,
  NON_JOB_APPLICATION,
  PROMO,
} from "./guards";
import { type EmailHints, extractHints } from "./hints";
import { type EmailModel, type LoadedModel, loadModel, scoreModel, topFeatures } from "./model";
import modelJson from "./model.gen.json";
import { isJobRelated } from "./prefilter";
import { type EmailInput, type Prepared, prepare } from "./prepare";
import { BODY_RULES, type Rule, SUBJECT_RULES } from "./rules";

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

export const REVIEW_THRESHOLD = 0.6;

export interface Tuning {
  /** Model log-odds are divided by this (after scaling by length) so the rules keep their say. */
  temperature: number;
  /** Rule log-odds per category are capped here. */
  ruleCap: number;
}
export const DEFAULT_TUNING: Tuning = { temperature: 8, ruleCap: 14 };

let loaded: LoadedModel | undefined;
export function defaultModel(): LoadedModel {
  loaded ??= loadModel(modelJson as EmailModel);
  return loaded;
}

interface Hit {
  cat: EmailCategory;
  w: number;
  say: string;
}

const quote = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function ruleHits(p: Prepared, body: string): Hit[] {
  const hits: Hit[] = [];
  const run = (rules: readonly Rule[], text: string, say: (m: string) => string) => {
    for (const rule of rules) {
      const m = rule.re.exec(text);
      if (m) hits.push({ cat: rule.cat, w: rule.w, say: say(m[0]) });
    }
  };
  if (p.subject) run(SUBJECT_RULES, p.subject, () => `subject says '${quote(p.subject)}'`);
  run(BODY_RULES, body, (m) => `phrase '${quote(m)}'`);
  return hits;
}

function senderPrior(p: Prepared, context: boolean): Hit[] {
  switch (p.senderKind) {
    case "assessment":
      return [{ cat: "assessment", w: 4, say: "sent by an online-assessment service" }];
    case "screening":
      return [{ cat: "references", w: 4, say: "sent by a background or reference-check service" }];
    case "scheduling":
      return context ? [{ cat: "interview", w: 3, say: "sent by a scheduling service" }] : [];
    case "ats":
      return [{ cat: "other", w: -3, say: "sent through an applicant-tracking system" }];
    default:
      return [];
  }
}

/** Rule scores per category after the guards, with the evidence behind them. */
function ruleScores(p: Prepared): { scores: Map<EmailCategory, number>; hits: Hit[] } {
  const { text: body, removed } = blankConditionals(p.body);
  const all = `${p.subject}\n${body}`;
  const context = APPLICATION_CONTEXT.test(all);
  const hits = [...ruleHits(p, body), ...senderPrior(p, context)];
  const scores = new Map<EmailCategory, number>(CATEGORIES.map((c) => [c, 0]));
  for (const h of hits) scores.set(h.cat, (scores.get(h.cat) ?? 0) + h.w);
  const get = (c: EmailCategory) => scores.get(c) ?? 0;
  const scale = (cats: readonly EmailCategory[], f: number) => {
    for (const c of cats) scores.set(c, get(c) * f);
  };
  const note = (cat: EmailCategory, w: number, say: string) => {
    scores.set(cat, get(cat) + w);
    hits.push({ cat, w, say });
  };

  // A price cut is no job offer: without employment wording, "offer" counts for nothing.
  const jobWords = JOB_WORDS.test(all);
  if (PROMO.test(all) && !(jobWords && hits.some((h) => h.cat === "offer" && h.w >= 5))) {
    scores.set("offer", Math.min(get("offer"), 0));
    note("other", 2, "promotional 'offer' wording, not a job offer");
  }
  // A rejection that mentions the interview, the test or an offer is still a rejection.
  if (get("rejected") >= 6)
    scale(["interview", "assessment", "applied", "update", "references", "offer"], 0.4);
  // Checks "as part of your offer" are the checks; otherwise an offer that mentions them is an offer.
  if (
    /\b(as part of|following|subject to|conditional (up)?on|contingent (up)?on|for) your (conditional |job |tentative )*offer\b/i.test(
      all,
    )
  ) {
    scale(["offer"], 0.3);
  } else if (get("offer") >= 7) scale(["references"], 0.5);
  // An assessment centre is an interview day, not an online test.
  if (/\bassessment (centre|center|day)\b/i.test(all)) scale(["assessment"], 0.3);
  // A recruiter asking for a chat about a role the person never applied to is outreach.
  if (get("outreach") >= 6 && !/\b(your application|you applied|applying|your candidacy)\b/i.test(body)) {
    scale(["interview"], 0.5);
  }
  if (INTERVIEWER_SIDE.test(all)) {
    scale(APPLICATION_CATEGORIES, 0.3);
    note("other", 4, "written to an interviewer or colleague, not to a candidate");
  }
  const personal = p.senderKind === undefined || p.senderKind === "free" || p.senderKind === "relay";
  if (personal && !isJobRelated({ subject: p.subject, body: p.fullBody })) {
    note("other", 4, "no hiring words, and not sent by a hiring service");
  } else if (NON_JOB_APPLICATION.test(all) && !jobWords) {
    scale(APPLICATION_CATEGORIES, 0.2);
    note("other", 6, "an application for something other than a job");
  } else if (!context && p.senderKind === "board" && get("other") <= 0) {
    scale(APPLICATION_CATEGORIES, 0.5);
    note("job_alert", 3, "job-board mail that is not about one of your applications");
  } else if (!context && get("job_alert") < 3 && (get("other") > 0 || /\bunsubscribe\b/i.test(p.fullBody))) {
    scale(APPLICATION_CATEGORIES, 0.2);
    note("other", 3, "reads like a newsletter or notification, not about an application");
  }
  if (removed.length > 0)
    note("applied", 1, `conditional wording '${quote(removed[0] ?? "", 50)}' is not a decision`);
  return { scores, hits };
}

export function classifyWith(
  m: LoadedModel,
  p: Prepared,
  date?: string | number,
  tuning: Tuning = DEFAULT_TUNING,
): Classification {
  const { scores, hits } = ruleScores(p);
  const { logScores, used } = scoreModel(m, p.features);
  const maxLog = Math.max(...logScores);
  const scale = tuning.temperature * Math.max(1, Math.sqrt(used.length / 25));
  const logits = m.classes.map(
    (c, i) => ((logScores[i] ?? maxLog) - maxLog) / scale + Math.min(scores.get(c) ?? 0, tuning.ruleCap),
  );
  const order = logits.map((l, i) => ({ l, i })).sort((a, b) => b.l - a.l || a.i - b.i);
  const best = order[0]?.i ?? 0;
  const top = order[0]?.l ?? 0;
  const sum = logits.reduce((a, l) => a + Math.exp(l - top), 0);
  const category = m.classes[best] ?? "other";
  const confidence = Math.round((1 / sum) * 1000) / 1000;

  const evidence = hits
    .filter((h) => h.cat === category && h.w > 0)
    .sort((a, b) => b.w - a.w)
    .map((h) => h.say);
  const words = topFeatures(m, used, best, order[1]?.i ?? best, 4).map(readable);
  if (words.length > 0) evidence.push(`wording like ${words.map((w) => `'${w}'`).join(", ")} (model)`);
  if (evidence.length === 0) evidence.push(`nothing specific; closest to ${CATEGORY_LABELS[category]}`);
  return {
    category,
    confidence,
    needsReview: confidence < REVIEW_THRESHOLD,
    evidence: [...new Set(evidence)].slice(0, 6),
    hints: extractHints(p, category, date),
  };
}

function readable(feature: string): string {
  const colon = feature.indexOf(":");
  const prefix = colon > 0 && colon < 5 ? feature.slice(0, colon) : "";
  const text = (prefix ? feature.slice(colon + 1) : feature)
    .replace(/_/g, " ")
    .replace(/zzurl(\w+)/g, "link to $1")
    .replace(/zzurl/g, "a link")
    .replace(/#/g, "<number>");
  if (prefix === "s") return `${text} (subject)`;
  if (prefix === "n") return `${text} (sender name)`;
  if (prefix === "from") return `sender: ${text}`;
  return text;
}

/** Classifies one email. Total: never throws, whatever the input. */
export function classifyEmail(email: EmailInput): Classification {
  try {
    return classifyWith(defaultModel(), prepare(email), email?.date);
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
