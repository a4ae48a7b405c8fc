// Compose links into the user's own mail: Gmail, Outlook on the web, the system mail app (mailto:). Debrief
// only builds the link; the user's mail opens it and the user sends. Long notes are cut, on the plain text
// and before encoding (so never inside a %XX escape or a surrogate pair), at a paragraph, line or word
// boundary, to what each target takes. Outlook's compose deep link takes to, subject and body
// (gist.github.com/katrinafyi/806fe51b8a6cd109b4f0689717b8034c, after Microsoft's 2016 OWA deep-link post).
import { wellFormed } from "./fields";
import { isAddress } from "./recipients";

export type MailTarget = "gmail" | "outlook" | "mailto";

export const TARGET_LABEL: Record<MailTarget, string> = {
  gmail: "Open in Gmail",
  outlook: "Open in Outlook",
  mailto: "Email app",
};

/**
 * Longest URL each target is given, in characters. mailto: about 2,000 (Chrome hands the OS no more,
 * and Outlook desktop takes 2,046; stackoverflow.com/questions/13317429). Outlook on the web: kept to
 * the same 2,000, the IIS default query-string limit being 2,048. Gmail: 8,000, under the 8 kB request
 * line common front ends accept. A thank-you note is well under all three.
 */
export const URL_LIMITS: Record<MailTarget, number> = { gmail: 8000, outlook: 2000, mailto: 2000 };
const SUBJECT_MAX = 200;

export interface MailDraft {
  to: readonly string[];
  subject: string;
  body: string;
}

export interface ComposeLink {
  url: string;
  /** True when the note was cut to fit; the UI says so and offers Copy for the whole note. */
  cut: boolean;
  /** Characters of the body the link carries. */
  bodyChars: number;
}

// RFC 6068: line breaks in a mailto body are %0D%0A. The web composers take plain %0A.
const encode = (target: MailTarget, text: string) =>
  encodeURIComponent(target === "mailto" ? text.replace(/\n/g, "\r\n") : text);

function base(target: MailTarget, to: string, subject: string): string {
  const su = encode(target, subject);
  switch (target) {
    case "gmail":
      return `https://mail.google.com/mail/?view=cm&fs=1&to=${encodeURIComponent(to)}&su=${su}&body=`;
    case "outlook":
      return `https://outlook.office.com/mail/deeplink/compose?to=${encodeURIComponent(to)}&subject=${su}&body=`;
    case "mailto":
      // The address list is the path; addresses are checked (recipients.ts), "@" may stay as it is.
      return `mailto:${encodeURIComponent(to).replace(/%40/g, "@")}?subject=${su}&body=`;
  }
}

/** The longest prefix of `text` whose encoding fits in `budget`, ended at a boundary when cut. */
export function cutToFit(
  text: string,
  budget: number,
  enc: (s: string) => string,
): { text: string; cut: boolean } {
  if (enc(text).length <= budget) return { text, cut: false };
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const n = enc(ch).length;
    if (used + n > budget) break;
    used += n;
    end += ch.length;
  }
  const head = text.slice(0, end);
  const boundary = [head.lastIndexOf("\n\n"), head.lastIndexOf("\n"), head.search(/\s\S*$/)].find(
    (i) => i > end / 2,
  );
  return { text: (boundary === undefined ? head : head.slice(0, boundary)).trimEnd(), cut: true };
}

export function composeLink(target: MailTarget, draft: MailDraft): ComposeLink {
  const to = draft.to.filter(isAddress).join(",");
  const subject = cutToFit(wellFormed(draft.subject).replace(/\s+/g, " ").trim(), SUBJECT_MAX, (s) => s).text;
  const prefix = base(target, to, subject);
  const body = wellFormed(draft.body.replace(/\r\n?/g, "\n"));
  const fit = cutToFit(body, Math.max(0, URL_LIMITS[target] - prefix.length), (s) => encode(target, s));
  return { url: prefix + encode(target, fit.text), cut: fit.cut, bodyChars: fit.text.length };
}
