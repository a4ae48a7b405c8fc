// The page's own spelling of a place its structured data names: JSON-LD says "USA" or "Kalubowila,
// Western, LK" where the job's header shows "Remote - United States" or "Kalubowila, Sri Lanka". The
// user checks the saved record against what the page shows, so a shown line wins when it clearly names
// the same place: its locality (or, for a country alone, the country) and one more part of the address.
// Bounded: a fixed number of elements, short leaf lines only, site chrome (nav, footer, pickers) skipped.
import { walkElements } from "./dom";
import { clean, LIMITS } from "./text";

const MAX_ELEMENTS = 4000;
const MAX_LINE = 80;
// Where a country or city name is a menu entry, not the job's place.
const CHROME = "nav, footer, select, option, button, script, style, noscript, template, [role='navigation']";

// Three-letter codes JSON-LD writes for the countries whose pages most often spell them out.
const ALPHA3: Record<string, string> = { USA: "US", GBR: "GB", CAN: "CA", AUS: "AU", DEU: "DE", FRA: "FR" };
let regionNames: Intl.DisplayNames | undefined;

/** "US" → "United States"; "" when the runtime has no region names or the code is unknown. */
function countryName(code: string): string {
  const two = ALPHA3[code.toUpperCase()] ?? code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(two)) return "";
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    const name = regionNames.of(two) ?? "";
    return name === two ? "" : name;
  } catch {
    return "";
  }
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase();
const hasWord = (line: string, word: string) =>
  !!word &&
  new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(line);

/** Each part of "Kalubowila, Western, LK" with the spellings a page may use for it. */
function partsOf(place: string): string[][] {
  return place
    .split(/\s*,\s*/)
    .filter(Boolean)
    .map((part) => {
      const name = /^[A-Za-z]{2,3}$/.test(part) ? countryName(part) : "";
      return [part, name].filter(Boolean).map(fold);
    });
}

/** Whether a shown line names the place: its first part, and one more when the place has more. */
function names(line: string, parts: string[][]): boolean {
  const l = fold(line);
  const has = (spellings: string[]) => spellings.some((s) => hasWord(l, s));
  const [head, ...rest] = parts;
  if (!head || !has(head)) return false;
  return rest.length === 0 || rest.some(has);
}

/** Short leaf lines of the page in document order, outside the site's chrome. */
function shownLines(doc: Document): string[] {
  const lines: string[] = [];
  for (const el of walkElements(doc.body, MAX_ELEMENTS)) {
    if (el.childElementCount > 0) continue;
    const text = clean(el.textContent ?? "", MAX_LINE + 1);
    if (text.length < 2 || text.length > MAX_LINE || /[.!?]$/.test(text) || text.split(" ").length > 10)
      continue;
    if (el.closest(CHROME)) continue;
    lines.push(text);
  }
  return lines;
}

/** The structured places, each replaced by the first shown line that names it (kept when none does). */
export function shownPlaces(doc: Document, places: readonly string[]): string[] {
  if (!places.length || !doc.body) return [...places];
  const lines = shownLines(doc);
  const out: string[] = [];
  for (const place of places) {
    const parts = partsOf(place);
    const same = lines.some((line) => fold(line) === fold(place));
    const shown = same ? undefined : lines.find((line) => names(line, parts));
    const value = clean(shown ?? place, LIMITS.location);
    if (!out.includes(value)) out.push(value);
  }
  return out;
}
