// Rule scores per category: phrase-rule hits, weighed by where they sit (subject, message, footer),
// plus the sender's service kind, then re-weighed by the guards that need more than one phrase.
import type { EmailCategory } from "../types";
import { APPLICATION_CATEGORIES, CATEGORIES } from "./categories";
import { GatedTests, GateIndex, joinScans, WordKeys, type WordScan } from "./gate";
import {
  APPLICATION_CONTEXT,
  blankConditionals,
  INTERVIEWER_SIDE,
  JOB_WORDS,
  NEWSLETTER_CUES,
  NON_JOB_APPLICATION,
  OWN_APPLICATION,
  PROMO,
} from "./guards";
import { NAMED_JOB_APPLICATION, NAMED_NON_JOB_APPLICATION, SCAM_CUES, scamCues } from "./hard-negatives";
import { isJobRelated } from "./prefilter";
import type { Prepared } from "./prepare";
import { BODY_RULES, SUBJECT_RULES } from "./rules";
import { footerStart, REPLY_SUBJECT } from "./sections";

export interface Hit {
  cat: EmailCategory;
  w: number;
  say: string;
}

/** Phrases in a footer count this much of their weight. */
const FOOTER_WEIGHT = 0.3;
/** Subject phrases of a reply or forward count this much: the subject belongs to the earlier mail. */
const REPLY_WEIGHT = 0.5;
/** Decisions and next steps: when one of these is clear, "thank you for applying" is only a preamble. */
const DECISIVE: readonly EmailCategory[] = ["rejected", "interview", "assessment", "offer", "references"];

