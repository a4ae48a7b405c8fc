// LinkedIn: public job pages (/jobs/view/<id>) and the logged-in search/collection pages, which show the
// posting chosen by ?currentJobId= in a right-hand pane and switch jobs without a page load.
import { first, firstText, queryAll, textOf } from "../dom";
import type { BoardAdapter, Draft } from "../model";
import { parseSalaryText } from "../salary";
import { clean, normalizeEmploymentType, remoteFromText } from "../text";
import { param } from "../urls";
import { readSelectors, rootOf, type Selectors, splitRemote } from "./common";

export const SELECTORS = {
  // The detail pane first: on search pages the list on the left holds other jobs' titles.
  root: [
    ".jobs-search__job-details--container",
    ".scaffold-layout__detail",
    ".jobs-details",
    ".job-view-layout",
  ],
  title: [
    ".job-details-jobs-unified-top-card__job-title h1",
    ".job-details-jobs-unified-top-card__job-title",
    ".jobs-unified-top-card__job-title", // 2022–23 logged-in layout
    "h1.top-card-layout__title", // public (guest) page
    "h1.topcard__title",
    "h1", // layouts renamed again: the pane's only h1 is the title
  ],
  company: [
    ".job-details-jobs-unified-top-card__company-name a",
    ".job-details-jobs-unified-top-card__company-name",
    ".jobs-unified-top-card__company-name",
    "a.topcard__org-name-link",
    ".topcard__flavor a",
  ],
  locations: [
    ".job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child",
    ".job-details-jobs-unified-top-card__bullet",
    ".jobs-unified-top-card__bullet",
    ".topcard__flavor--bullet",
  ],
  // Logged-in pages show "Remote" / "Full-time" / pay as preference pills; the guest page uses criteria.
  insights: [
    ".job-details-fit-level-preferences",
    ".job-details-preferences-and-skills",
    ".job-details-jobs-unified-top-card__job-insight",
    ".jobs-unified-top-card__workplace-type",
  ],
  salary: [".compensation__salary", ".salary.compensation__salary"],
  criteria: ["li.description__job-criteria-item"],
  datePosted: ["span.posted-time-ago__text time", "time[datetime]"],
  description: [
    "#job-details",
    ".jobs-description__content .jobs-box__html-content",
    ".jobs-description-content__text",
    ".show-more-less-html__markup", // public page
    ".description__text",
  ],
} as const;

const READ: Selectors = {
  title: SELECTORS.title,
  company: SELECTORS.company,
  salary: SELECTORS.salary,
  description: SELECTORS.description,
};

function fromPills(root: Document | Element, d: Draft): void {
  const box = first(root, SELECTORS.insights);
  if (!box) return;
  // Pills are separate buttons with no whitespace between them: read them one by one.
  const pills = queryAll(box, "button, li, strong", 30).map((el) => textOf(el, 100));
  const text = [...pills, textOf(box, 400)].join(" · ");
  const remote = remoteFromText(text);
  if (remote !== undefined && d.remote === undefined) d.remote = remote;
  const type = normalizeEmploymentType(text);
  if (type && !d.employmentType) d.employmentType = type;
  const salary = parseSalaryText(text);
  if (salary && !d.salary) d.salary = salary;
}

export const linkedin: BoardAdapter = {
  id: "linkedin",
  name: "LinkedIn",
  matches: ["https://*.linkedin.com/jobs/*", "https://*.linkedin.com/comm/jobs/*"],
  parseUrl(url) {
    const view = /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?$/.exec(url.pathname);
    if (view) return { postingId: view[1], canonicalUrl: `https://www.linkedin.com/jobs/view/${view[1]}/` };
    const current = param(url, "currentJobId");
    if (/^\d{6,}$/.test(current)) {
      return {
        postingId: current,
        canonicalUrl: `https://www.linkedin.com/jobs/view/${current}/`,
        pane: true,
      };
    }
    return undefined;
  },
  extract(doc, url) {
    // The public page has no pane: its header and description are read from the document.
    const scope = rootOf(doc, SELECTORS.root);
    const d = readSelectors(doc, { ...READ, root: SELECTORS.root }, url);
    const loc = firstText(scope, SELECTORS.locations, 300).split(" · ")[0];
    if (loc) d.locations = [clean(loc)];
    fromPills(scope, d);
    for (const item of queryAll(scope, SELECTORS.criteria[0], 10)) {
      const head = clean(first(item, ["h3"])?.textContent);
      const value = clean(first(item, ["span"])?.textContent);
      if (/employment type/i.test(head) && !d.employmentType)
        d.employmentType = normalizeEmploymentType(value);
    }
    if (!d.employmentType) delete d.employmentType;
    return splitRemote(d);
  },
};
