// Who a note goes to, from what the user already has: the application's contacts (matched to the
// interviewer by name), else any contact with an address, else the last person at the company who wrote
// (a linked email that is not from a no-reply box; one from the company's own domain before an ATS's). Unknown stays empty: the user fills it in their mail.
import type { Contact, StoredEmail } from "../../types";

// Letters, digits and the few marks real local parts use: nothing a URL gives meaning to (? & # % / ,),
// so an address can never smuggle a parameter (cc=, bcc=, body=) into a compose link.
const ADDRESS =
  /^[A-Za-z0-9._+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const NO_REPLY =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|postmaster|bounces?)(?:[+._-]|@)/i;

export function isAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text);
}

/** Addresses typed by the user, split on commas, semicolons or spaces; bad ones reported. */
export function parseAddresses(text: string): { valid: string[]; invalid: string[] } {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim().replace(/^<|>$/g, ""))
    .filter(Boolean);
  const valid = [...new Set(parts.filter(isAddress))];
  return { valid, invalid: parts.filter((p) => !isAddress(p)) };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

export interface RecipientInput {
  contacts?: readonly Contact[];
  /** Emails linked to the application. */
  emails?: readonly Pick<StoredEmail, "fromAddress" | "fromName" | "receivedAt">[];
  /** The company's registrable domains: a person there is preferred to an ATS or job-board sender. */
  companyDomains?: readonly string[];
}

export interface Recipient {
  address: string;
  /** Where it came from, shown beside the field. */
  source: "contact" | "email";
}

/** The address for one interviewer, when a contact of that name has one. */
export function addressForName(name: string, input: RecipientInput): Recipient | null {
  const want = norm(name);
  if (!want) return null;
  const c = (input.contacts ?? []).find((c) => norm(c.name) === want && c.email && isAddress(c.email.trim()));
  return c?.email ? { address: c.email.trim(), source: "contact" } : null;
}

/** The fallback address for the application: the first contact's with an address, else the latest sender's. */
export function applicationRecipient(input: RecipientInput): Recipient | null {
  const contact = (input.contacts ?? []).find((c) => c.email && isAddress(c.email.trim()));
  if (contact?.email) return { address: contact.email.trim(), source: "contact" };
  const domains = (input.companyDomains ?? []).map((d) => d.toLowerCase());
  const atCompany = (address: string) => {
    const host = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
    return domains.some((d) => host === d || host.endsWith(`.${d}`));
  };
  const latest = [...(input.emails ?? [])]
    .filter((e) => isAddress(e.fromAddress) && !NO_REPLY.test(e.fromAddress))
    .sort(
      (a, b) =>
        Number(atCompany(b.fromAddress)) - Number(atCompany(a.fromAddress)) || b.receivedAt - a.receivedAt,
    )[0];
  return latest ? { address: latest.fromAddress, source: "email" } : null;
}

/**
 * Addresses for a note to `names`: each named interviewer's own address when known; when none is known,
 * the application's fallback.
 */
export function recipientsFor(names: readonly string[], input: RecipientInput): Recipient[] {
  const own = names.map((n) => addressForName(n, input)).filter((r): r is Recipient => r !== null);
  if (own.length > 0) return own.filter((r, i) => own.findIndex((o) => o.address === r.address) === i);
  const fallback = applicationRecipient(input);
  return fallback ? [fallback] : [];
}
