// What the statistics read: plain arrays from the database, grouped per application once.
import type { Application, Id, Interview, StoredEmail, TimelineEvent } from "../types";

export interface StatsInput {
  applications: readonly Application[];
  events: readonly TimelineEvent[];
  interviews: readonly Interview[];
  /** Linked emails that have no timeline event of their own still count as replies. */
  emails?: readonly StoredEmail[];
  now: number;
  /** IANA zone for business days (default "UTC"). */
  timeZone?: string;
}

export const DAY = 86_400_000;

/** Each application's events (oldest first), with linked emails folded in as email events. */
export function eventsByApplication(input: StatsInput): Map<Id, TimelineEvent[]> {
  const out = new Map<Id, TimelineEvent[]>();
  const push = (e: TimelineEvent) => {
    const list = out.get(e.applicationId);
    if (list) list.push(e);
    else out.set(e.applicationId, [e]);
  };
  const seenEmails = new Set<Id>();
  for (const e of input.events) {
    push(e);
    if (e.kind === "email") seenEmails.add(e.emailId);
  }
  for (const m of input.emails ?? []) {
    if (m.applicationId === null || seenEmails.has(m.id)) continue;
    push({
      kind: "email",
      emailId: m.id,
      category: m.category,
      id: `email:${m.id}`,
      applicationId: m.applicationId,
      at: m.receivedAt,
    });
  }
  for (const list of out.values()) list.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return out;
}

export function interviewsByApplication(interviews: readonly Interview[]): Map<Id, Interview[]> {
  const out = new Map<Id, Interview[]>();
  for (const i of interviews) out.set(i.applicationId, [...(out.get(i.applicationId) ?? []), i]);
  return out;
}

// Legal suffixes and punctuation differ between the board, the email and what the user typed.
const SUFFIX = /\b(inc|incorporated|llc|ltd|limited|gmbh|corp|corporation|co|plc|sa|ag|bv)\b\.?/g;

/** One key per company, so several applications to the same company count once. */
export function companyKey(app: Pick<Application, "id" | "company" | "companyDomains">): string {
  const name = app.company
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(SUFFIX, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (name) return `name:${name}`;
  const domain = app.companyDomains[0];
  return domain ? `domain:${domain}` : `app:${app.id}`;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
