// Glassdoor: /job-listing/...htm?jl=<id> pages and search pages (/Job/...SRCH...htm?jl=<id>) with a pane.
import type { BoardAdapter } from "../model";
import { canonicalWith, param } from "../urls";
import { readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  root: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]', "#JobView"],
  title: [
    '[data-test="job-title"]',
    'h1[id^="jd-job-title"]', // 2023+ header: the id carries the listing id
    '[class*="JobDetails_jobTitle"]', // hashed CSS-module class, prefix is stable
  ],
  company: [
    '[data-test="employer-name"] h4',
    '[data-test="employer-name"]',
    '[class*="EmployerProfile_employerName"]', // hashed CSS-module class, prefix is stable
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
    // The employer block also prints the rating ("Acme Corp 4.1 ★").
    if (d.company) d.company = d.company.replace(/\s*\d(?:\.\d)?\s*★?\s*$/, "").trim();
    return splitRemote(d);
  },
};
