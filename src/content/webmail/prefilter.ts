// The in-page gate: only messages that look job-related leave the page. Hiring senders and job
// vocabulary (core/email's prefilter), or a tracked company's domain or name.
// Straight from the module, not the index: the index would bundle the public-suffix list and the rules.
import { isJobRelated } from "../../core/email/prefilter";
import type { WebmailContext, WebmailMessage } from "../../shared/protocol";

type Tracked = Pick<WebmailContext, "companies" | "domains">;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const LEGAL = / (inc|llc|llp|ltd|limited|plc|corp|corporation|co|gmbh|ag|sa|sas|bv|nv|pty)$/;

export function mentionsCompany(text: string, company: string): boolean {
  const name = norm(company).replace(LEGAL, "");
  if (name.length < 3) return false;
  return ` ${norm(text)} `.includes(` ${name} `);
}

export function fromTrackedDomain(address: string, domains: readonly string[]): boolean {
  const host = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  return host.length > 0 && domains.some((d) => d && (host === d || host.endsWith(`.${d}`)));
}

export function looksJobRelated(
  msg: Pick<WebmailMessage, "fromName" | "fromAddress" | "subject" | "body">,
  tracked: Tracked,
): boolean {
  const from = msg.fromName ? `${msg.fromName} <${msg.fromAddress}>` : msg.fromAddress;
  if (isJobRelated({ from, subject: msg.subject, body: msg.body })) return true;
  if (fromTrackedDomain(msg.fromAddress, tracked.domains)) return true;
  const text = `${msg.fromName}\n${msg.subject}\n${msg.body}`;
  return tracked.companies.some((c) => mentionsCompany(text, c));
}
