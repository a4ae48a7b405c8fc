// Embedded page state: the data a client-rendered page is served with before its scripts run. Ashby
// assigns window.__appData, Greenhouse's job-boards window.__remixContext, Next.js sites put JSON in
// <script id="__NEXT_DATA__">, Workday's bootstrap is a JS object (window.workday = { tenant: "…" }).
// One bounded reader for all of them: nothing is evaluated, every scan has a size and node limit.
import { queryAll } from "./dom";
import { draftFromJobPosting, isJobPosting } from "./jsonld";
import type { Draft } from "./model";

export type Obj = Record<string, unknown>;

const MAX_SCRIPTS = 60;
const MAX_CHARS = 3_000_000;
const MAX_NODES = 20_000;

export function isObj(v: unknown): v is Obj {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/** The text of `{…}` starting at `start`, cut at its balanced closing brace (strings respected). */
export function balancedObject(text: string, start: number): string | undefined {
  if (text[start] !== "{") return undefined;
  let depth = 0;
  let quote = "";
  const limit = Math.min(text.length, start + MAX_CHARS);
  for (let i = start; i < limit; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

function inlineScripts(doc: Document): string[] {
  return queryAll(doc, "script:not([src])", MAX_SCRIPTS).map((s) => s.textContent ?? "");
}

/** The object literal after `<name> =` in an inline script, as written (JSON or JS). */
export function assignedText(doc: Document, name: string): string | undefined {
  // Every regex character in the name is literal: `window.mosaic.providerData["mosaic-provider-jobcards"]`.
  const re = new RegExp(
    `${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*(?:[\\w.$]+\\s*\\|\\|\\s*)?\\{`,
  );
  for (const text of inlineScripts(doc)) {
    const m = re.exec(text);
    if (!m) continue;
    const body = balancedObject(text, m.index + m[0].length - 1);
    if (body) return body;
  }
  return undefined;
}

function parse(text: string | undefined): Obj | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** JSON assigned to a global: `window.__appData = {…}`, `window.__remixContext = {…};`. */
export function assignedJson(doc: Document, name: string): Obj | undefined {
  return parse(assignedText(doc, name));
}

/** JSON in `<script id="…" type="application/json">` (Next.js's __NEXT_DATA__ and the like). */
export function scriptJson(doc: Document, id: string): Obj | undefined {
  const script = queryAll(doc, `script[id="${id}"]`, 1)[0];
  const text = script?.textContent ?? "";
  return text.length <= MAX_CHARS ? parse(text) : undefined;
}

/**
 * A string property of a JS object literal assigned to a global (`tenant: "thales"` in
 * `window.workday = window.workday || { … }`), read without evaluating anything.
 */
export function jsStringProperty(doc: Document, name: string, key: string): string {
  const body = assignedText(doc, name) ?? "";
  const m = new RegExp(`["']?${key}["']?\\s*:\\s*(["'])((?:(?!\\1)[^\\\\]|\\\\.){0,200})\\1`).exec(body);
  return m ? m[2]!.replace(/\\(.)/g, "$1") : "";
}

/** The first object (breadth-first, at most MAX_NODES visited) for which `test` holds. */
export function findObject(root: unknown, test: (o: Obj) => boolean): Obj | undefined {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const v = queue[i];
    const children = Array.isArray(v) ? v : isObj(v) ? Object.values(v) : [];
    if (isObj(v) && test(v)) return v;
    for (const c of children.slice(0, 200))
      if (c && typeof c === "object" && queue.length < MAX_NODES) queue.push(c);
  }
  return undefined;
}

/** The embedded states a page may carry, parsed (absent ones omitted). */
export function embeddedStates(doc: Document): Obj[] {
  return [
    scriptJson(doc, "__NEXT_DATA__"),
    assignedJson(doc, "window.__remixContext"),
    assignedJson(doc, "window.__appData"),
    assignedJson(doc, "window.__INITIAL_STATE__"),
    assignedJson(doc, "window.__PRELOADED_STATE__"),
  ].filter(isObj);
}

/** A schema.org JobPosting object inside an embedded state (Next.js career sites carry one), as a draft. */
export function fromEmbedded(doc: Document): Draft {
  for (const state of embeddedStates(doc)) {
    const job = findObject(state, isJobPosting);
    if (job) return draftFromJobPosting(job);
  }
  return {};
}