const quote = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function ruleHits(index: Gates, p: Prepared, body: string, subjectScan: WordScan, bodyScan: WordScan): Hit[] {
  const hits: Hit[] = [];
  if (p.subject) {
    const reply = REPLY_SUBJECT.test(p.subject);
    scratch.subjectLive = index.subject.live(subjectScan, scratch.subjectLive, p.subject);
    const live = scratch.subjectLive;
    SUBJECT_RULES.forEach((rule, i) => {
      if (live[i] && rule.re.test(p.subject)) {
        hits.push({
          cat: rule.cat,
          w: reply ? rule.w * REPLY_WEIGHT : rule.w,
          say: `subject says '${quote(p.subject)}'`,
        });
      }
    });
  }
  // Where the footer starts is looked for once a phrase matched.
  let footer = -1;
  scratch.bodyLive = index.body.live(bodyScan, scratch.bodyLive, body);
  const live = scratch.bodyLive;
  for (let i = 0; i < BODY_RULES.length; i++) {
    if (!live[i]) continue;
    // Only on the lines that have the rule's words, when its matches lie within a line.
    const m = index.body.exec(i, body, bodyScan);
    if (!m) continue;
    const rule = BODY_RULES[i] as (typeof BODY_RULES)[number];
    if (footer < 0) footer = footerStart(body);
    const inFooter = m.index >= footer;
    hits.push({
      cat: rule.cat,
      w: inFooter ? rule.w * FOOTER_WEIGHT : rule.w,
      say: `phrase '${quote(m[0])}'${inFooter ? " (in the footer)" : ""}`,
    });
  }
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
export function ruleScores(p: Prepared): { scores: Map<EmailCategory, number>; hits: Hit[] } {
  const { text: body, removed } = blankConditionals(p.body);
  const all = `${p.subject}\n${body}`;
  // One scan of each text for every gate: the rules', and the guards' on subject + body.
  const g = gatesForNextEmail();
  // Scans and flags of the last email are filled again: nothing keeps them past this call.
  const subjectScan = g.words.scan(p.subject, scratch.subject);
  const bodyScan = g.words.scan(body, scratch.body);
  const bothScan = joinScans(subjectScan, bodyScan, scratch.both);
  scratch.subject = subjectScan;
  scratch.body = bodyScan;
  scratch.both = bothScan;
  const test = g.all.tester(all, bothScan);
  const context = test(APPLICATION_CONTEXT);
  const hits = [...ruleHits(g, p, body, subjectScan, bodyScan), ...senderPrior(p, context)];
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
  const strongest = Math.max(...APPLICATION_CATEGORIES.map(get));

  // A price cut is no job offer: without employment wording, "offer" counts for nothing.
  const jobWords = test(JOB_WORDS);
  if (test(PROMO) && !(jobWords && hits.some((h) => h.cat === "offer" && h.w >= 5))) {
    scores.set("offer", Math.min(get("offer"), 0));
    note("other", 2, "promotional 'offer' wording, not a job offer");
  }
  // A rejection that mentions the interview, the test or an offer is still a rejection.
  if (get("rejected") >= 6)
    scale(["interview", "assessment", "applied", "update", "references", "offer"], 0.4);
  // "Thank you for applying" opens invitations, tests and offers too: a clear next step outranks it.
  else if (Math.max(...DECISIVE.map(get)) >= 5) {
    scale(["applied"], 0.5);
    scale(["update"], 0.7);
  }
  // Checks "as part of your offer" are the checks; otherwise an offer that mentions them is an offer.
  if (test(OFFER_CHECKS)) {
    scale(["offer"], 0.3);
  } else if (get("offer") >= 7) scale(["references"], 0.5);
  // An assessment centre is an interview day, not an online test.
  if (test(ASSESSMENT_CENTRE)) scale(["assessment"], 0.3);
  // A recruiter asking for a chat about a role the person never applied to is outreach.
  if (get("outreach") >= 6 && !/\b(your application|you applied|applying|your candidacy)\b/i.test(body)) {
    scale(["interview"], 0.5);
  }
  // A role's details set out as fields ("Role:", "Location:", "Duration:") is how a recruiter pitches one.
  if (get("job_alert") < 5 && jobAdFields(body) >= 3) {
    note("outreach", 4, "sets out a role's details (role, location, duration…) as a recruiter does");
  }
  // "An interview with Hip Tanaka": press and podcasts interview other people, not the reader.
  if (get("interview") > 0 && !context && test(PRESS_INTERVIEW) && !test(INTERVIEW_OF_YOU)) {
    scale(["interview"], 0.3);
    note("other", 3, "an interview with someone else (news or podcast), not with you");
  }
  if (test(INTERVIEWER_SIDE)) {
    scale(APPLICATION_CATEGORIES, 0.3);
    note("other", 7, "written to an interviewer or colleague, not to a candidate");
  }
  // Money asked of the applicant, no interview, unreal pay: a job scam is no offer or interview.
  if (scamCues(all, test) >= 2) {
    scale(APPLICATION_CATEGORIES, 0.2);
    note("other", 8, "reads like a job scam (fees, bank details or pay too good to be true)");
  }
  // Newsletters write about interviews and hiring; they are not about the reader's application.
  // The whole body has the scanned body's words when nothing was cut from it or blanked.
  const testFull = g.fullBody.tester(p.fullBody, p.fullBody === body ? bodyScan : undefined);
  if (countCues(testFull) >= 2 && !test(OWN_APPLICATION)) {
    scale(APPLICATION_CATEGORIES, 0.3);
    note("other", 3, "reads like a newsletter");
  }
  const personal = p.senderKind === undefined || p.senderKind === "free" || p.senderKind === "relay";
  if (personal && strongest < 5 && !isJobRelated({ subject: p.subject, body: p.fullBody })) {
    note("other", 4, "no hiring words, and not sent by a hiring service");
  } else if (
    (test(NON_JOB_APPLICATION) && !jobWords) ||
    (test(NAMED_NON_JOB_APPLICATION) && !test(NAMED_JOB_APPLICATION))
  ) {
    scale(APPLICATION_CATEGORIES, 0.2);
    note("other", 8, "an application for something other than a job");
  } else if (!context && p.senderKind === "board" && get("other") <= 0) {
    scale(APPLICATION_CATEGORIES, 0.5);
    note("job_alert", 3, "job-board mail that is not about one of your applications");
  } else if (!context && get("job_alert") < 3 && (get("other") > 0 || testFull(UNSUBSCRIBE))) {
    scale(APPLICATION_CATEGORIES, 0.2);
    note("other", 3, "reads like a newsletter or notification, not about an application");
  }
  // "If shortlisted, we will contact you" is what receipts say; "if you no longer wish to receive
  // these emails" is a mailing list's footer and says nothing about an application.
  const pending = removed.find((r) =>
    /\b(shortlist|select|successful|suitable|application|candida)/i.test(r),
  );
  if (pending) note("applied", 1, `conditional wording '${quote(pending, 50)}' is not a decision`);
  return { scores, hits };
}

/** Checks "as part of your offer" are the checks, not an offer. */
const OFFER_CHECKS =
  /\b(as part of|following|subject to|conditional (up)?on|contingent (up)?on|for) your (conditional |job |tentative )*offer\b/i;
const ASSESSMENT_CENTRE = /\bassessment (centre|center|day)\b/i;
const UNSUBSCRIBE = /\bunsubscribe\b/i;

/** The last email's scans and rule flags, reused by the next (ruleScores runs one email at a time). */
const scratch: {
  subject?: WordScan;
  body?: WordScan;
  both?: WordScan;
  subjectLive?: Uint8Array;
  bodyLive?: Uint8Array;
} = {};

interface Gates {
  words: WordKeys;
  subject: GateIndex;
  body: GateIndex;
  /** The guards on subject + body, and on the whole body. */
  all: GatedTests;
  fullBody: GatedTests;
}
let built: Gates | undefined;
let emails = 0;
/**
 * Emails scored with the whole-pattern gates before the finer branch-by-branch ones are built: a
 * worker woken for one email does not wait for them, a stream of emails soon has them. Either
 * gates only skip patterns that cannot match, so scores are the same with both.
 */
const FINE_GATES_AFTER = 100;

/** The gates for the email about to be scored (one set for all of its phrases and guards). */
function gatesForNextEmail(): Gates {
  emails++;
  if (!built || emails === FINE_GATES_AFTER) built = buildGates(emails >= FINE_GATES_AFTER);
  return built;
}

/** The word gates (gate.ts) of the rules and the guards, on one WordKeys, built together. */
function buildGates(branches: boolean): Gates {
  const words = new WordKeys();
  return {
    words,
    subject: new GateIndex(
      SUBJECT_RULES.map((r) => r.re),
      words,
      branches,
    ),
    body: new GateIndex(
      BODY_RULES.map((r) => r.re),
      words,
      branches,
    ),
    all: new GatedTests(
      [
        APPLICATION_CONTEXT,
        JOB_WORDS,
        PROMO,
        OFFER_CHECKS,
        ASSESSMENT_CENTRE,
        PRESS_INTERVIEW,
        INTERVIEW_OF_YOU,
        INTERVIEWER_SIDE,
        ...SCAM_CUES,
        OWN_APPLICATION,
        NON_JOB_APPLICATION,
        NAMED_NON_JOB_APPLICATION,
        NAMED_JOB_APPLICATION,
      ],
      words,
      branches,
    ),
    fullBody: new GatedTests([...NEWSLETTER_CUES, UNSUBSCRIBE], words, branches),
  };
}

const INTERVIEW_OF_YOU =
  /\b(you|your)\b[^.\n]{0,60}\binterview|\binterview\w*\b[^.\n]{0,60}\b(you|your)\b|\b(ihr|ihre|ihrem|dein|deine|sie|dich|vous|votre|usted|tu|su)\b/i;
/** "An interview with Hip Tanaka", "Comics Journal interviews Ted Rall": names, not "you". */
const PRESS_INTERVIEW =
  /\b[Ii]nterview(s|ed)? with (the )?[A-Z][\w.'-]+|\b[Ii]nterview(s|ed) [A-Z][\w.'-]+ [A-Z]|\b[Ii]nterview with (the |a |an )?(ceo|founder|author|director|composer|cartoonist|artist|writer|creator|designer)\b/;
const AD_FIELD =
  /^[\s*•-]*(role|position|job title|title|location|duration|experience|rate|visa|job description|client|job type|term|contract( type)?|employment type|start date|must have skills)\s*\*?\s*:/gim;

/** How many distinct "Role:", "Location:" … fields a body sets out. */
function jobAdFields(body: string): number {
  const seen = new Set<string>();
  for (const m of body.matchAll(AD_FIELD)) seen.add((m[1] ?? "").toLowerCase());
  return seen.size;
}

function countCues(test: (re: RegExp) => boolean): number {
  let n = 0;
  for (const re of NEWSLETTER_CUES) if (test(re)) n++;
  return n;
}
