// Company domain from an organisation's links, read in the page. Hosts that send mail or host pages for
// many employers are never the company's domain: ATS, job boards, free mail and the rest of
// core/email/domains (its lists are data in core/email/service-domains; walked by parent domain, no
// public-suffix list, so it stays cheap in a content script), plus the social, link and site-builder
// hosts below. The stored value is decided again where domains are stored (core/company-domain.ts:
// registrable domain, the full free-mail list).
import { hostKind } from "../email/domains";
import { hostOf } from "./dom";

/**
 * Hosts (and their subdomains) of social, link, reference and site-builder services, not employers.
 * ATS and job boards are not listed here: they are core/email/domains' (one list, see the house test).
 */
export const NOT_COMPANY_HOSTS: readonly string[] = [
  "lnkd.in",
  "facebook.com",
  "twitter.com",
  "x.com",
  "instagram.com",
  "youtube.com",
  "tiktok.com",
  "github.com",
  "wikipedia.org",
  "crunchbase.com",
  "google.com",
  "bit.ly",
  "linktr.ee",
  "medium.com",
  "substack.com",
  "wordpress.com",
  "squarespace.com",
  "weebly.com",
  "wix.com",
  "notion.so",
  "about.me",
];

export function isNotCompanyHost(host: string): boolean {
  const h = host
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\./, "");
  return hostKind(h) !== undefined || NOT_COMPANY_HOSTS.some((d) => h === d || h.endsWith(`.${d}`));
}

/** The first link's host that can be the employer's, without "www."; "" when none. */
export function companyDomainFrom(links: readonly unknown[], base?: string): string {
  for (const link of links.slice(0, 20)) {
    const host = hostOf(link, base);
    if (host.includes(".") && !isNotCompanyHost(host)) return host;
  }
  return "";
}
