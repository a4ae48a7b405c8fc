// HTML as plain text: the one routine behind a posting's description (JSON-LD markup and page elements),
// a mail body read from the webmail page, and a mail body that arrives as markup. One table says which
// elements are left out and which break lines; one builder turns what is read into text; `TextStyle`
// holds the only differences, which are the surfaces' own: a posting reads as paragraphs and bullets,
// a mail body as the lines its reader shows. Two ways in, since the worker and the CLIs have no DOM
// parser: `elementText` walks an element, `markupText` reads a string's tags with one linear regex.
// Untrusted input stays data: nothing here is parsed into a live DOM or rendered.
import { decodeEntities } from "./entities";

/** Code and styling: never shown, so left out of every text read from a page, a field's included. */
const CODE = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"] as const;
const CODE_SELECTOR = CODE.join(",").toLowerCase();
const CODE_SET = new Set<string>(CODE);

/** Elements left out with everything in them: code, styling, media, controls. */
const SKIP = new Set<string>([...CODE, "HEAD", "SVG", "IMG", "IFRAME", "BUTTON", "FORM", "SELECT", "INPUT"]);

/** Elements that start and end a line (or a paragraph, in a posting). */
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
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);

export interface TextStyle {
  /** What a block element's start and end become. */
  block: string;
  /** What a list item's start and end become. */
  item: readonly [start: string, end: string];
  /** Source white space inside text: folded to one space as a browser shows it (kept in <pre>), or kept. */
  fold: boolean;
}

/** A posting's description: paragraphs and bullets; its source's line breaks are kept. */
export const POSTING_TEXT: TextStyle = { block: "\n\n", item: ["\n• ", ""], fold: false };

/** A mail body: the lines its reader shows. */
export const MAIL_TEXT: TextStyle = { block: "\n", item: ["\n", "\n"], fold: true };

