// ZipRecruiter: /c/<Company>/Job/<Title>/-in-<City>?jid=<id> and /jobs/<company>-<n>/<title>-<hash>.
import type { BoardAdapter } from "../model";
import { canonicalWith, param } from "../urls";
import { readSelectors, type Selectors, splitRemote } from "./common";

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
    return splitRemote(readSelectors(doc, SELECTORS, url));
  },
};
