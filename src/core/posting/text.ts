// String helpers shared by every source. All inputs are untrusted page text: results are plain text,
// capped in length, and never interpreted as markup.
import { decodeEntities } from "../entities";
import { MARKUP_LIMIT, markupText, POSTING_TEXT } from "../html-text";

export const LIMITS = {
  title: 300,
  company: 200,
  location: 200,
  locations: 20,
  description: 5000,
  /** Raw HTML read from JSON-LD or app data before it is turned into text. */
  html: MARKUP_LIMIT,
} as const;

/** Collapses whitespace, trims and caps a string; "" for nullish. */
export function clean(value: unknown, max: number = LIMITS.title): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  // The cap before collapsing bounds the work on huge strings; the indentation in front of a text node (a
  // page saved as the browser rendered it indents nested text by hundreds of spaces) does not count.
  const s = String(value)
    .trimStart()
    .slice(0, max * 4 + 100);
  return s.replace(/\s+/g, " ").trim().slice(0, max).trim();
}

/** Text from a JSON-LD/app-data string: entities decoded, whitespace collapsed. Markup stays literal. */
export function plain(value: unknown, max: number = LIMITS.title): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  return clean(decodeEntities(String(value).slice(0, max * 8 + 100)), max);
}

/**
 * An HTML fragment (as JSON-LD descriptions ship it, sometimes entity-escaped) as plain text with paragraph
 * breaks and bullets (core/html-text.ts: nothing is parsed into a live DOM, and each pass is linear).
 */
export function htmlToText(html: unknown, max: number = LIMITS.description): string {
  return markupText(html, POSTING_TEXT, max);
}

const EMPLOYMENT: ReadonlyArray<[RegExp, string]> = [
  [/full[\s_-]?time|\bfulltime\b|permanent/i, "Full-time"],
  [/part[\s_-]?time|\bparttime\b/i, "Part-time"],
  [/contract|freelance|\bcontractor\b/i, "Contract"],
  [/temp(orary)?\b|seasonal/i, "Temporary"],
  [/intern(ship)?\b/i, "Internship"],
  [/per[\s_-]?diem/i, "Per diem"],
  [/volunteer/i, "Volunteer"],
];

/** Maps board wording ("FULL_TIME", "Full time", "Permanent") onto one vocabulary; several are joined. */
export function normalizeEmploymentType(value: unknown): string {
  const parts = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const part of parts.slice(0, 10)) {
    const s = typeof part === "string" ? part.slice(0, 200) : "";
    for (const [re, label] of EMPLOYMENT) if (re.test(s) && !found.includes(label)) found.push(label);
  }
  return found.join(", ");
}

/** "2024-05-01T12:00:00Z", "2024-05-01", "05/01/2024" → "2024-05-01"; anything else → "". */
export function normalizeDate(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  const s = String(value).trim().slice(0, 60);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s);
  if (us) return `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}`;
  if (!/[a-z]{3}/i.test(s) || /ago|today|yesterday/i.test(s)) return "";
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : "";
}

// Workplace labels as boards localise them (LinkedIn and Indeed show "In sede", "Vor Ort", "Híbrido"…).
// Letters on both sides are excluded by look-arounds: \b does not see accented letters.
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, "iu");
const REMOTE = word(
  "remote|telecommute|work from home|wfh|da remoto|remoto|en remoto|télétravail|teletravail|à distance|teletrabajo|zdaln[aey]|op afstand|distans",
);
const HYBRID = word("hybrid|ibrido|híbrido|hibrido|hybride|hybrydow[aey]");
const ON_SITE = word(
  "on-?site|in[- ]office|in[- ]person|in sede|vor ort|sur site|presencial|op locatie|stacjonarn[aey]|på plats",
);

/** True for workplace wording that means fully remote; false for on-site/hybrid; undefined otherwise. */
export function remoteFromText(value: string): boolean | undefined {
  if (REMOTE.test(value) && !HYBRID.test(value)) return true;
  if (HYBRID.test(value) || ON_SITE.test(value)) return false;
  return undefined;
}
