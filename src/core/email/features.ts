// What the shipped model reads of one email: the word and word-pair features of prepare(), the phrase
// rules' scores (so the model learns how far to trust each category's rules), and shape hints that
// carry from one sender to another (a time of day, a link to a test platform, pay, a greeting).
// Training (train.ts) and classifying (classify.ts) both build their vectors here.
import type { EmailCategory } from "../types";
import { CATEGORIES } from "./categories";
import { hostKind } from "./domains";
import type { Prepared } from "./prepare";
import type { Hit } from "./rule-scores";
import { REPLY_SUBJECT } from "./sections";
import { shapeFeatures } from "./shapes";
import { extractUrls, urlHost, words } from "./text";

export interface FeatureVector {
  names: string[];
  values: number[];
}

/** Rule scores are clamped to ±RULE_CLAMP and divided by RULE_UNIT before the model reads them. */
const RULE_CLAMP = 12;
const RULE_UNIT = 4;

const TIME =
  /\b([01]?\d|2[0-3])[:.][0-5]\d\s*(am|pm|a\.m\.|p\.m\.)?|\b(1[0-2]|0?[1-9])\s*(am|pm|a\.m\.|p\.m\.)\b/i;
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTH_DAY =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONEY =
  /[$£€₹]\s?\d|\b\d[\d,.]*\s?(k|usd|eur|gbp|inr|lpa)\b|\b(salary|per annum|p\.a\.|per hour|hourly rate|compensation|ctc|base pay)\b/i;
const GREETING =
  /^\s*(dear|hi|hello|hey|good (morning|afternoon)|greetings|hallo|bonjour|hola|liebe|sehr geehrte)\b/i;
const GREETING_NAME = /^\s*(dear|hi|hello|hey)\s+[A-Z][a-z]+/;
const GREETING_GENERIC =
  /^\s*(dear|hi|hello)\s+(candidate|applicant|sir|madam|all|there|team|hiring manager)\b/i;
const SIGN_OFF =
  /\b(kind regards|best regards|warm regards|regards|sincerely|best wishes|many thanks|cheers|thanks|mit freundlichen grüßen|cordialement|saludos)\s*,?\s*\n/i;
const UNSUBSCRIBE = /\bunsubscribe\b/i;
const QUESTION = /\?\s*(\n|$)/;

/** The vector for one email, given its prepared fields and its rule hits and scores. */
export function modelFeatures(
  p: Prepared,
  rules: { scores: Map<EmailCategory, number>; hits: readonly Hit[] },
): FeatureVector {
  const names = [...p.features];
  const values = names.map(() => 1);
  otherFeatures(p, rules, (name, value) => {
    names.push(name);
    values.push(value);
  });
  return { names, values };
}

const RULE_SCORE = CATEGORIES.map((c) => `rule:${c}`);
const RULE_TOP = CATEGORIES.map((c) => `rule:top:${c}`);
const RULE_WHERE = {
  subject: CATEGORIES.map((c) => `rule:subject:${c}`),
  body: CATEGORIES.map((c) => `rule:body:${c}`),
  guard: CATEGORIES.map((c) => `rule:guard:${c}`),
};

/**
 * The features after the words (rule scores, rule hits, shape hints), in order, each given to `add`
 * with its value: modelFeatures lists them after p.features, the classifier scores them as they come.
 */
export function otherFeatures(
  p: Prepared,
  rules: { scores: Map<EmailCategory, number>; hits: readonly Hit[] },
  add: (name: string, value: number) => void,
): void {
  // Each category's rule score, and which category the rules favour when they favour one clearly.
  let best = -1;
  let bestScore = 0;
  for (let c = 0; c < CATEGORIES.length; c++) {
    const s = Math.max(
      -RULE_CLAMP,
      Math.min(RULE_CLAMP, rules.scores.get(CATEGORIES[c] as EmailCategory) ?? 0),
    );
    if (s !== 0) add(RULE_SCORE[c] as string, s / RULE_UNIT);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (best >= 0 && bestScore >= 3) add(RULE_TOP[best] as string, 1);
  if (best < 0) add("rule:none", 1);
  let seen: string[] | undefined;
  for (const h of rules.hits) {
    if (h.w <= 0) continue;
    const where = h.say.startsWith("subject") ? "subject" : h.say.startsWith("phrase") ? "body" : "guard";
    const name = RULE_WHERE[where][CATEGORIES.indexOf(h.cat)] ?? `rule:${where}:${h.cat}`;
    seen ??= [];
    if (seen.includes(name)) continue;
    seen.push(name);
    add(name, 1);
  }
  for (const h of hintFeatures(p)) add(h, 1);
}

/** Shape hints, as "h:…" features. */
export function hintFeatures(p: Prepared): string[] {
  const out: string[] = [];
  const body = p.body;
  const head = body.slice(0, 4000);
  if (REPLY_SUBJECT.test(p.subject)) out.push("h:reply");
  if (TIME.test(head)) out.push("h:time");
  if (WEEKDAY.test(head)) out.push("h:weekday");
  if (MONTH_DAY.test(head)) out.push("h:date");
  if (MONEY.test(head)) out.push("h:money");
  if (GREETING_GENERIC.test(body)) out.push("h:greet:generic");
  else if (GREETING_NAME.test(body)) out.push("h:greet:name");
  else if (GREETING.test(body)) out.push("h:greet");
  else out.push("h:greet:none");
  if (SIGN_OFF.test(body.slice(-600))) out.push("h:signoff");
  if (QUESTION.test(head)) out.push("h:question");
  if (UNSUBSCRIBE.test(p.fullBody)) out.push("h:unsubscribe");
  if (p.fullBody.length > body.length + 40) out.push("h:quoted");
  if (p.foreignShare >= 0.15) out.push("h:foreign");
  out.push(...shapeFeatures(p.subject, body));
  const n = body.length;
  out.push(n < 300 ? "h:len:short" : n < 1500 ? "h:len:medium" : "h:len:long");
  const kinds = new Set<string>();
  for (const url of extractUrls(p.fullBody, 30)) {
    const kind = hostKind(urlHost(url));
    if (kind) kinds.add(kind);
  }
  for (const k of [...kinds].sort()) out.push(`h:link:${k}`);
  // The address's own words, not the employer's name: "recruiting@jobalerts.example.com" says "job
  // alerts" for any employer. The last two labels of the host (the employer's domain) are left out.
  const [local = "", host = ""] = p.sender.address.split("@");
  const labels = host.split(".").slice(0, -2).join(" ");
  for (const w of new Set(words(`${local.replace(/[._+-]+/g, " ")} ${labels}`))) {
    if (w.length > 2 && w !== "#") out.push(`h:addr:${w}`);
  }
  return out;
}
