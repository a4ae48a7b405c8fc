// Jobvite: jobs.jobvite.com/<company>/job/<id>.
import { first, metaContent } from "../dom";
import { labelled } from "../labelled";
import type { BoardAdapter } from "../model";
import { clean, LIMITS } from "../text";
import { canonicalWith } from "../urls";
import {
  companyFromTitle,
  firstHostLabel,
  firstPathSegment,
  readSelectors,
  type Selectors,
  splitRemote,
  tidyPlace,
} from "./common";

export const SELECTORS: Selectors = {
  title: [".jv-header", ".jv-job-detail-name", "h2.jv-header"],
  description: [".jv-job-detail-description"],
};
// "Engineering <span class=jv-inline-separator/> Austin, Texas [<sep/> Req.Num.: 32210]": the category,
// the place, and on some tenants a labelled requisition number; the place is the last unlabelled segment.
const META = ".jv-job-detail-meta";
const LABELLED = /^(?:req(?:uisition)?\.?\s*(?:num(?:ber)?|no|id|#)|job\s*(?:id|code|number))\b.*:/i;

/** The meta line's segments between separators, as the page shows them. */
function metaSegments(meta: Element): string[] {
  const segments: string[] = [];
  let current = "";
  for (const node of Array.from(meta.childNodes).slice(0, 40)) {
    const isSep = node.nodeType === 1 && (node as Element).classList.contains("jv-inline-separator");
    if (isSep) {
      segments.push(current);
      current = "";
    } else current += node.textContent ?? "";
  }
  segments.push(current);
  return segments.map((s) => clean(s, LIMITS.location)).filter(Boolean);
}

export const jobvite: BoardAdapter = {
  id: "jobvite",
  name: "Jobvite",
  matches: ["https://jobs.jobvite.com/*", "https://*.jobvite.com/*"],
  employerSlug: (url) => (url.hostname === "jobs.jobvite.com" ? firstPathSegment(url) : firstHostLabel(url)),
  parseUrl(url) {
    const m = /^\/([^/]+)\/job\/([\w]{6,})/.exec(url.pathname);
    if (!m) return undefined;
    return { postingId: m[2], canonicalUrl: canonicalWith(url, `/${m[1]}/job/${m[2]}`) };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const meta = first(doc, [META]);
    // Tenant templates without the meta line show the place in a labelled "Job Snapshot" list
    // ("Location:" then "Canada"), as on agscareer's page.
    const place = tidyPlace(
      (meta
        ? metaSegments(meta)
            .filter((seg) => !LABELLED.test(seg))
            .at(-1)
        : "") || labelled(doc, ["Location", "Locations", "Job Location"]),
    );
    if (place) d.locations = [place];
    const company =
      clean(metaContent(doc, "og:site_name"), LIMITS.company) ||
      companyFromTitle(doc, /^(.+?) Careers\b/i) ||
      companyFromTitle(doc, /\| (.+?)(?: Careers| Jobs)?$/i);
    if (company) d.company = company;
    return splitRemote(d);
  },
};
