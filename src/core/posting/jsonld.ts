// schema.org JobPosting from <script type="application/ld+json">: a root object, arrays, @graph, several
// scripts; malformed JSON is retried once leniently, then skipped.

import { queryAll } from "./dom";
import { companyDomainFrom } from "./domains";
import type { Draft } from "./model";
import { salaryFromJsonLd } from "./salary";
import { clean, htmlToText, LIMITS, normalizeDate, normalizeEmploymentType, plain } from "./text";

type Obj = Record<string, unknown>;

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 2_000_000;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

function parseJson(text: string): unknown {
  const body = text
    .slice(0, MAX_SCRIPT_CHARS)
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, "");
  try {
    return JSON.parse(body);
  } catch {
    // Raw newlines/tabs inside strings are the usual breakage; as spaces they are valid everywhere.
    try {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return undefined;
    }
  }
}

export function isJobPosting(o: Obj): boolean {
  const t = o["@type"];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === "string" && /(^|[/:])JobPosting$/i.test(x.trim()));
}

/** Depth-first, the JobPostings in a parsed block (at most `out`'s room); item lists (search pages) are not entered. */
function collect(value: unknown, depth: number, out: Obj[], room: number): void {
  if (depth > 5 || out.length >= room) return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) collect(v, depth + 1, out, room);
    return;
  }
  if (!isObj(value)) return;
  if (isJobPosting(value)) {
    out.push(value);
    return;
  }
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "about"]) {
    if (key in value) collect(value[key], depth + 1, out, room);
  }
}

/**
 * The page's one schema.org JobPosting, if it has exactly one job: blocks that name different jobs (a list
 * page marked up job by job) say nothing about which one the user is reading, so none is used.
 */
export function findJobPosting(doc: Document): Obj | undefined {
  const postings: Obj[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]', MAX_SCRIPTS)) {
    collect(parseJson(script.textContent ?? ""), 0, postings, 60);
  }
  const first = postings[0];
  if (!first) return undefined;
  const title = (o: Obj) => plain(o.title ?? o.name);
  return postings.every((o) => title(o) === title(first)) ? first : undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, LIMITS.locations) : v === undefined || v === null ? [] : [v];
}

function nameOf(v: unknown): string {
  if (typeof v === "string") return plain(v, LIMITS.location);
  if (isObj(v)) return plain(v.name, LIMITS.location);
  return "";
}

// Values ATSs write into address parts they have no value for (iCIMS: "UNAVAILABLE").
const PLACEHOLDER = /^(unavailable|not available|n\/?a|none|null|undefined|unknown|-+)$/i;

/** "Austin, TX, US" from a PostalAddress (or its string form). */
export function formatAddress(address: unknown): string {
  if (typeof address === "string")
    return PLACEHOLDER.test(address.trim()) ? "" : plain(address, LIMITS.location);
  if (!isObj(address)) return "";
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
    .map((p) => nameOf(p))
    .filter((p) => p && !PLACEHOLDER.test(p));
  // "Canada, QC, Montreal" + "Canada": a part already named inside an earlier one is not repeated; nor
  // a country whose short name the locality already ends with (Workday: "Round Rock, Texas, United
  // States" + "United States of America").
  const unique: string[] = [];
  for (const p of parts) {
    const lower = p.toLowerCase();
    const country = p === nameOf(address.addressCountry);
    const seen = unique.some((q) =>
      q
        .toLowerCase()
        .split(/\s*,\s*/)
        .some(
          (piece) => piece === lower || (country && piece.includes(" ") && lower.startsWith(`${piece} `)),
        ),
    );
    if (!seen) unique.push(p);
  }
  return clean(unique.join(", "), LIMITS.location);
}

/**
 * A Place's name that opens with its address's town and goes on ("Denver, CO" beside Denver / Colorado /
 * US) is the place as the page shows it; other names are an office's or site's ("GM Tech"), not a place.
 */
function namesLocality(name: string, address: unknown): boolean {
  const first = list(address)[0];
  const town = isObj(first) ? nameOf(first.addressLocality) : "";
  if (!town || PLACEHOLDER.test(town)) return false;
  return name.toLowerCase().startsWith(`${town.toLowerCase()},`) && name.length > town.length + 2;
}

function locationsOf(jobLocation: unknown): string[] {
  const out: string[] = [];
  for (const place of list(jobLocation)) {
    let text = "";
    if (typeof place === "string") text = plain(place, LIMITS.location);
    else if (isObj(place)) {
      for (const a of list(place.address)) {
        text = formatAddress(a);
        if (text) break;
      }
      const name = nameOf(place);
      if (!text) text = name;
      else if (namesLocality(name, place.address)) text = name;
    }
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

function identifierOf(v: unknown): string {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === "string" || typeof first === "number") return clean(String(first), 100);
  if (isObj(first)) return clean(first.value ?? first.name, 100);
  return "";
}

/** The fields a JobPosting object carries. */
export function draftFromJobPosting(o: Obj): Draft {
  const d: Draft = {};
  const title = plain(o.title ?? o.name, LIMITS.title);
  if (title) d.title = title;
  const org = list(o.hiringOrganization)[0];
  const company = nameOf(org);
  if (company) d.company = plain(company, LIMITS.company);
  if (isObj(org)) {
    const domain = companyDomainFrom([org.url, ...list(org.sameAs)]);
    if (domain) d.companyDomain = domain;
  }
  const locations = locationsOf(o.jobLocation);
  if (locations.length) d.locations = locations;
  const remoteTypes = list(o.jobLocationType).map((t) => String(t));
  if (remoteTypes.some((t) => /telecommute|remote/i.test(t))) d.remote = true;
  const salary = salaryFromJsonLd(o.baseSalary) ?? salaryFromJsonLd(o.estimatedSalary);
  if (salary) d.salary = salary;
  const type = normalizeEmploymentType(o.employmentType);
  if (type) d.employmentType = type;
  const posted = normalizeDate(o.datePosted);
  if (posted) d.datePosted = posted;
  const valid = normalizeDate(o.validThrough);
  if (valid) d.validThrough = valid;
  const description = htmlToText(o.description);
  if (description) d.description = description;
  const id = identifierOf(o.identifier);
  if (id) d.postingId = id;
  return d;
}

export function fromJsonLd(doc: Document): Draft {
  const o = findJobPosting(doc);
  return o ? draftFromJobPosting(o) : {};
}