/** At most `max` characters, the last of them "…" when anything was cut. */
export function capText(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Trims lines, folds spaces, keeps at most one blank line between paragraphs; caps with "…". */
export function tidyParagraphs(s: string, max = Number.POSITIVE_INFINITY): string {
  const out = s
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return capText(out, max);
}

/** Collects text and breaks as elements open and close; stops reading once `budget` characters came in. */
class TextOut {
  private readonly parts: string[] = [];
  private read = 0;
  private pre = 0;
  stopped = false;
  constructor(
    private readonly style: TextStyle,
    private readonly budget: number,
  ) {}

  text(t: string): void {
    if (!t) return;
    const { fold } = this.style;
    this.parts.push(!fold ? t : this.pre > 0 ? t.replace(/[ \t]+/g, " ") : t.replace(/\s+/g, " "));
    this.read += t.length;
    if (this.read >= this.budget) this.stopped = true;
  }

  open(tag: string): void {
    if (tag === "BR") this.parts.push("\n");
    else if (tag === "LI") this.parts.push(this.style.item[0]);
    else if (BLOCK.has(tag)) this.parts.push(this.style.block);
    if (tag === "PRE") this.pre++;
  }

  close(tag: string): void {
    if (tag === "LI") this.parts.push(this.style.item[1]);
    else if (BLOCK.has(tag)) this.parts.push(this.style.block);
    else if (tag === "TD" || tag === "TH") this.parts.push(" ");
    if (tag === "PRE" && this.pre > 0) this.pre--;
  }

  finish(max: number): string {
    return tidyParagraphs(this.parts.join(""), max);
  }
}

export interface WalkOptions {
  /** Reading stops at the first element this matches (what follows is history, in a mail). */
  cut?: (el: Element) => boolean;
  /** Elements this matches are left out (the root too). */
  skip?: (el: Element) => boolean;
  /** The result is capped at this many characters. */
  max?: number;
  /** Reading stops after this many characters of text (default: a little past `max`). */
  budget?: number;
}

/** A 10 MB page costs the same as a small one: at most this many nodes are read. */
const MAX_NODES = 60_000;

/** Plain text of an element in `style`, leaving out what SKIP, aria-hidden and `options` mark. */
export function elementText(
  root: Element | null | undefined,
  style: TextStyle,
  { cut, skip, max = Number.POSITIVE_INFINITY, budget = max + 200 }: WalkOptions = {},
): string {
  if (!root) return "";
  const out = new TextOut(style, budget);
  // Each frame: an element, its tag, and the index of the next child to read. Iterative, so deep markup
  // cannot overflow the stack; childNodes read by index and length only: Firefox's Xray wrappers give a
  // content script no NodeList iterator, and a long list is never copied.
  const stack: { el: Element; tag: string; next: number }[] = [];
  let seen = 0;
  const enter = (node: Node) => {
    seen++;
    if (node.nodeType === 3) return out.text(node.nodeValue ?? "");
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (el !== root && cut?.(el)) {
      out.stopped = true;
      return;
    }
    if (el.getAttribute("aria-hidden") === "true" || skip?.(el)) return;
    out.open(tag);
    stack.push({ el, tag, next: 0 });
  };
  enter(root);
  while (stack.length > 0 && !out.stopped && seen < MAX_NODES) {
    const top = stack[stack.length - 1]!;
    const kids = top.el.childNodes;
    if (top.next < kids.length) enter(kids[top.next++] as Node);
    else {
      stack.pop();
      out.close(top.tag);
    }
  }
  return out.finish(max);
}

/**
 * An element's textContent without its code and styling: a field such as a company name may carry a
 * CSS-in-JS `<style>` inside it (Indeed's pane header does), which textContent would read as text.
 */
export function shownText(el: Element): string {
  if (!el.querySelector(CODE_SELECTOR)) return el.textContent ?? "";
  let out = "";
  const stack: Node[] = [el];
  for (let seen = 0, node = stack.pop(); node && seen < MAX_NODES; node = stack.pop(), seen++) {
    if (node.nodeType === 3) out += node.nodeValue ?? "";
    if (node.nodeType !== 1 || (node !== el && CODE_SET.has((node as Element).tagName.toUpperCase())))
      continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

/** Markup read from JSON-LD, app data or a mail is cut to this many characters before it is read. */
export const MARKUP_LIMIT = 200_000;

// A start or end tag (its name), or a comment, doctype or processing instruction (no name).
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]{0,2000}>|<[!?][^>]{0,2000}>/g;
const skipEnd = new Map<string, RegExp>();
/** Void elements: no end tag to look for. */
const VOID = new Set(["IMG", "INPUT"]);

/** Plain text of an HTML string in `style` (escaped markup such as "&lt;p&gt;" is read as markup). */
export function markupText(html: unknown, style: TextStyle, max = Number.POSITIVE_INFINITY): string {
  if (typeof html !== "string") return "";
  let s = html.slice(0, MARKUP_LIMIT);
  if (/&lt;\/?[a-z]/i.test(s) && !/<\/?[a-z]/i.test(s)) s = decodeEntities(s);
  const out = new TextOut(style, Number.POSITIVE_INFINITY);
  // Tags whose end was looked for and not found: not looked for again (each search reads to the end).
  const unclosed = new Set<string>();
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(s); m; m = TAG.exec(s)) {
    out.text(decodeEntities(s.slice(last, m.index)));
    last = TAG.lastIndex;
    const tag = m[2]?.toUpperCase();
    if (!tag) continue;
    if (m[1]) out.close(tag);
    else if (SKIP.has(tag)) {
      // Its content goes too, up to its end tag (an unclosed one leaves only the tag out).
      if (VOID.has(tag) || unclosed.has(tag)) continue;
      const end = skipEnd.get(tag) ?? new RegExp(`</${tag}\\s*>`, "gi");
      skipEnd.set(tag, end);
      end.lastIndex = last;
      if (end.exec(s)) {
        last = end.lastIndex;
        TAG.lastIndex = last;
      } else unclosed.add(tag);
    } else out.open(tag);
  }
  out.text(decodeEntities(s.slice(last)));
  return out.finish(max);
}
