// Turns untrusted email input into the cleaned fields both the rules and the model read.
// Training and classifying go through this same function, so their features agree.
import { type DomainKind, hostKind } from "./domains";
import {
  asText,
  MAX_BODY,
  MAX_SUBJECT,
  newPart,
  normalise,
  parseFrom,
  type Sender,
  stripHtml,
  words,
} from "./text";

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
}

const NO_REPLY =
  /^(no-?reply|do-?not-?reply|donotreply|noreply|notifications?|alerts?|jobs-noreply|jobalerts|messages-noreply|mailer)/;

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
    features: featuresOf(sender, senderKind, subject, body),
  };
}

function featuresOf(sender: Sender, kind: DomainKind | undefined, subject: string, body: string): string[] {
  const set = new Set<string>();
  const add = (prefix: string, ws: string[]) => {
    for (let i = 0; i < ws.length; i++) {
      set.add(prefix + ws[i]);
      if (i + 1 < ws.length) set.add(`${prefix}${ws[i]}_${ws[i + 1]}`);
    }
  };
  add("s:", words(subject));
  add("", words(body.slice(0, 6000)));
  // The opening says what an email is about; it counts twice.
  for (const w of words(lead(body))) set.add(`l:${w}`);
  for (const w of words(sender.name)) set.add(`n:${w}`);
  set.add(`from:${kind ?? (sender.host ? "plain" : "none")}`);
  const local = sender.address.split("@")[0] ?? "";
  if (NO_REPLY.test(local)) set.add("from:noreply");
  return [...set];
}

/** The first lines of the message after the greeting, about 300 characters. */
function lead(body: string): string {
  const text = body.replace(/^\s*(dear|hi|hello|hey|good (morning|afternoon)|greetings)\b[^\n]{0,60}\n/i, "");
  return text.slice(0, 300);
}
