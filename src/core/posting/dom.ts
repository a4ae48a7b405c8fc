// Bounded readers over a parsed Document. Never throw on a bad selector; never walk more than a fixed
// number of nodes, so a 10 MB page costs the same as a small one once parsed.
import { elementText, POSTING_TEXT, shownText, tidyParagraphs } from "../html-text";
import { clean, LIMITS } from "./text";

type Root = Document | Element;

const MAX_MATCHES = 50;

export function query(root: Root, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null; // an unsupported selector in one environment must not stop the others
  }
}

export function queryAll(root: Root, selector: string, limit = MAX_MATCHES): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, limit);
  } catch {
    return [];
  }
}

/** First element matched by the first selector that matches anything. */
export function first(root: Root, selectors: readonly string[] | undefined): Element | null {
  for (const s of selectors ?? []) {
    const el = query(root, s);
    if (el) return el;
  }
  return null;
}

/** Visible-ish text of one element: `content` for <meta>, else its text without code or styling, whitespace collapsed. */
export function textOf(el: Element | null | undefined, max: number = LIMITS.title): string {
  if (!el) return "";
  if (el.tagName === "META") return clean(el.getAttribute("content"), max);
  return clean(shownText(el), max);
}

/** Text of the first selector that yields non-empty text. */
export function firstText(root: Root, selectors: readonly string[] | undefined, max?: number): string {
  for (const s of selectors ?? []) {
    const t = textOf(query(root, s), max);
    if (t) return t;
  }
  return "";
}

/** Texts of every match of the first selector that matches, de-duplicated. */
export function allTexts(
  root: Root,
  selectors: readonly string[] | undefined,
  max: number = LIMITS.location,
): string[] {
  for (const s of selectors ?? []) {
    const texts = queryAll(root, s, LIMITS.locations)
      .map((el) => textOf(el, max))
      .filter(Boolean);
    if (texts.length) return [...new Set(texts)];
  }
  return [];
}

/** <meta property|name=key content>. */
export function metaContent(doc: Document, key: string, max: number = LIMITS.title): string {
  return textOf(query(doc, `meta[property="${key}"]`) ?? query(doc, `meta[name="${key}"]`), max);
}

/** Apply/"show more" controls styled as links. */
const BUTTONISH = /(^|[\s_-])(btn|button)([\s_-]|$)/i;
const controlLike = (el: Element) =>
  el.getAttribute("role") === "button" || BUTTONISH.test(el.getAttribute("class") ?? "");

/** Plain text of an element with paragraph breaks kept (core/html-text.ts); stops at `max` characters. */
export function blockText(el: Element | null | undefined, max: number = LIMITS.description): string {
  return elementText(el, POSTING_TEXT, { skip: controlLike, max });
}

/** A description a board prints in sections (the first match of each selector), as one capped text. */
export function sectionsText(
  root: Root,
  sections: readonly string[],
  max: number = LIMITS.description,
): string {
  const parts = sections.map((s) => blockText(first(root, [s]), max)).filter(Boolean);
  return tidyParagraphs(parts.join("\n\n"), max);
}

/** Elements under `root` in document order, at most `limit` of them (no full-document NodeList). */
export function* walkElements(root: Element | null, limit: number): Generator<Element> {
  let el: Element | null = root;
  let n = 0;
  while (el && n++ < limit) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    if (!el || el === root) return;
    el = el.nextElementSibling;
  }
}

/** Hostname of an absolute http(s) URL, without a leading "www."; "" otherwise. */
export function hostOf(href: unknown, base?: string): string {
  if (typeof href !== "string" || !href.trim()) return "";
  let raw = href.trim();
  // Organisations often list a bare "www.acme.com".
  if (!base && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(raw)) raw = `https://${raw}`;
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    if (u.protocol !== "https:" && u.protocol !== "http:") return "";
    return u.hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}
