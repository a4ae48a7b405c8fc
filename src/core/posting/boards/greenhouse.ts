// Greenhouse: hosted boards (job-boards.greenhouse.io and the older boards.greenhouse.io, /<board>/jobs/<id>)
// and boards embedded in an employer's own careers page (?gh_jid=<id>, the posting sits in an iframe).
import { hostOf } from "../dom";
import { isNotCompanyHost } from "../domains";
import type { BoardAdapter } from "../model";
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
    const d = readSelectors(doc, SELECTORS, url);
    if (d.company) d.company = d.company.replace(/^at\s+/i, "");
    else {
      const company = companyFromTitle(doc, /^Job Application for .+? at (.+)$/i);
      if (company) d.company = company;
    }
    return splitRemote(d);
  },
};
