// ZipRecruiter: /c/<Company>/Job/<Title>/-in-<City>?jid=<id> and /jobs/<company>-<n>/<title>-<hash>.

import { queryAll, textOf } from "../dom";
import type { BoardAdapter } from "../model";
import { clean, LIMITS } from "../text";
import { canonicalWith, param } from "../urls";
import { arrangedPlaceLine, readSelectors, rootOf, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  root: ['[data-testid="job-details-scroll-container"]', ".job_details", ".job_content"],
  title: [
    '[data-testid="job-details-title"]',
    "h1.job_title", // classic server-rendered page
    ".job_header h1",
    "main h1", // 2024 page has hashed utility classes only; its only h1 is the title
    "h2", // 2026 search pane (inside the root): utility classes only, the job's title is its first heading
  ],
  company: [
    '[data-testid="job-details-company"]',
    ".hiring_company_text a", // classic page
    ".hiring_company_text",
    'a[href*="/co/"]', // 2024 page links the company profile
  ],
  locations: [
    '[data-testid="job-details-location"]',
    ".hiring_location",
    ".location_text",
    'a[href^="/co/"] + div > p', // 2026 search pane: the line under the company link, "Charleston, WV • Remote"
  ],
  salary: [
    '[data-testid="job-details-salary"]',
    ".job_characteristics_data .t_compensation",
    ".compensation",
  ],
  employmentType: ['[data-testid="job-details-employment-type"]', ".t_employment_type"],
  description: ['[data-testid="job-details-description"]', ".job_description", ".jobDescriptionSection"],
};

// The pane links the employer's profile twice: its name, and "See more jobs at <name>" further down.
const MORE_JOBS = /^(see|view)\s+(more|all)\s+jobs\s+(at|from|by)\s+/i;

/** The employer's name: the profile link that is only the name, else the name in "See more jobs at …". */
function employerLink(root: Document | Element): string {
  const texts = queryAll(root, 'a[href*="/co/"]', 10).map((a) => textOf(a, LIMITS.company));
  const plain = texts.find((t) => t && !MORE_JOBS.test(t));
  if (plain) return plain;
  const more = texts.find((t) => MORE_JOBS.test(t)) ?? "";
  return clean(more.replace(MORE_JOBS, ""), LIMITS.company);
}

export const ziprecruiter: BoardAdapter = {
  id: "ziprecruiter",
  name: "ZipRecruiter",
  matches: ["https://*.ziprecruiter.com/*", "https://*.ziprecruiter.co.uk/*", "https://*.ziprecruiter.ca/*"],
  parseUrl(url) {
    const jid = param(url, "jid");
    if (/^[\w-]{6,64}$/.test(jid) && /\/c\/[^/]+\/Job\//i.test(url.pathname)) {
      return { postingId: jid, canonicalUrl: canonicalWith(url, url.pathname, { jid }) };
    }
    const jobs = /^\/jobs\/[^/]+\/[^/]*?-([0-9a-f]{8,})\/?$/i.exec(url.pathname);
    if (jobs) return { postingId: jobs[1], canonicalUrl: canonicalWith(url) };
    const lk = param(url, "lk");
    if (/^[\w-]{6,64}$/.test(lk))
      return { postingId: lk, canonicalUrl: canonicalWith(url, url.pathname, { lk }), pane: true };
    return undefined;
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const root = rootOf(doc, SELECTORS.root);
    if (d.company && MORE_JOBS.test(d.company)) d.company = employerLink(root);
    if (!d.company) delete d.company;
    if (!d.locations?.length) {
      const line = arrangedPlaceLine(root);
      if (line) d.locations = [line];
    }
    return splitRemote(d);
  },
};
