// Workday: <tenant>.wdN.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<Title>_<REQ-ID>, and the
// myworkdaysite.com variant (/recruiting/<tenant>/<site>/job/...). Rendered client-side; the server
// sends JSON-LD, which is read first.
import { employerFromEntity } from "../clean";
import { queryAll } from "../dom";
import type { BoardAdapter, Draft } from "../model";
import { clean, LIMITS } from "../text";
import { canonicalWith } from "../urls";
import { arrangementTag, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]'],
  employmentType: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'],
  workplace: ['[data-automation-id="remoteType"] dd', '[data-automation-id="locations"] dd'],
  description: ['[data-automation-id="jobPostingDescription"]'],
};
// Several <dd> when the posting lists several places.
const LOCATIONS = '[data-automation-id="locations"] dd';

export const workday: BoardAdapter = {
  id: "workday",
  name: "Workday",
  matches: ["https://*.myworkdayjobs.com/*", "https://*.myworkdaysite.com/*"],
  employerSlug: tenantOf,
  parseUrl(url) {
    const m = /\/(?:job|details)\/(?:.*\/)?[^/]*_([A-Za-z]*-?\d[\w-]*?)(?:\/apply.*)?\/?$/.exec(url.pathname);
    if (!m) return undefined;
    // The locale segment (/en-US/) is optional and changes with the visitor.
    const path = url.pathname.replace(/^\/[a-z]{2}-[A-Z]{2}(?=\/)/, "").replace(/\/apply.*$/, "");
    return { postingId: m[1], canonicalUrl: canonicalWith(url, path) };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const places = queryAll(doc, LOCATIONS, LIMITS.locations)
      .map((el) => clean(el.textContent, LIMITS.location))
      .filter(Boolean);
    if (places.length) d.locations = [...new Set(places)];
    return splitRemote(d);
  },
  // The JSON-LD's hiringOrganization is the payroll entity ("Canada Workday ULC", "MED Medtronic Inc");
  // the tenant in the URL is the employer people know.
  // Its JSON-LD says jobLocationType TELECOMMUTE on on-site and hybrid jobs too; a recruiter's "#LI-Hybrid"
  // tag in the description is the explicit word.
  refine(posting, url) {
    const fix: Draft = {};
    const company = posting.company ? employerFromEntity(posting.company, tenantOf(url)) : "";
    if (company && company !== posting.company) fix.company = company;
    const tagged = arrangementTag(posting.description);
    if (tagged !== undefined && tagged !== posting.remote) fix.remote = tagged;
    return fix;
  },
};

/** "medtronic" from medtronic.wd1.myworkdayjobs.com or myworkdaysite.com/recruiting/medtronic/… */
export function tenantOf(url: URL): string {
  if (url.hostname.endsWith(".myworkdayjobs.com")) return url.hostname.split(".")[0] ?? "";
  return /^\/recruiting\/([^/]+)\//.exec(url.pathname)?.[1] ?? "";
}
