// Text plumbing shared by the classifier and the matcher: sender parsing, clean-up, links, tokens.
// Every function here is total: any string in, a value out, in time bounded by MAX_BODY.
import { MAIL_TEXT, markupText } from "../html-text";

/** Bodies are cut to this many characters before any regex or tokenising runs. */
export const MAX_BODY = 20_000;
export const MAX_SUBJECT = 500;

export interface Sender {
  name: string;
  address: string;
  /** Host part of the address, lower case ("us.greenhouse-mail.io"), or "". */
  host: string;
}

/** Parses "Name <addr@host>", "addr@host" or a bare name. */
export function parseFrom(from: unknown): Sender {
  const raw = typeof from === "string" ? from.slice(0, 500).trim() : "";
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(raw);
  let address = angle?.[1] ?? "";
  let name = angle ? raw.slice(0, angle.index).trim() : "";
  if (!angle) {
    const bare = /[^\s<>"']+@[^\s<>"']+/.exec(raw);
    address = bare?.[0] ?? "";
    name = bare ? raw.replace(bare[0], "").trim() : raw;
  }
  name = name.replace(/^["']+|["']+$/g, "").trim();
  address = address.toLowerCase();
  const at = address.lastIndexOf("@");
  const host = at >= 0 ? address.slice(at + 1).replace(/[^a-z0-9.-]/g, "") : "";
  return { name, address, host };
}

export function asText(value: unknown, max: number): string {
  if (typeof value !== "string") return "";
  return value.length > max ? value.slice(0, max) : value;
}

/** A body that arrives as HTML as the lines a mail reader shows (core/html-text.ts); text stays as it is. */
export function stripHtml(text: string): string {
  return /<[a-z!/][^>]{0,200}>/i.test(text) ? markupText(text, MAIL_TEXT) : text;
}

/** Typographic quotes and dashes to ASCII; whitespace runs to one space. */
export function normalise(text: string): string {
  return (
    text
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, "-")
      // Runs of spaces, tabs and no-break spaces: a lone space is left as it is (same result, no copy).
      .replace(/[\u00a0\t][\u00a0\t ]*| [\u00a0\t ]+/g, " ")
  );
}

const URL_RE = /\bhttps?:\/\/[^\s<>"'()\]]{1,500}/gi;

export function extractUrls(text: string, limit = 50): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_RE)) {
    out.push(m[0].replace(/[.,;:!?]+$/, ""));
    if (out.length >= limit) break;
  }
  return out;
}

export function urlHost(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return m?.[1]?.toLowerCase() ?? "";
}

function stem(word: string): string {
  if (word.length <= 3) return word;
  // "ies" → "y", else a final "s" after any other letter goes ("classes" → "classe", "class" stays).
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** A token as a feature: "'s" and apostrophes dropped, then stemmed. */
const token = (w: string) => stem(w.includes("'") ? w.replace(/'s$/, "").replace(/'/g, "") : w);

const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const APOSTROPHE = 39;

/** Lower-case word tokens; URLs become "urlhost_<label>", numbers "#". */
export function words(text: string): string[] {
  // A URL needs "http" (in any case, which lower case shows as "http"): without one, nothing to replace.
  let lower = text.toLowerCase();
  if (lower.includes("http")) {
    const cleaned = text.replace(URL_RE, (u) => {
      const host = urlHost(u).split(".");
      const label = host.length >= 2 ? host[host.length - 2] : "x";
      return ` zzurl zzurl${label} `;
    });
    lower = cleaned.toLowerCase();
  }
  // ASCII text in one scan; asciiWords gives up at the first other character.
  const ascii = asciiWords(lower);
  if (ascii) return ascii;
  // Letters of any script, accents folded (Bewerbung, candidature, entrevista read as words too).
  const folded = lower
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss");
  const out: string[] = [];
  for (const m of folded.matchAll(/\p{L}[\p{L}']*\p{L}|\p{L}|\d+/gu)) {
    const w = m[0];
    out.push(isDigit(w.charCodeAt(0)) ? "#" : token(w));
  }
  return out;
}

/**
 * The same tokens for ASCII text as /\p{L}[\p{L}']*\p{L}|\p{L}|\d+/gu gives, by one scan: in
 * lower-case ASCII a letter is a–z, and a word runs to its last letter (apostrophes inside only).
 * Null when the text has a character past ASCII.
 */
function asciiWords(text: string): string[] | null {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 127) return null;
    if (isLower(c)) {
      let last = i;
      for (let j = i + 1; j < n; j++) {
        const d = text.charCodeAt(j);
        if (isLower(d)) last = j;
        else if (d !== APOSTROPHE) break;
      }
      out.push(token(text.slice(i, last + 1)));
      i = last + 1;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      out.push("#");
      i = j;
    } else i++;
  }
  return out;
}
