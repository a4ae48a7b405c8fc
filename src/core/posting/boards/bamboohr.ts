// BambooHR: <company>.bamboohr.com/careers/<id> (client-rendered) and the older /jobs/view.php?id=<id>.
// Class names are generated (jss123), so fields are read by their visible labels.
import { query } from "../dom";
import { labelled } from "../labelled";
import type { BoardAdapter } from "../model";
import { parseSalaryText } from "../salary";
import { clean, LIMITS, normalizeEmploymentType, remoteFromText } from "../text";
import { param } from "../urls";
import { companyFromTitle, firstHostLabel, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: [
    '[data-fabric-component="Headline"]', // Fabric design system marks its components
    "main h2",
    ".ResAts__card-title", // /jobs/view.php
    "h2",
  ],
  description: [
    ".BambooRichText",
    '[data-fabric-component="RichText"]',
    ".ResAts__card-content", // /jobs/view.php
    "main",
  ],
};

export const bamboohr: BoardAdapter = {
  id: "bamboohr",
  name: "BambooHR",
  matches: ["https://*.bamboohr.com/careers/*", "https://*.bamboohr.com/jobs/*"],
  employerSlug: firstHostLabel,
  parseUrl(url) {
    const careers = /^\/careers\/(\d+)/.exec(url.pathname);
    const id = careers?.[1] ?? (/\/jobs\/view\.php$/.test(url.pathname) ? param(url, "id") : "");
    if (!/^\d+$/.test(id)) return undefined;
    return { postingId: id, canonicalUrl: `https://${url.hostname}/careers/${id}` };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const place = labelled(doc, ["Location", "Job Location"]);
    if (place) d.locations = [place];
    const type = normalizeEmploymentType(labelled(doc, ["Employment Type", "Type"]));
    if (type) d.employmentType = type;
    const workplace = labelled(doc, ["Location Type", "Workplace", "Remote"]);
    const remote = workplace ? remoteFromText(workplace) : undefined;
    if (remote !== undefined) d.remote = remote;
    const pay = parseSalaryText(labelled(doc, ["Compensation", "Salary", "Pay"], 200));
    if (pay) d.salary = pay;
    // The header logo's alt text, then the <title> ("Senior Engineer - Acme Careers").
    const alt = clean(query(doc, "header img[alt]")?.getAttribute("alt"), LIMITS.company).replace(
      /\s+logo$/i,
      "",
    );
    const company =
      alt ||
      companyFromTitle(doc, /^.+? - (.+?)(?: Careers)?$/i) ||
      companyFromTitle(doc, /^(.+?) Careers\b/i);
    if (company) d.company = company;
    return splitRemote(d);
  },
};
