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
  return new PreparedEmail(
    sender,
    senderKind,
    subject,
    body,
    fullBody,
    featureWords(sender, senderKind, subject, body),
  );
}

/**
 * One class for every prepared email, its lazy `features` on the prototype: an object literal with
 * its own getter and setter closures, and a property defined on it afterwards, gave each email a
 * hidden class of its own, which the garbage collector then carried from one email to the next.
 */
class PreparedEmail implements Prepared {
  #features: string[] | undefined;
  /** The tokens of the word features; undefined once features are set by hand. */
  #words: FeatureWords | undefined;
  readonly foreignShare: number;
  constructor(
    readonly sender: Sender,
    readonly senderKind: DomainKind | undefined,
    readonly subject: string,
    readonly body: string,
    readonly fullBody: string,
    words: FeatureWords,
  ) {
    this.#words = words;
    this.foreignShare = foreignShareOf(words);
  }

  // Listed when read (personal model, training): the classifier walks the words instead.
  get features(): string[] {
    this.#features ??= featureNames(this.#words as FeatureWords);
    return this.#features;
  }

  // Features set by hand are what the classifier reads from then on.
  set features(value: string[]) {
    this.#features = value;
    this.#words = undefined;
  }

  static words(p: Prepared): FeatureWords | undefined {
    return p instanceof PreparedEmail ? p.#words : undefined;
  }

  /** The fields in the order a plain object of them has (stage digests hash this). */
  toJSON() {
    const { sender, senderKind, subject, body, fullBody, features, foreignShare } = this;
    return { sender, senderKind, subject, body, fullBody, features, foreignShare };
  }
}

/**
 * The tokens of a prepared email's word features (features lists what they make); undefined for one
 * prepare() did not make, or whose features were set since.
 */
export function preparedWords(p: Prepared): FeatureWords | undefined {
  return PreparedEmail.words(p);
}
