// SEEK (seek.com.au, seek.co.nz, and the au./nz.seek.com hosts): /job/<id> pages, and search pages whose
// side pane shows ?jobId=<id>. Markup carries data-automation ids; the head's title is
// "<title> Job in <place> - SEEK" and og:site_name is SEEK's own name.
import type { BoardAdapter } from "../model";
import { readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  root: ['[data-automation="jobDetailsPage"]', '[data-automation="splitViewJobDetailsWrapper"]'],
  title: ['[data-automation="job-detail-title"]', "h1"],
  company: ['[data-automation="advertiser-name"]'],
  // "Melbourne VIC (Remote)": the bracket is the work arrangement (splitRemote reads it).
  locations: ['[data-automation="job-detail-location"]'],
  salary: ['[data-automation="job-detail-salary"]'],
  employmentType: ['[data-automation="job-detail-work-type"]'],
  workplace: ['[data-automation="job-detail-work-arrangements"]'],
  description: ['[data-automation="jobAdDetails"]'],
};

const HOSTS = ["seek.com.au", "seek.co.nz", "au.seek.com", "nz.seek.com"];

export const seek: BoardAdapter = {
  id: "seek",
  name: "SEEK",
  matches: [
    "https://*.seek.com.au/*",
    "https://*.seek.co.nz/*",
    "https://au.seek.com/*",
    "https://nz.seek.com/*",
  ],
  parseUrl(url) {
    const host = url.hostname.replace(/^www\./, "");
    if (!HOSTS.includes(host)) return undefined;
    const page = /^\/job\/(\d{5,})\/?/.exec(url.pathname);
    const id = page?.[1] ?? /^\d{5,}$/.exec(url.searchParams.get("jobId") ?? "")?.[0];
    if (!id) return undefined;
    return { postingId: id, canonicalUrl: `https://${url.hostname}/job/${id}`, pane: !page };
  },
  extract(doc, url) {
    return splitRemote(readSelectors(doc, SELECTORS, url));
  },
};
