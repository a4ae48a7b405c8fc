// Glassdoor: /job-listing/...htm?jl=<id> pages and search pages (/Job/...SRCH...htm?jl=<id>) with a pane.
import { query } from "../dom";
import type { BoardAdapter, BoardUrl } from "../model";
import { canonicalWith, param } from "../urls";
import { type CardSelectors, fillFromCard, readCard } from "./card";
import { readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  root: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]', "#JobView"],
  title: [
    '[data-test="job-title"]',
    'h1[id^="jd-job-title"]', // 2023+ header: the id carries the listing id
    '[class*="JobDetails_jobTitle"]', // hashed CSS-module class, prefix is stable
    '[data-test="jobTitle"]', // 2020–22 job view
  ],
  company: [
    '[data-test="employer-name"] h4',
    '[data-test="employer-name"]',
    '[class*="EmployerProfile_employerName"]', // hashed CSS-module class, prefix is stable
    '[data-test="employerName"]', // 2020–22 job view
  ],
  locations: ['[data-test="location"]', '[data-test="emp-location"]'],
  salary: [
    '[data-test="detailSalary"]',
    '[data-test="detail-salary"]',
    '[class*="SalaryEstimate_salaryRange"]',
  ],
  workplace: ['[data-test="location"]'],
  description: [
    '[class*="JobDetails_jobDescription"]', // hashed CSS-module class, prefix is stable
    ".jobDescriptionContent", // pre-2023 layout
    "#JobDescriptionContainer",
  ],
};

// The open job's card in a search list (li[data-jobid] since 2023, li[data-id] before).
const CARD: CardSelectors = {
  anchor: ['[data-jobid="{id}"]', 'li[data-id="{id}"]'],
  card: "li",
  title: ['[data-test="job-title"]', '[data-test="job-link"]', ".jobLink"],
  company: ['[class*="EmployerProfile_compactEmployerName"]', '[data-test="emp-name"]', ".jobEmpolyerName"],
  location: ['[data-test="emp-location"]', ".loc"],
};

/** A job's own page (not a search page with a pane). */
const JOB_PAGE = /\/job-listing\/|jobListing\.htm/i;

const RATING = /\s*\d(?:\.\d)?\s*★?\s*$/;

/** A listing id (jl) as a search page's pane shows it: its header's id, else the card marked selected. */
function openListing(doc: Document): string {
  const header = query(doc, 'h1[id^="jd-job-title-"]')?.id.slice("jd-job-title-".length) ?? "";
  if (/^\d{5,}$/.test(header)) return header;
  const card = query(doc, '[data-selected="true"]')?.closest("li[data-jobid]");
  const id = card?.getAttribute("data-jobid") ?? "";
  return /^\d{5,}$/.test(id) ? id : "";
}

function listingUrl(url: URL, id: string, pane: boolean): BoardUrl {
  return { postingId: id, canonicalUrl: canonicalWith(url, "/job-listing/j", { jl: id }), pane };
}

export const glassdoor: BoardAdapter = {
  id: "glassdoor",
  name: "Glassdoor",
  matches: [
    "https://*.glassdoor.com/*",
    "https://*.glassdoor.co.uk/*",
    "https://*.glassdoor.ca/*",
    "https://*.glassdoor.com.au/*",
    "https://*.glassdoor.co.in/*",
    "https://*.glassdoor.de/*",
    "https://*.glassdoor.fr/*",
  ],
  parseUrl(url) {
    const id = param(url, "jl") || param(url, "jobListingId");
    if (!/^\d{5,}$/.test(id)) return undefined;
    return listingUrl(url, id, !JOB_PAGE.test(url.pathname));
  },
  openJob(doc, url) {
    const id = openListing(doc);
    return id ? listingUrl(url, id, !JOB_PAGE.test(url.pathname)) : undefined;
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const open = glassdoor.parseUrl(url) ?? glassdoor.openJob?.(doc, url);
    if (open?.pane && open.postingId) fillFromCard(d, readCard(doc, open.postingId, CARD));
    // The employer block also prints the rating ("Acme Corp 4.1 ★").
    if (d.company) d.company = d.company.replace(RATING, "").trim();
    return splitRemote(d);
  },
};
