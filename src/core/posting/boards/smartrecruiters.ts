// SmartRecruiters: jobs.smartrecruiters.com/<Company>/<numeric id>-<slug>. Pages carry schema.org
// microdata (itemprop) as well as JSON-LD; microdata is read here.
import { first } from "../dom";
import type { BoardAdapter } from "../model";
import { clean, LIMITS } from "../text";
import { firstPathSegment, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: ['[itemprop="title"]', "h1.job-title"],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', 'meta[itemprop="hiringOrganization"]'],
  employmentType: ['[itemprop="employmentType"]'],
  workplace: [".job-details li", "spl-job-location"],
  datePosted: ['[itemprop="datePosted"]'],
  description: ['[itemprop="description"]', ".job-sections", "main .job-description"],
};
// <spl-job-location formattedaddress="Austin, TX, USA"> is the web component showing the place.
const LOCATION = [
  "spl-job-location[formattedaddress]",
  '[itemprop="jobLocation"] [itemprop="address"]',
  '[itemprop="jobLocation"]',
];

export const smartrecruiters: BoardAdapter = {
  id: "smartrecruiters",
  name: "SmartRecruiters",
  matches: ["https://jobs.smartrecruiters.com/*", "https://careers.smartrecruiters.com/*"],
  employerSlug: firstPathSegment,
  parseUrl(url) {
    const m = /^\/([^/]+)\/(\d{6,})(-[^/]*)?\/?$/.exec(url.pathname);
    if (!m) return undefined;
    return { postingId: m[2], canonicalUrl: `https://jobs.smartrecruiters.com/${m[1]}/${m[2]}${m[3] ?? ""}` };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const el = first(doc, LOCATION);
    const place = clean(el?.getAttribute("formattedaddress") ?? el?.textContent, LIMITS.location);
    if (place) d.locations = [place];
    return splitRemote(d);
  },
};
