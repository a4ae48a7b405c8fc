// Turns untrusted email input into the cleaned fields both the rules and the model read.
// Training and classifying go through this same function, so their features agree.
import { type DomainKind, hostKind } from "./domains";
import { newPart } from "./quoted";
import { asText, MAX_BODY, MAX_SUBJECT, normalise, parseFrom, type Sender, stripHtml } from "./text";
import { type FeatureWords, featureNames, featureWords, foreignShareOf } from "./word-features";

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

export function prepare(email: EmailInput): Prepared {
  const e = (email ?? {}) as EmailInput;
  const sender = parseFrom(e.from);
  const senderKind = hostKind(sender.host);
  const subject = normalise(asText(e.subject, MAX_SUBJECT)).trim();
  const fullBody = normalise(stripHtml(asText(e.body, MAX_BODY)));
  const body = newPart(fullBody);
  const fw = featureWords(sender, senderKind, subject, body);
  let features: string[] | undefined;
  const p: Prepared = {
    sender,
    senderKind,
    subject,
    body,
    fullBody,
    // Listed when read (personal model, training): the classifier walks the words instead.
    get features() {
      features ??= featureNames(fw);
      return features;
    },
    // Features set by hand are what the classifier reads from then on.
    set features(value: string[]) {
      features = value;
      delete (p as Partial<WithWords>)[WORDS];
    },
    foreignShare: foreignShareOf(fw),
  };
  // Not enumerable: JSON, spreads and comparisons see the fields above only.
  Object.defineProperty(p, WORDS, { value: fw, configurable: true });
  return p;
}

const WORDS = Symbol("words");
interface WithWords {
  [WORDS]: FeatureWords;
}

/**
 * The tokens of a prepared email's word features (features lists what they make); undefined for one
 * prepare() did not make, or whose features were set since.
 */
export function preparedWords(p: Prepared): FeatureWords | undefined {
  return (p as Partial<WithWords>)[WORDS];
}
