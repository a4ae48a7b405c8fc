// After the sources are merged: the title and company are tidied (clean.ts), then each field the user
// checks before saving gets a confidence from where it came from and whether the sources agreed.
import type { CheckedField, JobPosting } from "../types";
import { cleanCompany, cleanTitle, companyFromPageTitle } from "./clean";
import { firstText, metaContent } from "./dom";
import type { Draft } from "./model";
import { LIMITS } from "./text";

/** Below this the panel marks a field as unsure and puts the cursor there first. */
export const UNSURE = 0.7;

export function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.keys(v).length === 0;
  return false;
}

/** Sources marked "<id>:cleaned" had their value rewritten here; "<id>:refined" by the board's refine. */
export function tidy(p: JobPosting, doc: Document, url: URL, generic: Draft | undefined): void {
  const site = metaContent(doc, "og:site_name", LIMITS.company);
  if (p.company === undefined) {
    // No source named the employer: the page's <title> may, around the job's heading ("Counsel - Oneflow").
    const heading = generic?.title || firstText(doc, ["main h1", "h1"], LIMITS.title) || p.title || "";
    for (const head of [doc.title, metaContent(doc, "og:title"), metaContent(doc, "twitter:title")]) {
      const company = companyFromPageTitle(head ?? "", heading, p.locations);
      if (company) {
        p.company = company;
        p.sources.company = "title:cleaned";
        break;
      }
    }
  }
  if (p.company !== undefined) {
    const company = cleanCompany(p.company);
    if (!company) {
      delete p.company;
      delete p.sources.company;
    } else if (company !== p.company) {
      p.company = company;
      p.sources.company = `${p.sources.company}:cleaned`;
    }
  }
  if (p.title === undefined) return;
  const ctx = { company: p.company, site };
  let title = cleanTitle(p.title, ctx);
  let source = title === p.title ? p.sources.title : `${p.sources.title}:cleaned`;
  // A site title ("Careers - Acme") was all the head had: the page's own heading, if it names the job.
  if (!title && generic?.title && p.sources.title !== "generic") {
    title = cleanTitle(generic.title, ctx);
    source = "generic";
  }
  // A head title is the site's wording around the job ("Nurse Job in Warwick 02886, Rhode Island US",
  // "Careers at Acme | Engineer") or a shorter name for it: the page's heading that it contains, or that
  // contains it, is the job as the page shows it.
  const heading = generic?.title ? cleanTitle(generic.title, ctx) : "";
  if (title && source?.startsWith("meta") && headingNamesJob(heading, title, p.company)) {
    title = heading;
    source = "generic";
  }
  if (title) {
    p.title = title;
    p.sources.title = source;
  } else {
    delete p.title;
    delete p.sources.title;
  }
  void url;
}

// Headings that name the page, not the job.
const PAGE_HEADING =
  /^(jobs?|careers?|job details?|job description|position description|vacanc(y|ies)|openings?|apply)$/i;
const fold = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** The heading names the job the head title names: one contains the other, and it is not the employer. */
function headingNamesJob(heading: string, title: string, company: string | undefined): boolean {
  const h = fold(heading);
  const t = fold(title);
  if (!h || h === t || h.length < 4 || PAGE_HEADING.test(h)) return false;
  if (company && fold(company).includes(h)) return false;
  return t.includes(h) || h.includes(t);
}

const BY_SOURCE: Record<string, number> = {
  url: 1,
  jsonld: 0.9,
  embedded: 0.9,
  meta: 0.6,
  title: 0.6,
  generic: 0.5,
  // A line the page labels itself ("Standort: Berlin"): read as shown, but no markup vouches for it.
  labelled: 0.75,
};

function norm(v: unknown): string {
  const s = Array.isArray(v) ? v.join(" | ") : String(v ?? "");
  return s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

function base(source: string | undefined): number {
  if (!source) return 0;
  const [id, how] = source.split(":");
  const n = BY_SOURCE[id!] ?? 0.9; // an adapter reading the board's own markup
  if (how === "refined") return Math.min(n, 0.65); // a guess from board knowledge: worth a look
  if (how === "cleaned") return Math.min(n, 0.75);
  return n;
}

const CHECKED: readonly CheckedField[] = ["title", "company", "locations", "remote"];

export function confidenceOf(
  p: JobPosting,
  ld: Draft | undefined,
  board: Draft | undefined,
): Partial<Record<CheckedField, number>> {
  const out: Partial<Record<CheckedField, number>> = {};
  for (const field of CHECKED) {
    if (isEmpty(p[field])) {
      // Most pages do not say whether the job is remote: unknown is not a gap to fill.
      if (field !== "remote") out[field] = 0;
      continue;
    }
    let c = base(p.sources[field]);
    const a = ld?.[field];
    const b = board?.[field];
    // The structured data and the visible page name different things: the user should look.
    if (!isEmpty(a) && !isEmpty(b) && norm(a) !== norm(b) && field !== "locations") c = Math.min(c, 0.6);
    out[field] = Math.round(c * 100) / 100;
  }
  return out;
}
