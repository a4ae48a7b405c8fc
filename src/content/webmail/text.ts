// A message body as plain text: block elements become line breaks, quoted history and signatures that
// the provider marks are left out, then text-level markers ("On … wrote:", "-- ") cut what remains.
import { trimQuoted } from "../../core/email/quoted";

/** Stored bodies are cut to this many characters (a few kB). */
export const MAX_BODY_CHARS = 4000;

const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "DIV",
  "DL",
  "DT",
  "DD",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "IMG", "SVG"]);

export interface Trim {
  /** Reading stops at the first element matching one of these (what follows is history). */
  cut: readonly string[];
  /** These elements are left out. */
  skip: readonly string[];
}

/** Text of `root`, leaving out what `trim` marks. */
export function plainText(root: Element, trim: Trim = { cut: [], skip: [] }): string {
  const skipSelector = trim.skip.join(", ");
  const cutSelector = trim.cut.join(", ");
  const out: string[] = [];
  let stopped = false;
  let pre = 0;
  // A huge body (10 MB) is not walked to its end: a few times what is kept is plenty to cut from.
  let budget = MAX_BODY_CHARS * 8;
  const walk = (node: Node) => {
    if (stopped) return;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? "";
      out.push(pre > 0 ? text.replace(/[ \t]+/g, " ") : text.replace(/\s+/g, " "));
      budget -= text.length;
      if (budget <= 0) stopped = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (cutSelector && el !== root && el.matches(cutSelector)) {
      stopped = true;
      return;
    }
    if (skipSelector && el !== root && el.matches(skipSelector)) return;
    if (el.getAttribute("aria-hidden") === "true" || (el as HTMLElement).hidden) return;
    if (el.tagName === "BR") {
      out.push("\n");
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) out.push("\n");
    if (el.tagName === "PRE") pre++;
    // childNodes by index: no iterator (Firefox's Xray wrappers), no copy of a long list.
    for (let i = 0, kids = el.childNodes; i < kids.length && !stopped; i++) walk(kids[i] as Node);
    if (el.tagName === "PRE") pre--;
    if (block) out.push("\n");
    if (el.tagName === "TD" || el.tagName === "TH") out.push(" ");
  };
  walk(root);
  return tidy(out.join(""));
}

/** Collapses spaces per line and blank runs, trims. */
export function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function truncate(text: string, max = MAX_BODY_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
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
