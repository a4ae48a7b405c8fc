// Turns untrusted email input into the cleaned fields both the rules and the model read.
// Training and classifying go through this same function, so their features agree.
import { type DomainKind, hostKind } from "./domains";
import { newPart } from "./quoted";
import { asText, MAX_BODY, MAX_SUBJECT, normalise, parseFrom, type Sender, stripHtml, words } from "./text";

export interface EmailInput {
  from?: string;
  subject?: string;
  body?: string;
  date?: string | number;
  /** The reader's time zone (IANA name): "by Friday" is counted on its calendar. UTC when left out. */
  timeZone?: string;
}

export interface Prepared {
  sender: Sender;
  senderKind: DomainKind | undefined;
  subject: string;
  /** What the sender wrote now (quoted history cut), normalised. */
  body: string;
  /** The whole (truncated) body, for links and hints that may sit in a footer. */
  fullBody: string;
  features: string[];
  /** Share of the body's words that are German, French or Spanish function words (0–1). */
  foreignShare: number;
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

export function prepare(email: EmailInput): Prepared {
  const e = (email ?? {}) as EmailInput;
  const sender = parseFrom(e.from);
  const senderKind = hostKind(sender.host);
  const subject = normalise(asText(e.subject, MAX_SUBJECT)).trim();
  const fullBody = normalise(stripHtml(asText(e.body, MAX_BODY)));
  const body = newPart(fullBody);
  return {
    sender,
    senderKind,
    subject,
    body,
    fullBody,
    ...featuresOf(sender, senderKind, subject, body),
  };
}

function featuresOf(
  sender: Sender,
  kind: DomainKind | undefined,
  subject: string,
  body: string,
): { features: string[]; foreignShare: number } {
  const set = new Set<string>();
  /** Adds the words and word pairs; returns how many of the words are foreign function words. */
  const add = (prefix: string, ws: string[]): number => {
    let stop = ws.length > 0 && FOREIGN_STOPWORDS.has(ws[0] ?? "");
    let stops = 0;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] ?? "";
      const next = ws[i + 1];
      if (stop) stops++;
      else set.add(prefix + w);
      const nextStop = next !== undefined && FOREIGN_STOPWORDS.has(next);
      if (next !== undefined && !(stop && nextStop)) set.add(`${prefix}${w}_${next}`);
      stop = nextStop;
    }
    return stops;
  };
  add("s:", words(subject));
  const bodyWords = words(body.slice(0, 6000));
  const stops = add("", bodyWords);
  // The opening says what an email is about; it counts twice.
  for (const w of words(lead(body))) set.add(`l:${w}`);
  for (const w of words(sender.name)) set.add(`n:${w}`);
  set.add(`from:${kind ?? (sender.host ? "plain" : "none")}`);
  const local = sender.address.split("@")[0] ?? "";
  if (NO_REPLY.test(local)) set.add("from:noreply");
  // Share of the body's words that are German, French or Spanish function words.
  return { features: [...set], foreignShare: bodyWords.length === 0 ? 0 : stops / bodyWords.length };
}

/** The first lines of the message after the greeting, about 300 characters. */
function lead(body: string): string {
  const text = body.replace(/^\s*(dear|hi|hello|hey|good (morning|afternoon)|greetings)\b[^\n]{0,60}\n/i, "");
  return text.slice(0, 300);
}
