// Monster: /job-openings/<slug>--<uuid> pages and search pages showing ?id=<uuid> in a pane.
import type { BoardAdapter } from "../model";
import { canonicalWith, param } from "../urls";
import { readSelectors, type Selectors, splitRemote } from "./common";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export const SELECTORS: Selectors = {
  root: ['[data-testid="JobViewContainer"]', '[class*="job-view-container"]', "#JobPreview"],
  title: [
    '[data-testid="jobTitle"]',
    'h1[class*="JobViewTitle"]', // styled-components class, prefix is stable
    "main h1",
  ],
  company: ['[data-testid="company"]', 'h2[class*="JobViewHeaderCompany"]', '[class*="company-name"]'],
  locations: ['[data-testid="jobDetailLocation"]', 'h3[class*="JobViewHeaderLocation"]'],
  salary: ['[data-testid="svx_jobview-salary"]', '[data-testid="salary"]'],
  employmentType: ['[data-testid="svx_jobview-jobtype"]', '[data-testid="jobType"]'],
  description: ['[data-testid="svx-description-container-inner"]', "#JobDescription", ".job-description"],
};

export const monster: BoardAdapter = {
  id: "monster",
  name: "Monster",
  matches: ["https://*.monster.com/*", "https://*.monster.co.uk/*", "https://*.monster.ca/*"],
  parseUrl(url) {
    const path = /^\/job-openings\/(?:[^/]*?--)?([0-9a-f-]{36})\/?$/i.exec(url.pathname);
    if (path && UUID.test(path[1]!)) {
      return { postingId: path[1]!.toLowerCase(), canonicalUrl: canonicalWith(url, url.pathname) };
    }
    const id = param(url, "id");
    if (UUID.test(id) && id.length === 36) {
      return {
        postingId: id.toLowerCase(),
        canonicalUrl: canonicalWith(url, `/job-openings/${id.toLowerCase()}`),
        pane: true,
      };
    }
    return undefined;
  },
  extract(doc, url) {
    return splitRemote(readSelectors(doc, SELECTORS, url));
  },
};
