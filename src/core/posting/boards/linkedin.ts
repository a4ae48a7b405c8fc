// LinkedIn: public job pages (/jobs/view/<id>) and the logged-in search/collection pages, which show the
// posting chosen by ?currentJobId= in a right-hand pane and switch jobs without a page load.
import { first, firstText, queryAll, textOf } from "../dom";
import type { BoardAdapter, Draft } from "../model";
import { parseSalaryText } from "../salary";
import { clean, normalizeEmploymentType, remoteFromText } from "../text";
import { param } from "../urls";
import { type CardSelectors, fillFromCard, readCard } from "./card";
import { readSelectors, rootOf, type Selectors, splitRemote } from "./common";
import { fromEmbeddedData } from "./linkedin-data";

export const SELECTORS = {
  // The detail pane first: on search pages the list on the left holds other jobs' titles.
  root: [
    ".jobs-search__job-details--container",
    ".scaffold-layout__detail",
    ".jobs-search__job-details",
    ".jobs-details",
    ".job-view-layout",
    ".details-pane__content--show", // guest search page with a job open (hidden while none is)
  ],
  title: [
    ".job-details-jobs-unified-top-card__job-title h1",
    ".job-details-jobs-unified-top-card__job-title",
    ".jobs-unified-top-card__job-title", // 2022–23 logged-in layout
    ".jobs-details-top-card__job-title", // 2019–21 logged-in layouts
    ".jobs-top-card__job-title",
    ".top-card-layout__title", // public (guest) page: an h1, and an h2 in the guest search pane
    ".topcard__title",
    "h1", // layouts renamed again: the pane's only h1 is the title
  ],
  company: [
    ".job-details-jobs-unified-top-card__company-name a",
    ".job-details-jobs-unified-top-card__company-name",
    ".jobs-unified-top-card__company-name",
    ".jobs-details-top-card__company-url", // 2019–21 logged-in layouts
    ".jobs-top-card__company-url",
    "a.topcard__org-name-link",
    ".topcard__flavor a",
    ".topcard__flavor:not(.topcard__flavor--bullet)", // a company with no LinkedIn page: plain text
  ],
  locations: [
    ".job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child",
    ".job-details-jobs-unified-top-card__bullet",
    ".jobs-unified-top-card__bullet",
    ".jobs-details-top-card__bullet", // 2019–21 logged-in layouts
    ".jobs-top-card__bullet",
    ".topcard__flavor--bullet",
  ],
  // "Acme · Denver, CO · 2 weeks ago · 40 applicants": the line under the title, when no element holds
  // the place alone.
  descriptionLine: [
    ".job-details-jobs-unified-top-card__primary-description-without-tagline",
    ".job-details-jobs-unified-top-card__primary-description",
    ".job-details-jobs-unified-top-card__tertiary-description-container",
    ".jobs-unified-top-card__primary-description",
    ".jobs-unified-top-card__subtitle-primary-grouping",
  ],
  // Logged-in pages show "Remote" / "Full-time" / pay as preference pills; the guest page uses criteria.
  // Every match of each is read: the 2023 cards print several insight lines, the workplace type in one of
  // them or in its own span ("Remote" beside "Full-time · Mid-Senior level").
  insights: [
    ".job-details-fit-level-preferences",
    ".job-details-preferences-and-skills",
    ".job-details-jobs-unified-top-card__job-insight",
    ".job-details-jobs-unified-top-card__workplace-type",
    ".jobs-unified-top-card__job-insight",
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

// The open job's card in the list (guest cards carry the posting URN, logged-in ones data-job-id).
const CARD: CardSelectors = {
  anchor: [
    '[data-job-id="{id}"]',
    '[data-occludable-job-id="{id}"]',
    '[data-entity-urn="urn:li:jobPosting:{id}"]',
  ],
  card: "li, .base-card, .job-card-container",
  title: [
    ".base-search-card__title",
    ".job-card-list__title--link",
    ".job-card-list__title",
    ".job-card-container__link",
  ],
  company: [
    ".base-search-card__subtitle",
    ".artdeco-entity-lockup__subtitle",
    ".job-card-container__primary-description",
    ".job-card-container__company-name",
  ],
  location: [
    ".job-search-card__location",
    ".job-card-container__metadata-item",
    ".artdeco-entity-lockup__caption li",
    ".artdeco-entity-lockup__caption",
  ],
};

/** The place in "Acme · Denver, CO · 2 weeks ago · 40 applicants": not the company, no digits (times, counts). */
export function placeFromLine(line: string, company: string | undefined): string {
  const name = clean(company).toLowerCase();
  const parts = line.split(/\s*[·•]\s*/).map((part) => clean(part, 300));
  return (
    parts.find(
      (part) =>
        part && part.toLowerCase() !== name && !/\d/.test(part) && !/^(promoted|reposted|new)$/i.test(part),
    ) ?? ""
  );
}

const READ: Selectors = {
  title: SELECTORS.title,
  company: SELECTORS.company,
  salary: SELECTORS.salary,
  description: SELECTORS.description,
};

function fromPills(root: Document | Element, d: Draft): void {
  const boxes = SELECTORS.insights.flatMap((s) => queryAll(root, s, 10));
  if (!boxes.length) return;
  // Pills are separate buttons with no whitespace between them: read them one by one.
  const pills = boxes.flatMap((box) => queryAll(box, "button, li, strong", 30)).map((el) => textOf(el, 100));
  const text = [...pills, ...boxes.map((box) => textOf(box, 400))].join(" · ");
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
    let loc = clean(firstText(scope, SELECTORS.locations, 300).split(" · ")[0]);
    if (loc && loc.toLowerCase() === clean(d.company).toLowerCase()) loc = ""; // the line's first part
    // The line's link, when it has one, is the employer ("<a>Acme</a> · Denver, CO · 2 weeks ago").
    const line = first(scope, SELECTORS.descriptionLine);
    const linked = textOf(line?.querySelector("a"), 200);
    if (!d.company && linked) d.company = linked;
    if (!loc) loc = placeFromLine(textOf(line, 400), d.company);
    if (loc) d.locations = [loc];
    fromPills(scope, d);
    for (const item of queryAll(scope, SELECTORS.criteria[0], 10)) {
      const head = clean(first(item, ["h3"])?.textContent);
      const value = clean(first(item, ["span"])?.textContent);
      if (/employment type/i.test(head) && !d.employmentType)
        d.employmentType = normalizeEmploymentType(value);
    }
    if (!d.employmentType) delete d.employmentType;
    const open = linkedin.parseUrl(url);
    if (open?.pane && open.postingId) fillFromCard(d, readCard(doc, open.postingId, CARD));
    // Not rendered yet (or saved as served): the same card in the page's embedded data.
    if (open?.postingId && (!d.title || !d.company || !d.locations?.length))
      fillFromCard(d, fromEmbeddedData(doc, open.postingId));
    return splitRemote(d);
  },
};
