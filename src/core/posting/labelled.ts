// Place and work arrangement from the labelled lines a job page prints about itself, in the languages
// career sites use: "Location: Zürich", "Standort: Berlin", "Lieu de travail : Fribourg",
// "Télétravail (2j max/semaine) : Non", a <dt>Remote status</dt><dd>Fully remote</dd> pair.
// Run on postings no board adapter reads (company career sites, hosted ATSs); bounded like dom.ts. Board
// adapters that know their board's label words ask for one value with labelled().
import { textOf, walkElements } from "./dom";
import { ARRANGEMENT, arrangementFrom, type Label, PLACE, readLabel } from "./labelled-words";
import type { Draft } from "./model";
import { clean, LIMITS, remoteFromText } from "./text";

/** What may carry a label: short elements only (a heading, a term, a bold run, one line). */
export const LABEL_TAGS = new Set([
  "DT",
  "TH",
  "TD",
  "LABEL",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "STRONG",
  "B",
  "SPAN",
  "P",
  "DIV",
  "LI",
  "SMALL",
]);
const FORM_CONTROL = "input, select, textarea, button, option";

// A filter's wording: "All locations", "Alle Standorte", "Select a city".
const FILTER = /\b(select|choose|wählen|choisir)\b|^(all|alle|toutes?|tous|todas?)(?=\s|\p{Lu}|$)/iu;

/** A place value: a short line, not a sentence, no filter or form text ("All locations", "AllWorldwide"). */
function placeOk(value: string): boolean {
  const words = value.split(/\s+/);
  return (
    value.length >= 2 &&
    value.length <= 120 &&
    words.length <= 12 &&
    !/[.!?]$/.test(value) &&
    !FILTER.test(value) &&
    // A tab strip read as one text repeats its words ("Présentation Présentation").
    !(words.length === 2 && words[0] === words[1])
  );
}

/** The places one value element lists: its items when it has several, else its text split on separators. */
function placesOf(el: Element | null, text: string): string[] {
  const items = el
    ? Array.from(el.children)
        .map((c) => textOf(c, LIMITS.location))
        .filter(Boolean)
    : [];
  const own = el ? textOf(el, LIMITS.location * 2) : text;
  // Several items whose texts together make up the value (separators aside): one place each.
  const joined = items.join("").replace(/[\s,·|;•]/g, "");
  const parts =
    items.length > 1 && joined === own.replace(/[\s,·|;•]/g, "")
      ? items
      : (el ? own : text).split(/\s+[·|•]\s+|\s*;\s*|\s+\/\s+/);
  const places = parts.map((p) => clean(p, LIMITS.location));
  // One "All" among them: the options of a filter, not the job's places.
  if (places.some((p) => FILTER.test(p))) return [];
  return places.filter(placeOk);
}

const BLOCK = /^(P|DIV|LI|UL|OL|DL|DT|DD|TABLE|TBODY|TR|TD|TH|H[1-6]|SECTION|ARTICLE|HEADER|BR|HR)$/;
const hasControl = (el: Element) => el.matches(FORM_CONTROL) || !!el.querySelector(FORM_CONTROL);

/**
 * The value beside a label element: the rest of its line (text and inline elements up to a break, a block
 * or the next label), else the element after it (<dt>…</dt><dd>…</dd>, a cell, a list under a heading).
 */
export function valueBeside(el: Element): { el: Element | null; text: string } | undefined {
  let text = "";
  let node = el.nextSibling;
  for (let steps = 0; node && steps < 20; steps++, node = node.nextSibling) {
    if (node.nodeType === 3) text += node.textContent ?? "";
    else if (node.nodeType === 1) {
      const e = node as Element;
      if (BLOCK.test(e.tagName.toUpperCase()) || e.tagName === el.tagName || hasControl(e)) break;
      text += ` ${e.textContent ?? ""}`;
    }
  }
  const rest = clean(text, 300)
    .replace(/^[\s:：–-]+/, "")
    .trim();
  if (rest) return { el: null, text: rest };
  const next = el.nextElementSibling;
  if (!next || hasControl(next)) return undefined;
  const value = textOf(next, LIMITS.location * 2);
  return value ? { el: next, text: value } : undefined;
}

const TERM_TAGS = new Set(["DT", "TH", "TD", "LABEL", "H2", "H3", "H4", "H5", "H6", "STRONG", "B"]);

/**
 * A label that is itself arrangement wording ("Remote", "Télétravail") is a label only when it looks like
 * one (a term, a bold run, or a trailing colon): a lone "Remote" badge before "No visa sponsorship" is not.
 */
function labelShaped(el: Element, label: Label, text: string): boolean {
  if (remoteFromText(label.name) === undefined) return true;
  return TERM_TAGS.has(el.tagName.toUpperCase()) || /[:：]\s*$/.test(text);
}

/** "Standort: Berlin" as one line of one element: the label before the first colon, the value after it. */
function inlinePair(el: Element, text: string): { label: Label; text: string } | undefined {
  const m = /^([^:：]{2,60})[:：]\s*([^:：]+)$/.exec(clean(text, 300));
  const label = m ? readLabel(m[1]!) : undefined;
  if (!label || hasControl(el)) return undefined;
  for (const child of Array.from(el.children)) if (BLOCK.test(child.tagName.toUpperCase())) return undefined;
  return { label, text: m![2]!.trim() };
}

