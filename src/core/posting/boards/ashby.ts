// Ashby: jobs.ashbyhq.com/<org>/<uuid> (client-rendered: JSON-LD and window.__appData carry the posting)
// and boards embedded in an employer's page (?ashby_jid=<uuid>).
import { firstText, hostOf } from "../dom";
import { companyDomainFrom, isNotCompanyHost } from "../domains";
import { assignedJson, isObj, type Obj } from "../embedded";
import { labelled } from "../labelled";
import type { BoardAdapter, Draft } from "../model";
import { parseSalaryText } from "../salary";
import { htmlToText, LIMITS, normalizeDate, normalizeEmploymentType, plain, remoteFromText } from "../text";
import { canonicalWith, param } from "../urls";
import { firstPathSegment, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: ["h1.ashby-job-posting-heading", '[class*="_jobPostingTitle"]', "main h1"],
  description: ['[class*="_descriptionText"]', ".ashby-job-posting-right-pane", "#overview"],
};
const LABELS = {
  location: ["Location"],
  type: ["Employment Type"],
  workplace: ["Location Type"],
  pay: ["Compensation"],
};

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

const obj = (v: unknown): Obj => (isObj(v) ? v : {});

/** The JSON assigned to window.__appData (the posting and the organisation, before any script runs). */
export function readAppData(doc: Document): Obj | undefined {
  return assignedJson(doc, "window.__appData");
}

/**
 * Ashby serves every job URL as the same script shell; for a job that is gone its __appData says
 * `"posting":null` (a live job's carries the posting itself). A page that shows a job heading all the
 * same (rendered by its scripts from elsewhere) is taken at its word.
 */
export function noPostingShown(doc: Document): boolean {
  const app = readAppData(doc);
  return !!app && "posting" in app && app.posting === null && !firstText(doc, SELECTORS.title);
}

function fromAppData(data: Obj): Draft {
  const posting = obj(data.posting);
  const org = obj(data.organization);
  const d: Draft = {};
  const title = plain(posting.title, LIMITS.title);
  if (title) d.title = title;
  const company = plain(org.name, LIMITS.company);
  if (company) d.company = company;
  const domain = companyDomainFrom([org.publicWebsite, org.websiteUrl]);
  if (domain) d.companyDomain = domain;
  const secondary = Array.isArray(posting.secondaryLocations) ? posting.secondaryLocations : [];
  const locations = [posting.locationName, ...secondary.map((l) => obj(l).locationName)]
    .map((l) => plain(l, LIMITS.location))
    .filter(Boolean);
  if (locations.length) d.locations = [...new Set(locations)].slice(0, LIMITS.locations);
  const workplace = plain(posting.workplaceType, 40);
  if (workplace) d.remote = remoteFromText(workplace.replace(/OnSite/i, "on-site"));
  else if (posting.isRemote === true) d.remote = true;
  if (d.remote === undefined) delete d.remote;
  const type = normalizeEmploymentType(
    String(posting.employmentType ?? "").replace(/([a-z])([A-Z])/g, "$1 $2"),
  );
  if (type) d.employmentType = type;
  const salary = parseSalaryText(
    plain(posting.scrapeableCompensationSalarySummary ?? posting.compensationTierSummary),
  );
  if (salary) d.salary = salary;
  const posted = normalizeDate(posting.publishedDate);
  if (posted) d.datePosted = posted;
  const description =
    htmlToText(posting.descriptionHtml) || plain(posting.descriptionPlainText, LIMITS.description);
  if (description) d.description = description;
  return d;
}

export const ashby: BoardAdapter = {
  id: "ashby",
  name: "Ashby",
  matches: ["https://jobs.ashbyhq.com/*"],
  claims: (url) => new RegExp(`^${UUID}$`, "i").test(param(url, "ashby_jid")),
  employerSlug: (url) => (url.hostname === "jobs.ashbyhq.com" ? firstPathSegment(url) : ""),
  parseUrl(url) {
    const m = new RegExp(`^/([^/]+)/(${UUID})(?:/application)?/?$`, "i").exec(url.pathname);
    if (m && url.hostname === "jobs.ashbyhq.com") {
      return {
        postingId: m[2]!.toLowerCase(),
        canonicalUrl: `https://jobs.ashbyhq.com/${m[1]}/${m[2]!.toLowerCase()}`,
      };
    }
    const jid = param(url, "ashby_jid");
    if (new RegExp(`^${UUID}$`, "i").test(jid)) {
      return {
        postingId: jid.toLowerCase(),
        canonicalUrl: canonicalWith(url, url.pathname, { ashby_jid: jid }),
        pane: true,
      };
    }
    return undefined;
  },
  noPosting: (doc, url) => url.hostname === "jobs.ashbyhq.com" && noPostingShown(doc),
  extract(doc, url) {
    if (url.hostname !== "jobs.ashbyhq.com") {
      const host = hostOf(url.href);
      return host && !isNotCompanyHost(host) ? { companyDomain: host } : {};
    }
    const app = readAppData(doc);
    const d = app ? fromAppData(app) : {};
    const dom = readSelectors(doc, SELECTORS, url);
    const loc = labelled(doc, LABELS.location);
    if (loc) dom.locations = [loc];
    const type = normalizeEmploymentType(labelled(doc, LABELS.type));
    if (type) dom.employmentType = type;
    const workplace = labelled(doc, LABELS.workplace);
    if (workplace) dom.remote = remoteFromText(workplace);
    if (dom.remote === undefined) delete dom.remote;
    const pay = parseSalaryText(labelled(doc, LABELS.pay, 200));
    if (pay) dom.salary = pay;
    return splitRemote({ ...dom, ...d });
  },
};
