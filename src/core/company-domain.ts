// The company's own domain, as stored on an application and matched against mail: a host (or URL)
// reduced to its registrable domain — "careers.acme-widgets.co.uk" → "acme-widgets.co.uk" — and never a
// host that sends mail or hosts pages for many people: free mail (email-providers' list of ~8,800
// providers, and core/email/domains), an ATS, a job board, a scheduling or test service, social and
// site-builder hosts (posting/domains). Private suffixes count as suffixes, so "acme.github.io" stays the
// tenant's and a bare "github.io" or "herokuapp.com" is nobody's.
//
// Pure (tldts and a JSON list, no browser API), so it lives in core; but it carries the public-suffix
// list, so it is used where domains are stored and read (db, the worker, extension pages), never in a
// content script, whose cheap page-side filter is posting/domains.ts.
import freeMailList from "email-providers/all.json" with { type: "json" };
import { getDomain } from "tldts";
import { isNotCompanyHost } from "./posting/domains";

/** An application keeps at most this many domains. */
const MAX_DOMAINS = 10;

let freeMail: ReadonlySet<string> | undefined;

/** A consumer mail provider's domain ("gmail.com", "hotmail.fr", "yahoo.co.uk"). */
export function isFreeMailDomain(domain: string): boolean {
  freeMail ??= new Set(freeMailList);
  return freeMail.has(domain);
}

function hostOf(value: unknown): string {
  if (typeof value !== "string") return "";
  const raw = value.trim().toLowerCase();
  if (!raw || raw.length > 2000) return "";
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== "https:" && url.protocol !== "http:") return "";
    return url.hostname.replace(/\.$/, "").replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** The employer's registrable domain for a host, bare domain or URL; undefined when it cannot be one. */
export function companyDomain(value: unknown): string | undefined {
  const host = hostOf(value);
  if (!host) return undefined;
  const domain = getDomain(host, { allowPrivateDomains: true });
  if (!domain) return undefined; // an IP address, "localhost", or a bare public suffix
  if (isFreeMailDomain(domain) || isFreeMailDomain(host)) return undefined;
  if (isNotCompanyHost(host) || isNotCompanyHost(domain)) return undefined;
  return domain;
}

/** Each value reduced as companyDomain does; duplicates and what cannot be a company's dropped. */
export function companyDomains(values: readonly unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const value of Array.isArray(values) ? values : []) {
    const domain = companyDomain(value);
    if (domain && !out.includes(domain)) out.push(domain);
    if (out.length >= MAX_DOMAINS) break;
  }
  return out;
}