/** At most `max` elements under `el`: only such small elements are read whole (a wrapper never is). */
export function small(el: Element, max = 12): boolean {
  // Sibling links, not .children: a live collection per element costs more than the whole walk.
  let n = 0;
  let node: Element | null = el.firstElementChild;
  while (node) {
    if (++n > max) return false;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== el && !node.nextElementSibling) node = node.parentElement;
    if (!node || node === el) return true;
    node = node.nextElementSibling;
  }
  return true;
}

// Subtrees never read: navigation and footers (site-wide filters and links), forms, code, drawings.
const SKIP = new Set([
  "NAV",
  "FOOTER",
  "FORM",
  "SELECT",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
]);

/** Elements under `root` in document order, skipping SKIP subtrees, at most `limit` visited. */
export function* candidates(root: Element, limit: number): Generator<Element> {
  let el: Element | null = root.firstElementChild;
  for (let n = 0; el && n < limit; n++) {
    const skip = SKIP.has(el.tagName.toUpperCase());
    if (!skip) yield el;
    if (!skip && el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    if (!el || el === root) return;
    el = el.nextElementSibling;
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A text that starts with a label word (both a label and a one-line pair do). */
const STARTS_WITH_LABEL = new RegExp(
  `^\\s*(?:(?:the|our)\\s+)?(${[...PLACE, ...ARRANGEMENT].map(escapeRe).join("|")})(?!\\p{L})`,
  "iu",
);

/** The first non-blank text under `el` (a few nodes in, depth first), without reading its whole text. */
function leadingText(el: Element): string {
  let node: Node | null = el.firstChild;
  for (let steps = 0; node && steps < 12; steps++) {
    if (node.nodeType === 3) {
      if (node.textContent?.trim()) return node.textContent;
      node = node.nextSibling;
    } else if (node.firstChild && node.nodeType === 1 && !SKIP.has((node as Element).tagName.toUpperCase())) {
      node = node.firstChild;
    } else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      if (!node || node === el) return "";
      node = node.nextSibling;
    }
  }
  return "";
}

/** Labels tried per page, so a page of a thousand "Location" headings costs no more than a few. */
const MAX_LABELS = 20;

/**
 * Places and the arrangement the page's labelled lines give (the first of each kind wins). Walks at most
 * `limit` elements; only short, label-like elements are looked at.
 */
export function fromLabelledFields(doc: Document, limit = 6000): Draft {
  const d: Draft = {};
  const body = doc.body ?? doc.documentElement;
  if (!body) return d;
  let tried = 0;
  for (const el of candidates(body, limit)) {
    if ((d.locations && d.remote !== undefined) || tried >= MAX_LABELS) break;
    if (!LABEL_TAGS.has(el.tagName.toUpperCase()) || el.childElementCount > 3 || !small(el)) continue;
    // Cheap tests first: its text starts with a label word, and is short.
    if (!STARTS_WITH_LABEL.test(leadingText(el))) continue;
    const text = el.textContent ?? "";
    if (text.length > 300) continue;
    let found: { label: Label; el: Element | null; text: string } | undefined;
    if (el.childElementCount <= 2 && text.length <= 120) {
      const label = readLabel(text);
      const value = label && labelShaped(el, label, text) ? valueBeside(el) : undefined;
      if (label && value) found = { label, ...value };
    }
    if (!found && /[:：]/.test(text)) {
      const pair = inlinePair(el, text);
      if (pair) found = { ...pair, el: null };
    }
    if (!found) continue;
    tried++;
    if (found.label.kind === "arrangement") {
      if (d.remote === undefined) {
        const remote = arrangementFrom(found.label, found.text);
        if (remote !== undefined) d.remote = remote;
      }
      continue;
    }
    if (d.locations) {
      // A later place line may still say how the job is worked ("The Location: Norwich, VT; onsite daily.").
      const r = d.remote === undefined ? remoteFromText(found.text) : undefined;
      if (r !== undefined) d.remote = r;
      continue;
    }
    const places: string[] = [];
    for (const place of placesOf(found.el, found.text)) {
      // "Location: Remote": the arrangement, not a place; "Remote (US-Based)" names a region too.
      const r = remoteFromText(place);
      if (r !== undefined && d.remote === undefined) d.remote = r;
      if (r !== undefined && place.split(/\s+/).length <= 2 && !/[(（]/.test(place)) continue;
      if (!places.includes(place)) places.push(place);
    }
    if (places.length) d.locations = places.slice(0, LIMITS.locations);
  }
  return d;
}

/**
 * The value printed beside one of `labels` ("Location", "Employment Type"), for adapters that know their
 * board's label words: the first short label-like element whose own text is one of them (a trailing colon
 * aside), and the value beside it (valueBeside). Scans a bounded number of elements.
 */
export function labelled(
  root: Document | Element,
  labels: readonly string[],
  max: number = LIMITS.location,
): string {
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  const start = "documentElement" in root ? root.documentElement : root;
  for (const el of walkElements(start, 5000)) {
    if (el.childElementCount > 2 || !LABEL_TAGS.has(el.tagName.toUpperCase())) continue;
    const own = clean(el.textContent ?? "", 60)
      .replace(/[:：]\s*$/, "")
      .toLowerCase();
    if (!own || !wanted.has(own)) continue;
    const value = valueBeside(el);
    if (value) return clean(value.text, max);
  }
  return "";
}
