// The word features of an email, in one place: which words and word pairs of the subject, body,
// opening and sender name the model reads, and in which order. prepare() lists them as strings
// (Prepared.features); the classifier walks the same features without building those strings
// (term-index.ts), so both see exactly the same features.
import type { DomainKind } from "./domains";
import type { Sender } from "./text";
import { words } from "./text";

/** The tokens the word features are made of, cut once per email. */
export interface FeatureWords {
  subject: string[];
  body: string[];
  lead: string[];
  name: string[];
  /** 1 where subject[i] or body[i] is a German, French or Spanish function word. */
  subjectStops: Uint8Array;
  bodyStops: Uint8Array;
  /** The sender features ("from:…"), whole. */
  from: string[];
}

/** Where a word feature comes from; its prefix in the feature's name is WORD_PREFIXES[part]. */
export const SUBJECT = 0;
export const BODY = 1;
export const LEAD = 2;
export const NAME = 3;
export type WordPart = typeof SUBJECT | typeof BODY | typeof LEAD | typeof NAME;
export const WORD_PREFIXES = ["s:", "", "l:", "n:"] as const;

/** What the walk reports, in the order the features come. */
export interface FeatureSink {
  word(part: WordPart, w: string): void;
  pair(part: WordPart, a: string, b: string): void;
  whole(name: string): void;
}

const NO_REPLY =
  /^(no-?reply|do-?not-?reply|donotreply|noreply|notifications?|alerts?|jobs-noreply|jobalerts|messages-noreply|mailer)/;

/**
 * German, French and Spanish function words (accents folded, as words() gives them). They say which
 * language a mail is in, not what it is about, and nearly all the non-English training mail is one
 * job seeker's German rejections: as features they would make every German email a rejection.
 */
const FOREIGN_STOPWORDS = new Set(
  (
    "der die das den dem des ein eine einen einem einer und oder aber wir ihr ihre ihren ihrer ihnen sie " +
    "du dich dir dein deine deinen deiner ich mich mir mit fur von zu zum zur auf aus bei nach uber an " +
    "im in ist sind war haben hat habe wird werden wurde nicht noch auch sehr uns unser unsere unseren " +
    "dass als wie so es um vielen dank herzlich herzlichen freundlichen grussen gruße grusse liebe lieber " +
    "le la les un une des du de et ou mais nous vous votre vos notre nos je tu il elle ils est sont avec " +
    "pour par sur dans au aux ce cette ces qui que ne pas plus tres bien merci bonjour cordialement " +
    "el los las una unos unas y o pero nosotros usted su sus tu tus mi con por para en al del es son " +
    "que se lo le les muy gracias hola saludos atentamente estimado estimada"
  ).split(" "),
);

export function featureWords(
  sender: Sender,
  kind: DomainKind | undefined,
  subject: string,
  body: string,
): FeatureWords {
  const from = [`from:${kind ?? (sender.host ? "plain" : "none")}`];
  const local = sender.address.split("@")[0] ?? "";
  if (NO_REPLY.test(local)) from.push("from:noreply");
  const subjectWords = words(subject);
  const bodyWords = words(body.slice(0, 6000));
  return {
    subject: subjectWords,
    body: bodyWords,
    // The opening says what an email is about; it counts twice.
    lead: words(lead(body)),
    name: words(sender.name),
    subjectStops: stopsOf(subjectWords),
    bodyStops: stopsOf(bodyWords),
    from,
  };
}

function stopsOf(ws: readonly string[]): Uint8Array {
  const out = new Uint8Array(ws.length);
  for (let i = 0; i < ws.length; i++) if (FOREIGN_STOPWORDS.has(ws[i] ?? "")) out[i] = 1;
  return out;
}

/** Reports every word feature of `fw` to `sink`, in order (repeats included). */
export function walkFeatures(fw: FeatureWords, sink: FeatureSink): void {
  walkWords(SUBJECT, fw.subject, fw.subjectStops, sink);
  walkWords(BODY, fw.body, fw.bodyStops, sink);
  for (const w of fw.lead) sink.word(LEAD, w);
  for (const w of fw.name) sink.word(NAME, w);
  for (const f of fw.from) sink.whole(f);
}

/** Words and word pairs; a foreign function word is no feature alone, and two of them no pair. */
function walkWords(part: WordPart, ws: readonly string[], stops: Uint8Array, sink: FeatureSink): void {
  let stop = stops[0] === 1;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    const next = ws[i + 1];
    if (!stop) sink.word(part, w);
    const nextStop = stops[i + 1] === 1;
    if (next !== undefined && !(stop && nextStop)) sink.pair(part, w, next);
    stop = nextStop;
  }
}

/** The feature names, each once, in the order they first come. */
export function featureNames(fw: FeatureWords): string[] {
  const set = new Set<string>();
  walkFeatures(fw, {
    word: (part, w) => set.add(WORD_PREFIXES[part] + w),
    pair: (part, a, b) => set.add(`${WORD_PREFIXES[part]}${a}_${b}`),
    whole: (name) => set.add(name),
  });
  return [...set];
}

/** Share of the body's words that are German, French or Spanish function words (0–1). */
export function foreignShareOf(fw: FeatureWords): number {
  let stops = 0;
  for (let i = 0; i < fw.bodyStops.length; i++) stops += fw.bodyStops[i] ?? 0;
  return fw.body.length === 0 ? 0 : stops / fw.body.length;
}

/** The first lines of the message after the greeting, about 300 characters. */
function lead(body: string): string {
  const text = body.replace(/^\s*(dear|hi|hello|hey|good (morning|afternoon)|greetings)\b[^\n]{0,60}\n/i, "");
  return text.slice(0, 300);
}
