// WorkSource Washington: seeker.worksourcewa.com/jobview/GetJob.aspx?JobID=<id> (and jobdetail.aspx).
import { first, queryAll } from "../dom";
import { labelled } from "../labelled";
import type { BoardAdapter } from "../model";
import { parseSalaryText } from "../salary";
import { clean, normalizeDate, normalizeEmploymentType } from "../text";
import { canonicalWith, param } from "../urls";
import { readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: ["h1.job-view-header", "h1.margin-bottom", "#job-view-header h1", "main h1"],
  company: ["span.job-view-employer", "h4 .capital-letter"],
  locations: ["span.job-view-location", "h4 small.wrappable"],
  salary: ["p.job-view-salary", ".job-view-salary"],
  datePosted: ["span.job-view-posting-date"],
  description: [
    "span#TrackingJobBody",
    "div.JobViewJobBody",
    "div.job-view-description",
    "div.directJobBody",
  ],
};

export const worksourcewa: BoardAdapter = {
  id: "worksourcewa",
  name: "WorkSource Washington",
  matches: ["https://seeker.worksourcewa.com/*"],
  parseUrl(url) {
    const id = param(url, "JobID");
    if (!/^\d{4,}$/.test(id)) return undefined;
    return { postingId: id, canonicalUrl: canonicalWith(url, "/jobview/GetJob.aspx", { JobID: id }) };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    if (!d.salary) {
      const pay = parseSalaryText(labelled(doc, ["Salary", "Wage", "Pay"], 200));
      if (pay) d.salary = pay;
    }
    if (!d.employmentType) {
      const type = normalizeEmploymentType(labelled(doc, ["Job Type", "Employment Type", "Duration"]));
      if (type) d.employmentType = type;
    }
    if (!d.datePosted) {
      // "Posted: 3/14/2025 - Expires: 4/13/2025"
      const p = queryAll(first(doc, ["main", "body"]) ?? doc, "p", 400).find((el) =>
        /Posted:/.test(el.textContent ?? ""),
      );
      const m = /Posted:\s*([\d/]+)/.exec(clean(p?.textContent, 200));
      const date = normalizeDate(m?.[1]);
      if (date) d.datePosted = date;
      const exp = /Expires:\s*([\d/]+)/.exec(clean(p?.textContent, 200));
      const until = normalizeDate(exp?.[1]);
      if (until) d.validThrough = until;
    }
    return splitRemote(d);
  },
};
