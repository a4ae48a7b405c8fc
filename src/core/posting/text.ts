// String helpers shared by every source. All inputs are untrusted page text: results are plain text,
// capped in length, and never interpreted as markup.

export const LIMITS = {
  title: 300,
  company: 200,
  location: 200,
  locations: 20,
  description: 5000,
  /** Raw HTML read from JSON-LD or app data before it is turned into text. */
  html: 200_000,
} as const;

/** Collapses whitespace, trims and caps a string; "" for nullish. */
export function clean(value: unknown, max: number = LIMITS.title): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  const s = String(value).slice(0, max * 4 + 100);
  return s.replace(/\s+/g, " ").trim().slice(0, max).trim();
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  aacute: "á",
  ccedil: "ç",
  ouml: "ö",
  uuml: "ü",
  auml: "ä",
  szlig: "ß",
  ntilde: "ñ",
  oacute: "ó",
  iacute: "í",
  uacute: "ú",
  times: "×",
};

/** Decodes HTML character references (numeric and the common named ones); unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Text from a JSON-LD/app-data string: entities decoded, whitespace collapsed. Markup stays literal. */
export function plain(value: unknown, max: number = LIMITS.title): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  return clean(decodeEntities(String(value).slice(0, max * 8 + 100)), max);
}

/** Tidies text assembled from blocks: trims lines, keeps at most one blank line between paragraphs. */
export function tidyParagraphs(s: string, max: number = LIMITS.description): string {
  const out = s
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}…` : out;
}

/**
 * An HTML fragment (as JSON-LD descriptions ship it, sometimes entity-escaped) as plain text with paragraph
 * breaks. Regex-based on purpose: nothing is parsed into a live DOM, and each pass is linear.
 */
export function htmlToText(html: unknown, max: number = LIMITS.description): string {
  if (typeof html !== "string") return "";
  let s = html.slice(0, LIMITS.html);
  // Escaped markup (&lt;p&gt;) is decoded first so it becomes markup to strip, not text to show.
  if (/&lt;\/?[a-z]/i.test(s) && !/<\/?[a-z]/i.test(s)) s = decodeEntities(s);
  s = s
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n• ")
    .replace(/<\/(p|div|h[1-6]|ul|ol|section|article|blockquote|pre|table|tr|header|footer)\s*>/gi, "\n\n")
    .replace(/<(p|div|h[1-6]|ul|ol|section|article|blockquote|pre|table|tr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]{0,2000}>/g, "");
  return tidyParagraphs(decodeEntities(s), max);
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
