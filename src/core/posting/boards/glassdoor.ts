// Glassdoor: /job-listing/...htm?jl=<id> pages and search pages (/Job/...SRCH...htm?jl=<id>) with a pane.
import type { BoardAdapter } from "../model";
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

const RATING = /\s*\d(?:\.\d)?\s*★?\s*$/;

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
    const canonicalUrl = canonicalWith(url, "/job-listing/j", { jl: id });
    return { postingId: id, canonicalUrl, pane: !/\/job-listing\/|jobListing\.htm/i.test(url.pathname) };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const open = glassdoor.parseUrl(url);
    if (open?.pane && open.postingId) fillFromCard(d, readCard(doc, open.postingId, CARD));
    // The employer block also prints the rating ("Acme Corp 4.1 ★").
    if (d.company) d.company = d.company.replace(RATING, "").trim();
    return splitRemote(d);
  },
};
