// A message body as plain text: block elements become line breaks, quoted history and signatures that
// the provider marks are left out, then text-level markers ("On … wrote:", "-- ") cut what remains.
import { trimQuoted } from "../../core/email/quoted";
import { capText, elementText, MAIL_TEXT } from "../../core/html-text";

/** Stored bodies are cut to this many characters (a few kB). */
export const MAX_BODY_CHARS = 4000;

export interface Trim {
  /** Reading stops at the first element matching one of these (what follows is history). */
  cut: readonly string[];
  /** These elements are left out. */
  skip: readonly string[];
}

/**
 * Text of `root`, leaving out what `trim` marks. The walk is core/html-text.ts's (children by index, as
 * Firefox's Xray wrappers allow); this side adds what only the page knows: its selectors and `hidden`.
 */
export function plainText(root: Element, trim: Trim = { cut: [], skip: [] }): string {
  const cutSelector = trim.cut.join(", ");
  const skipSelector = trim.skip.join(", ");
  return elementText(root, MAIL_TEXT, {
    cut: cutSelector ? (el) => el.matches(cutSelector) : undefined,
    skip: (el) => (el !== root && !!skipSelector && el.matches(skipSelector)) || (el as HTMLElement).hidden,
    // A huge body (10 MB) is not walked to its end: a few times what is kept is plenty to cut from.
    budget: MAX_BODY_CHARS * 8,
  });
}

export function truncate(text: string, max = MAX_BODY_CHARS): string {
  return capText(text, max);
}

/** The body as stored and sent: marked parts left out, text markers cut, a few kB at most. */
export function bodyText(root: Element, trim: Trim): string {
  return truncate(trimQuoted(plainText(root, trim)));
}

const NUMERIC = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[,\s]+(\d{1,2})[:h.](\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?/;

/**
 * A date shown by the page, in the page's local time, or undefined when it cannot be read for sure.
 * All-number dates follow the page language: month first only for US English ("en", "en-US").
 */
export function parseDate(text: string | null | undefined, lang = "en"): number | undefined {
  if (!text) return undefined;
  const cleaned = text
    .replace(/[\u202f\u00a0]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const n = NUMERIC.exec(cleaned);
  if (n) {
    const [a = "", b = "", year = "", h = "", min = "", ampm = ""] = n.slice(1);
    const monthFirst = /^en(-us)?$/i.test(lang.trim() || "en");
    const month = Number(monthFirst ? a : b);
    const day = Number(monthFirst ? b : a);
    let hour = Number(h) % (ampm ? 12 : 24);
    if (/p/i.test(ampm)) hour += 12;
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return new Date(Number(year), month - 1, day, hour, Number(min)).getTime();
  }
  // Gmail writes "Tue, Nov 4, 2025, 10:12 AM"; some locales add " at ", which Date.parse refuses.
  // Only English month names are trusted: Date.parse guesses at anything else.
  const english =
    /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
  if (!english.test(cleaned)) return undefined;
  const ms = Date.parse(cleaned.replace(/\bat\b/g, " ").replace(/\s+/g, " "));
  return Number.isFinite(ms) ? ms : undefined;
}
