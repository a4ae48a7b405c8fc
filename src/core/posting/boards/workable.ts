// Workable: apply.workable.com/<account>/j/<shortcode>/ (client-rendered; data-ui attributes are stable).

import { sectionsText } from "../dom";
import type { BoardAdapter } from "../model";
import { canonicalWith } from "../urls";
import { companyFromTitle, firstPathSegment, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: ['[data-ui="job-title"]', "main h1"],
  company: ['[data-ui="company-name"]'],
  locations: ['[data-ui="job-location"]'],
  employmentType: ['[data-ui="job-type"]'],
  workplace: ['[data-ui="job-workplace"]', '[data-ui="job-location"]'],
  salary: ['[data-ui="job-salary"]'],
};
// The posting text is split in three sections.
const SECTIONS = ['[data-ui="job-description"]', '[data-ui="job-requirements"]', '[data-ui="job-benefits"]'];

export const workable: BoardAdapter = {
  id: "workable",
  name: "Workable",
  matches: ["https://apply.workable.com/*", "https://jobs.workable.com/*"],
  employerSlug: (url) => (url.hostname === "apply.workable.com" ? firstPathSegment(url) : ""),
  parseUrl(url) {
    const apply = /^\/([^/]+)\/j\/([0-9A-F]{6,12})(?:\/apply)?\/?$/i.exec(url.pathname);
    if (apply)
      return {
        postingId: apply[2]!.toUpperCase(),
        canonicalUrl: canonicalWith(url, `/${apply[1]}/j/${apply[2]!.toUpperCase()}/`),
      };
    const view = /^\/view\/([\w-]{6,})/.exec(url.pathname);
    if (view) return { postingId: view[1], canonicalUrl: canonicalWith(url, `/view/${view[1]}`) };
    return undefined;
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    if (!d.company) {
      const company = companyFromTitle(doc, /^.+? - (.+)$/);
      if (company) d.company = company;
    }
    const text = sectionsText(doc, SECTIONS);
    if (text) d.description = text;
    return splitRemote(d);
  },
};
