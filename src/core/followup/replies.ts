// What counts as hearing back from the company. Shared by the planner (replies move or close a plan) and
// by core/timeline (a reply after the last follow-up means the application is not ghosted).
import type { EmailCategory, Id, TimelineEvent } from "../types";

/** Outcomes that end the waiting: nothing left to follow up on. */
export type CloseReason = "offer" | "rejection" | "withdrawn" | "next-round";

// Job alerts, recruiter outreach and application receipts are mail *about* jobs, not an answer to you.
const REPLY_CATEGORIES: ReadonlySet<EmailCategory> = new Set<EmailCategory>([
  "rejected",
  "interview",
  "assessment",
  "offer",
  "references",
  "update",
  "other",
]);

/** True when the event is the company (or a logged contact) getting back to the candidate. */
export function isReply(e: TimelineEvent): boolean {
  if (e.kind === "email") return REPLY_CATEGORIES.has(e.category);
  return e.kind === "contact" || e.kind === "offer" || e.kind === "rejection";
}

/** The close reason an event implies, if it ends the wait for the interview `interviewId`. */
export function closeReason(e: TimelineEvent, interviewId?: Id): CloseReason | null {
  switch (e.kind) {
    case "offer":
      return "offer";
    case "rejection":
      return "rejection";
    case "withdrawn":
      return "withdrawn";
    case "interview":
      return e.interviewId !== interviewId ? "next-round" : null;
    case "email":
      if (e.category === "offer") return "offer";
      if (e.category === "rejected") return "rejection";
      if (e.category === "interview") return "next-round";
      return null;
    default:
      return null;
  }
}

export interface Responses {
  /** The first event that ended the wait. */
  closed?: { at: number; reason: CloseReason };
  /** The latest reply that did not end the wait (it re-bases the plan). */
  lastReplyAt?: number;
}

/** Responses strictly after `after` (the interview time), in time order, for one application. */
export function findResponses(
  events: readonly TimelineEvent[],
  after: number,
  opts: { applicationId?: Id; interviewId?: Id } = {},
): Responses {
  const out: Responses = {};
  const relevant = events
    .filter(
      (e) => e.at > after && (opts.applicationId === undefined || e.applicationId === opts.applicationId),
    )
    .sort((a, b) => a.at - b.at);
  for (const e of relevant) {
    const reason = closeReason(e, opts.interviewId);
    if (reason) {
      out.closed = { at: e.at, reason };
      break;
    }
    if (isReply(e)) out.lastReplyAt = e.at;
  }
  return out;
}
