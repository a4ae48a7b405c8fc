// iCIMS: careers-<company>.icims.com/jobs/<id>/<slug>/job. The outer page frames the same URL with
// ?in_iframe=1; both are read the same way.
import { first, labelled } from "../dom";
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

/** "US-TX-Austin" → "Austin, TX, US"; other shapes pass through. */
export function icimsPlace(raw: string): string {
  const m = /^([A-Z]{2})-([A-Z]{2,3})-(.+)$/.exec(raw.trim());
  return m ? `${m[3]}, ${m[2]}, ${m[1]}` : raw;
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
    const raw =
      labelled(doc, ["Job Locations", "Job Location", "Location", "Locations"]) ||
      clean(first(doc, [LOCATION_ICON])?.textContent);
    const places = raw
      .split(/\s*\|\s*|\s{2,}/)
      .map((p) => icimsPlace(clean(p, LIMITS.location)))
      .filter(Boolean);
    if (places.length) d.locations = places.slice(0, LIMITS.locations);
    const company = companyFromTitle(doc, /Careers (?:at|with) (.+?)$/i);
    if (company) d.company = company;
    return splitRemote(d);
  },
};
