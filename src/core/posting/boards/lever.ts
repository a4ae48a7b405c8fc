// Lever: jobs.lever.co/<company>/<uuid> (and /apply).

import { query, queryAll } from "../dom";
import { companyDomainFrom } from "../domains";
import type { BoardAdapter } from "../model";
import { clean } from "../text";
import { companyFromTitle, firstPathSegment, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: [".posting-headline h2", '[data-qa="posting-name"]', ".posting-header h2"],
  locations: [".posting-categories .location", ".posting-category.location"],
  salary: ['[data-qa="salary-range"]', ".posting-categories .compensation"],
  employmentType: [".posting-categories .commitment"],
  workplace: [".posting-categories .workplaceTypes"],
  // The whole section wrapper: Lever splits the text into intro, lists and closing sections.
  description: [
    ".content .section-wrapper.page-full-width:not(.accent-section)",
    '[data-qa="job-description"]', // when the wrapper is missing, the intro alone
  ],
};

const UUID = /^\/([\w.-]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/apply)?\/?$/i;

export const lever: BoardAdapter = {
  id: "lever",
  name: "Lever",
  matches: ["https://jobs.lever.co/*", "https://jobs.eu.lever.co/*"],
  employerSlug: firstPathSegment,
  parseUrl(url) {
    const m = UUID.exec(url.pathname);
    if (!m) return undefined;
    return {
      postingId: m[2]!.toLowerCase(),
      canonicalUrl: `https://${url.hostname}/${m[1]}/${m[2]!.toLowerCase()}`,
    };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    // Category labels may keep their separators ("Austin, TX /").
    if (d.locations) d.locations = d.locations.map((l) => l.replace(/\s*[/–]\s*$/, "")).filter(Boolean);
    // The logo's alt text ("Acme logo") and the <title> ("Acme - Senior Engineer") name the company.
    const alt = clean(query(doc, ".main-header-logo img[alt]")?.getAttribute("alt")).replace(/\s+logo$/i, "");
    const company = alt || companyFromTitle(doc, /^(.+?) - .+$/);
    if (company) d.company = company;
    // The footer links the employer's own site ("Acme Home Page").
    const links = queryAll(doc, ".main-footer a[href], .main-footer-text a[href]", 10).map((a) =>
      a.getAttribute("href"),
    );
    const domain = companyDomainFrom(links, url.href);
    if (domain) d.companyDomain = domain;
    return splitRemote(d);
  },
};
