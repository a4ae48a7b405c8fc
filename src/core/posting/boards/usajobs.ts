// USAJOBS: www.usajobs.gov/job/<control number> (older /GetJob/ViewDetails/<n>).

import { firstText, query, sectionsText } from "../dom";
import { labelled } from "../labelled";
import type { BoardAdapter } from "../model";
import { parseSalaryText } from "../salary";
import { clean, LIMITS, normalizeDate } from "../text";
import { readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: ["h1.usajobs-joa-banner__title", "h1#job-title", ".usajobs-joa-banner h1"],
  // The banner's most specific line: hiring organization (a medical center), then agency, then department.
  company: [
    ".usajobs-joa-banner__hiring-organization",
    ".usajobs-joa-banner__agency",
    ".usajobs-joa-banner__dept",
  ],
  locations: [
    ".usajobs-joa-locations__city",
    ".usajobs-joa-locations__list-item",
    ".location-item[data-location-text]", // 2025 Overview box: one item per duty station
  ],
  salary: [".usajobs-joa-summary__salary"],
};
const SECTIONS = ["#joa-summary, #summary", "#joa-duties, #duties", "#joa-requirements, #requirements"];

export const usajobs: BoardAdapter = {
  id: "usajobs",
  name: "USAJOBS",
  matches: ["https://www.usajobs.gov/*", "https://usajobs.gov/*"],
  parseUrl(url) {
    const m = /^\/(?:job|GetJob\/ViewDetails)\/(\d{5,})/i.exec(url.pathname);
    return m ? { postingId: m[1], canonicalUrl: `https://www.usajobs.gov/job/${m[1]}` } : undefined;
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const overview = query(doc, ".usajobs-joa-summary, #joa-overview, main") ?? doc;
    if (!d.salary) {
      const pay = parseSalaryText(labelled(overview, ["Salary"], 200));
      if (pay) d.salary = pay;
    }
    if (!d.locations?.length) {
      const place = labelled(overview, ["Location", "Locations"]).replace(
        /\s*\+\s*\d+\s*location\(s\)\s*$/i,
        "",
      );
      if (place) d.locations = [place];
    }
    const remote = labelled(overview, ["Remote job"]);
    if (/^yes\b/i.test(remote)) d.remote = true;
    else if (/^no\b/i.test(remote)) d.remote = false;
    const schedule = labelled(overview, ["Work schedule"]);
    if (/full/i.test(schedule)) d.employmentType = "Full-time";
    else if (/part/i.test(schedule)) d.employmentType = "Part-time";
    // "Open & closing dates": "01/02/2025 to 01/15/2025"
    const dates = /([\d/]{8,10})\s*to\s*([\d/]{8,10})/.exec(
      clean(labelled(overview, ["Open & closing dates"]), 80),
    );
    if (dates) {
      const open = normalizeDate(dates[1]);
      const close = normalizeDate(dates[2]);
      if (open) d.datePosted = open;
      if (close) d.validThrough = close;
    }
    const text = sectionsText(doc, SECTIONS);
    if (text) d.description = text;
    return splitRemote(d);
  },
  // The JSON-LD's hiringOrganization is at times the contact's office ("Tennessee Valley HCS - Nashville")
  // while the banner names the agency hiring: the banner is what the applicant reads.
  refine(posting, _url, doc) {
    const banner = firstText(doc, SELECTORS.company, LIMITS.company);
    return banner && banner !== posting.company ? { company: banner } : {};
  },
};
