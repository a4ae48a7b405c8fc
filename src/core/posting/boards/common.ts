// Shared reader for adapters whose selectors are plain data: each field lists selectors in order of
// preference (data-*, role, aria and microdata first; each fallback says why it is there).
import { allTexts, blockText, first, firstText, query, walkElements } from "../dom";
import { companyDomainFrom } from "../domains";
import type { Draft } from "../model";
import { parseSalaryText } from "../salary";
import { clean, LIMITS, normalizeDate, normalizeEmploymentType, remoteFromText } from "../text";

export interface Selectors {
  /** The part of the page showing one posting (the detail pane on list pages); the document if none. */
  root?: readonly string[];
  title?: readonly string[];
  company?: readonly string[];
  /** Links to the employer's own site (a[href]). */
  companyLink?: readonly string[];
  /** Every match of the first matching selector is one location. */
  locations?: readonly string[];
  salary?: readonly string[];
  employmentType?: readonly string[];
  /** Text saying remote / hybrid / on-site. */
  workplace?: readonly string[];
  /** An element with a date (datetime/content attribute or text). */
  datePosted?: readonly string[];
  description?: readonly string[];
}

export function rootOf(doc: Document, selectors: readonly string[] | undefined): Document | Element {
  return first(doc, selectors) ?? doc;
}

/** Reads every field the selectors name, from the posting's root. */
export function readSelectors(doc: Document, sel: Selectors, url: URL): Draft {
  const root = rootOf(doc, sel.root);
  const d: Draft = {};
  const title = firstText(root, sel.title, LIMITS.title);
  if (title) d.title = title;
  const company = firstText(root, sel.company, LIMITS.company);
  if (company) d.company = company;
  if (sel.companyLink) {
    const links = sel.companyLink.map((s) => query(root, s)?.getAttribute("href"));
    const domain = companyDomainFrom(links, url.href);
    if (domain) d.companyDomain = domain;
  }
  const locations = allTexts(root, sel.locations);
  if (locations.length) d.locations = locations;
  const salary = parseSalaryText(firstText(root, sel.salary, 300));
  if (salary) d.salary = salary;
  const type = normalizeEmploymentType(firstText(root, sel.employmentType, 200));
  if (type) d.employmentType = type;
  const workplace = firstText(root, sel.workplace, 200);
  const remote = workplace ? remoteFromText(workplace) : undefined;
  if (remote !== undefined) d.remote = remote;
  const dateEl = first(root, sel.datePosted);
  const date = normalizeDate(
    dateEl?.getAttribute("datetime") ?? dateEl?.getAttribute("content") ?? clean(dateEl?.textContent, 80),
  );
  if (date) d.datePosted = date;
  for (const s of sel.description ?? []) {
    const description = blockText(query(root, s));
    if (description) {
      d.description = description;
      break;
    }
  }
  return d;
}

/** Remote flag and cleaned place names from location texts like "Remote in Austin, TX" or "Remote". */
export function splitRemote(d: Draft): Draft {
  if (!d.locations?.length) return d;
  const locations: string[] = [];
  for (const raw of d.locations) {
    const r = remoteFromText(raw);
    if (r === true && d.remote === undefined) d.remote = true;
    // "Charleston, WV • Remote": the arrangement as the last item of a bulleted line.
    const items = raw.split(/\s+[•·]\s+/);
    const last = items.length > 1 ? items[items.length - 1]! : "";
    const listed = last.length <= 30 ? remoteFromText(last) : undefined;
    if (listed !== undefined && d.remote === undefined) d.remote = listed;
    const line = listed === undefined ? raw : items.slice(0, -1).join(" • ");
    // "Melbourne VIC (Remote)", "Milano, Lombardia, Italia (Ibrido)": the place, and the arrangement in
    // brackets (in the page's language).
    const tail = /\s*\(([^()]{2,30})\)\s*$/.exec(line);
    const arrangement = tail ? remoteFromText(tail[1]!) : undefined;
    const bracket = arrangement === undefined ? null : tail;
    if (bracket && d.remote === undefined) d.remote = arrangement;
    const place = line
      .slice(0, bracket ? bracket.index : line.length)
      .replace(/^(remote|hybrid(?: work| remote)?)\s+in\s+/i, "")
      .trim();
    if (place && !locations.includes(place)) locations.push(place);
  }
  d.locations = locations;
  return d;
}

/**
 * The work arrangement a recruiter tagged the description with for LinkedIn's job wrapping: "#LI-Hybrid",
 * "#LI-Onsite", "#LI-Remote" (false, false, true). Undefined with no tag or with tags that disagree.
 */
export function arrangementTag(text: string | undefined): boolean | undefined {
  const seen = new Set<boolean>();
  for (const m of (text ?? "").slice(0, 200_000).matchAll(/#LI-(remote|hybrid|on-?site)\b/gi))
    seen.add(m[1]!.toLowerCase() === "remote");
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** A place as a tenant typed it, without stray separators: "Bangalore , Karnataka," → "Bangalore, Karnataka". */
export function tidyPlace(raw: string): string {
  return raw
    .replace(/\s+,/g, ",")
    .replace(/,(?=\S)/g, ", ")
    .replace(/^[\s,;|·-]+|[\s,;|·-]+$/g, "")
    .trim();
}

/** "Job Application for Senior Engineer at Acme" / "Senior Engineer - Acme" style <title> splitting. */
export function companyFromTitle(doc: Document, re: RegExp): string {
  const m = re.exec(clean(doc.title, 400));
  return m?.[1] ? clean(m[1], LIMITS.company) : "";
}

/** The first path segment ("ramp" in jobs.ashbyhq.com/ramp/…): many ATSs put the employer's account there. */
export function firstPathSegment(url: URL): string {
  return decodeURIComponent(/^\/([^/]+)/.exec(url.pathname)?.[1] ?? "");
}

/** The leftmost host label ("acme" in acme.bamboohr.com), without a "careers-" prefix (iCIMS). */
export function firstHostLabel(url: URL): string {
  return (url.hostname.split(".")[0] ?? "").replace(/^careers?-/, "");
}

// "Houston, TX • On-site", "Charleston, WV · Remote": a place and the work arrangement on one bulleted line.
const ARRANGED_LINE = /^[^•·]{2,60}\s+[•·]\s+(remote|on-?site|hybrid|in[- ]person)$/i;

/**
 * The first short line under `root` that is a place followed by its arrangement, for panes whose markup
 * names neither (hashed utility classes only); "" when none. splitRemote then splits it.
 */
export function arrangedPlaceLine(root: Document | Element): string {
  const start = "documentElement" in root ? root.body : root;
  for (const el of walkElements(start, 3000)) {
    if (el.childElementCount > 0) continue;
    const text = clean(el.textContent, 81);
    if (text.length <= 80 && ARRANGED_LINE.test(text)) return text;
  }
  return "";
}
