// iCIMS: careers-<company>.icims.com/jobs/<id>/<slug>/job. The outer page frames the same URL with
// ?in_iframe=1; both are read the same way.
import { first } from "../dom";
import { labelled } from "../labelled";
import type { BoardAdapter } from "../model";
import { clean, LIMITS } from "../text";
import { canonicalWith } from "../urls";
import { companyFromTitle, firstHostLabel, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: ["h1.iCIMS_Header", ".iCIMS_JobHeaderTitle", ".iCIMS_MainWrapper h1"],
  description: [".iCIMS_JobContent .iCIMS_InfoMsg_Job", ".iCIMS_JobContent", ".iCIMS_MainWrapper"],
};
// Header fields are label/value pairs; the newer theme puts the place next to a map-marker icon.
const LOCATION_ICON = '.header .glyphicon-map-marker + span, [title="Job Location"] + span';
// The employer as the tenant names it in a header field (a staffing or venue group's <title> names the
// site, "Careers at Ryan Center and Boss Ice Arena", not the employer).
const COMPANY_FIELDS = ["external company name", "company name", "company"];

/**
 * The job header's fields (dt.iCIMS_JobHeaderField / dd.iCIMS_JobHeaderData), keyed by the field's own
 * label in lower case: tenants group them as "Job Post Information* : External Company Name" or
 * "Location : Postal Code", and the group before the last " : " is dropped.
 */
export function headerFields(doc: Document): Map<string, string> {
  const fields = new Map<string, string>();
  for (const dt of Array.from(doc.querySelectorAll("dt.iCIMS_JobHeaderField")).slice(0, 60)) {
    const dd = dt.nextElementSibling;
    if (!dd?.matches("dd")) continue;
    const label =
      clean(dt.textContent, 120)
        .split(/\s+:\s+/)
        .at(-1)
        ?.toLowerCase() ?? "";
    const value = clean(dd.textContent, LIMITS.company);
    if (label && value && !fields.has(label)) fields.set(label, value);
  }
  return fields;
}

export const icims: BoardAdapter = {
  id: "icims",
  name: "iCIMS",
  matches: ["https://*.icims.com/*"],
  employerSlug: firstHostLabel,
  parseUrl(url) {
    const m = /^\/jobs\/(\d+)(?:\/([^/]+))?/.exec(url.pathname);
    if (!m || m[1] === "search") return undefined;
    return {
      postingId: m[1],
      canonicalUrl: canonicalWith(url, `/jobs/${m[1]}/${m[2] && m[2] !== "job" ? `${m[2]}/` : ""}job`),
    };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    // "US-RI-Kingston" is kept as the page shows it (several places: "US-WA-Spokane | US-WA-Spokane Valley").
    const raw =
      labelled(doc, ["Job Locations", "Job Location", "Location", "Locations"]) ||
      clean(first(doc, [LOCATION_ICON])?.textContent);
    const places = raw
      .split(/\s*\|\s*|\s{2,}/)
      .map((p) => clean(p, LIMITS.location))
      .filter(Boolean);
    if (places.length) d.locations = places.slice(0, LIMITS.locations);
    const fields = headerFields(doc);
    const company =
      COMPANY_FIELDS.map((f) => fields.get(f)).find(Boolean) ||
      companyFromTitle(doc, /Careers (?:at|with) (.+?)$/i);
    if (company) d.company = company;
    return splitRemote(d);
  },
};
