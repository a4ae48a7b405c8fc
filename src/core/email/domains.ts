// What kind of service a sender or link domain belongs to (ATS, job board, test, scheduling, free
// mail, relay…). The lists themselves are data in ./service-domains.ts: the one list of ATS and
// job-board domains, which the posting extractor (core/posting/domains) asks through hostKind too.
import {
  ASSESSMENT_DOMAINS,
  ATS_DOMAINS,
  FREE_MAIL_DOMAINS,
  JOB_BOARD_DOMAINS,
  RELAY_DOMAINS,
  SCHEDULING_DOMAINS,
  SCHEDULING_HOSTS,
  SCREENING_DOMAINS,
} from "./service-domains";

const sets = {
  ats: new Set(ATS_DOMAINS),
  board: new Set(JOB_BOARD_DOMAINS),
  assessment: new Set(ASSESSMENT_DOMAINS),
  scheduling: new Set(SCHEDULING_DOMAINS),
  screening: new Set(SCREENING_DOMAINS),
  free: new Set(FREE_MAIL_DOMAINS),
  relay: new Set(RELAY_DOMAINS),
};

export type DomainKind = keyof typeof sets;

/** Domain → its kind: the first of `sets`, in their order, that lists it. */
const kinds = new Map<string, DomainKind>();
for (const [kind, set] of Object.entries(sets) as [DomainKind, Set<string>][]) {
  for (const domain of set) if (!kinds.has(domain)) kinds.set(domain, kind);
}

/** What kind of service a registrable domain belongs to, if any. */
export function domainKind(domain: string | undefined): DomainKind | undefined {
  if (!domain) return undefined;
  return kinds.get(domain);
}

/** True when a domain can never stand for the employer (ATS, board, test, free mail, relay…). */
export function isServiceDomain(domain: string | undefined): boolean {
  return hostKind(domain) !== undefined;
}

/**
 * The service kind of a host name, by walking its parent domains ("us.greenhouse-mail.io" →
 * "greenhouse-mail.io"). Needs no public-suffix list, so the content-script prefilter can use it.
 */
export function hostKind(host: string | undefined): DomainKind | undefined {
  if (!host) return undefined;
  let h = host.toLowerCase().replace(/\.$/, "");
  if (SCHEDULING_HOSTS.includes(h)) return "scheduling";
  for (let guard = 0; guard < 8 && h.includes("."); guard++) {
    const kind = domainKind(h);
    if (kind) return kind;
    h = h.slice(h.indexOf(".") + 1);
  }
  return undefined;
}
