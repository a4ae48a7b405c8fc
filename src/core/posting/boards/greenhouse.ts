// Greenhouse: hosted boards (job-boards.greenhouse.io and the older boards.greenhouse.io, /<board>/jobs/<id>)
// and boards embedded in an employer's own careers page (?gh_jid=<id>, the posting sits in an iframe).
import { hostOf } from "../dom";
import { isNotCompanyHost } from "../domains";
import { assignedJson, findObject } from "../embedded";
import type { BoardAdapter, Draft } from "../model";
import { htmlToText, LIMITS, normalizeDate, plain } from "../text";
import { canonicalWith, param } from "../urls";
import { companyFromTitle, firstPathSegment, readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  title: [
    ".job__title h1", // job-boards.greenhouse.io (2024)
    "h1.section-header",
    "#header .app-title", // boards.greenhouse.io (classic)
    "h1.app-title",
  ],
  company: [
    "#header .company-name", // classic: "at Acme"
  ],
  companyLink: [".logo-container a[href]", "#logo a[href]", "header a.logo[href]"],
  locations: [".job__location", "#header .location", ".location"],
  salary: [".pay-range", ".pay-input"],
  workplace: [".job__location", "#header .location"],
  description: [".job__description", "#content", ".job-post-content"],
};

const BOARD_HOSTS = [
  "boards.greenhouse.io",
  "job-boards.greenhouse.io",
  "boards.eu.greenhouse.io",
  "job-boards.eu.greenhouse.io",
];

/**
 * The job-boards page's embedded Remix state: loaderData["routes/$url_token_.jobs_.$job_post_id"].jobPost
 * holds title, company_name, job_post_location and the HTML content, whatever the markup's classes are.
 */
export function fromRemixState(doc: Document): Draft {
  const state = assignedJson(doc, "window.__remixContext");
  const post = findObject(state, (o) => typeof o.title === "string" && typeof o.company_name === "string");
  if (!post) return {};
  const d: Draft = {};
  const title = plain(post.title, LIMITS.title);
  if (title) d.title = title;
  const company = plain(post.company_name, LIMITS.company);
  if (company) d.company = company;
  const place = plain(post.job_post_location, LIMITS.location);
  if (place) d.locations = [place];
  const posted = normalizeDate(post.published_at);
  if (posted) d.datePosted = posted;
  const description = [post.introduction, post.content, post.conclusion]
    .map((h) => htmlToText(h))
    .filter(Boolean)
    .join("\n\n");
  if (description) d.description = description.slice(0, LIMITS.description);
  return d;
}

export const greenhouse: BoardAdapter = {
  id: "greenhouse",
  name: "Greenhouse",
  matches: BOARD_HOSTS.map((h) => `https://${h}/*`),
  claims: (url) => /^\d{4,}$/.test(param(url, "gh_jid")),
  employerSlug: (url) => (BOARD_HOSTS.includes(url.hostname) ? firstPathSegment(url) : param(url, "for")),
  parseUrl(url) {
    const eu = url.hostname.includes(".eu.");
    const host = eu ? "job-boards.eu.greenhouse.io" : "job-boards.greenhouse.io";
    const path = /^\/([\w.-]+)\/jobs\/(\d{4,})/.exec(url.pathname);
    if (path && BOARD_HOSTS.includes(url.hostname)) {
      return { postingId: path[2], canonicalUrl: `https://${host}/${path[1]}/jobs/${path[2]}` };
    }
    const token = param(url, "token");
    const board = param(url, "for");
    if (/\/embed\/job_app/.test(url.pathname) && /^\d{4,}$/.test(token) && board) {
      return { postingId: token, canonicalUrl: `https://${host}/${board}/jobs/${token}` };
    }
    const gh = param(url, "gh_jid");
    if (/^\d{4,}$/.test(gh))
      return { postingId: gh, canonicalUrl: canonicalWith(url, url.pathname, { gh_jid: gh }), pane: true };
    return undefined;
  },
  extract(doc, url) {
    if (!BOARD_HOSTS.includes(url.hostname)) {
      // Embedded: the posting is inside Greenhouse's iframe; the page itself is the employer's site.
      const host = hostOf(url.href);
      return host && !isNotCompanyHost(host) ? { companyDomain: host } : {};
    }
    // The visible page first; the embedded state fills what its markup did not give.
    const d: Draft = { ...fromRemixState(doc), ...readSelectors(doc, SELECTORS, url) };
    if (d.company) d.company = d.company.replace(/^at\s+/i, "");
    else {
      const company = companyFromTitle(doc, /^Job Application for .+? at (.+)$/i);
      if (company) d.company = company;
    }
    return splitRemote(d);
  },
};
