// The employer as a job summary labels it: "Company: Picerne Real Estate Group" in a table of facts, a
// <dt>Employer</dt><dd>…</dd> pair, "Arbeitgeber: Stadt Zürich" on one line. Older ATS and board pages
// (job summary tables) name the employer only there. Read only for postings no other source gave an
// employer; the same bounded walk as the place labels (labelled.ts), site chrome skipped.
import { BOARD_NAME } from "./clean";
import { candidates, LABEL_TAGS, small, valueBeside } from "./labelled";
import { clean, LIMITS } from "./text";

/** Labels naming the employer (compared lower-case, without a trailing colon). */
const EMPLOYER = new Set([
  "company",
  "company name",
  "employer",
  "employer name",
  "hiring company",
  "hiring organization",
  "organization",
  "arbeitgeber",
  "unternehmen",
  "firma",
  "entreprise",
  "employeur",
  "société",
  "empresa",
  "azienda",
  "werkgever",
]);

const labelOf = (text: string) =>
  clean(text, 60)
    .replace(/[\s:：]+$/, "")
    .toLowerCase();

/** A name, not a sentence or a menu: a few words, no sentence end, not a board's own name. */
function nameOk(value: string): boolean {
  return (
    value.length >= 2 &&
    value.length <= 80 &&
    value.split(/\s+/).length <= 8 &&
    !/[.!?]$/.test(value) &&
    !BOARD_NAME.test(value)
  );
}

/** The employer a labelled line names, or "" (the first such line wins; at most `limit` elements walked). */
export function employerByLabel(doc: Document, limit = 6000): string {
  const body = doc.body ?? doc.documentElement;
  if (!body) return "";
  for (const el of candidates(body, limit)) {
    if (!LABEL_TAGS.has(el.tagName.toUpperCase()) || el.childElementCount > 3 || !small(el)) continue;
    const text = el.textContent ?? "";
    if (text.length > 120) continue;
    let value = "";
    if (EMPLOYER.has(labelOf(text))) {
      const beside = valueBeside(el);
      // A heading over a list of links is a menu ("Company" over "About, Careers, Legal").
      if (beside?.el && beside.el.querySelectorAll("a").length > 1) continue;
      value = beside?.text ?? "";
    } else {
      const m = /^([^:：]{2,30})[:：]\s*([^:：]+)$/.exec(clean(text, 120));
      if (m && EMPLOYER.has(labelOf(m[1]!)) && el.childElementCount <= 2) value = m[2]!;
    }
    const name = clean(value, LIMITS.company);
    if (name && nameOk(name)) return name;
  }
  return "";
}
