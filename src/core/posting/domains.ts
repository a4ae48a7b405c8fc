// Company domain from an organisation's links. Job boards, ATS hosts and social sites are never the
// company's domain; the background reduces what is left to a registrable domain.
import { hostOf } from "./dom";

/** Hosts (and their subdomains) that belong to a board, an ATS or a social site, not to the employer. */
export const NOT_COMPANY_HOSTS: readonly string[] = [
  "linkedin.com",
  "lnkd.in",
  "indeed.com",
  "glassdoor.com",
  "glassdoor.co.uk",
  "glassdoor.ca",
  "ziprecruiter.com",
  "monster.com",
  "greenhouse.io",
  "lever.co",
  "myworkdayjobs.com",
  "myworkdaysite.com",
  "workday.com",
  "ashbyhq.com",
  "smartrecruiters.com",
  "workable.com",
  "icims.com",
  "jobvite.com",
  "bamboohr.com",
  "worksourcewa.com",
  "usajobs.gov",
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
];

export function isNotCompanyHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, "");
  return NOT_COMPANY_HOSTS.some((d) => h === d || h.endsWith(`.${d}`));
}

/** The first link's host that can be the employer's, without "www."; "" when none. */
export function companyDomainFrom(links: readonly unknown[], base?: string): string {
  for (const link of links.slice(0, 20)) {
    const host = hostOf(link, base);
    if (host.includes(".") && !isNotCompanyHost(host)) return host;
  }
  return "";
}
