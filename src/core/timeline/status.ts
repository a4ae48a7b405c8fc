// Pipeline status, derived from the event list (the application row only caches it).
//
// Rules, applied to events oldest-first:
// - saved → applied → interviewing only moves forward: an application receipt arriving after an interview
//   does not move the status back;
// - offer / rejection / withdrawn (events, or offer / rejection emails) end it; the latest one wins;
// - a manual status event sets the status at its time (the user knows better than the classifier);
// - ghosted: still applied or interviewing, the user sent a follow-up (followup-done, follow-up or
//   second-follow-up) and nothing came back for GHOSTED_AFTER_DAYS since the last one. It needs `now`;
//   without it the status is what the events alone say. Any later reply lifts ghosted.
import { closeReason, isReply } from "../followup/replies";
import type { ApplicationStatus, TimelineEvent } from "../types";
import { sortTimeline } from "./group";

export const GHOSTED_AFTER_DAYS = 21;
const DAY = 86_400_000;

type Active = "saved" | "applied" | "interviewing";
const RANK: Record<Active, number> = { saved: 0, applied: 1, interviewing: 2 };

export interface StatusDetail {
  status: ApplicationStatus;
  /** When the application reached this status (null with no events). */
  since: number | null;
  /** Plain-words reason, for a tooltip. */
  reason: string;
  /** What time alone turns this status into, and when, unless an event comes first (gone quiet). */
  next?: StatusChange;
}

export interface StatusChange {
  at: number;
  status: ApplicationStatus;
}

/**
 * The status as of `now` from a cached one and its pending change: what every list reads, so a status
 * that time changed (no write since) is right without reading the timeline again.
 */
export function statusAsOf(
  cached: { status: ApplicationStatus; statusNext?: StatusChange | undefined },
  now: number,
): ApplicationStatus {
  return cached.statusNext && now >= cached.statusNext.at ? cached.statusNext.status : cached.status;
}

export function deriveStatus(events: readonly TimelineEvent[], now?: number): ApplicationStatus {
  return deriveStatusDetail(events, now).status;
}

export function deriveStatusDetail(events: readonly TimelineEvent[], now?: number): StatusDetail {
  let active: StatusDetail = { status: "saved", since: null, reason: "Saved" };
  let final: StatusDetail | null = null;
  let lastFollowUpAt: number | null = null;

  const advance = (to: Active, at: number, reason: string) => {
    if (final || RANK[to] <= RANK[active.status as Active]) return;
    active = { status: to, since: at, reason };
  };

  for (const e of sortTimeline(events)) {
    if (active.since === null) active = { ...active, since: e.at };
    // An email whose status change the user has not accepted yet still counts as a reply, not as a status.
    const pending = e.kind === "email" && e.statusPending === true;
    if (final?.status === "ghosted" && (isReply(e) || e.kind === "interview")) final = null;
    if (isReply(e)) lastFollowUpAt = null;
    switch (e.kind) {
      case "applied":
        advance("applied", e.at, "Applied");
        break;
      case "interview":
      case "signals":
        advance("interviewing", e.at, "Interview logged");
        break;
      case "email":
        if (pending) break;
        if (e.category === "applied") advance("applied", e.at, "Application confirmed by email");
        if (e.category === "interview" || e.category === "assessment") {
          advance("interviewing", e.at, "Invited to interview");
        }
        break;
      case "followup-done":
        if (e.reminderKind === "follow-up" || e.reminderKind === "second-follow-up") lastFollowUpAt = e.at;
        break;
      case "status":
        if (e.to === "saved" || e.to === "applied" || e.to === "interviewing") {
          final = null;
          active = { status: e.to, since: e.at, reason: "Set by you" };
        } else {
          final = { status: e.to, since: e.at, reason: "Set by you" };
        }
        break;
      default:
        break;
    }
    const reason = pending ? null : closeReason(e);
    if (reason === "offer") final = { status: "offer", since: e.at, reason: "Offer received" };
    if (reason === "rejection") final = { status: "rejected", since: e.at, reason: "Rejected" };
    if (reason === "withdrawn") final = { status: "withdrawn", since: e.at, reason: "You withdrew" };
  }

  if (final) return final;
  if (lastFollowUpAt !== null && active.status !== "saved") {
    const ghostAt = lastFollowUpAt + GHOSTED_AFTER_DAYS * DAY;
    if (now !== undefined && now >= ghostAt) {
      return {
        status: "ghosted",
        since: ghostAt,
        reason: `No reply ${GHOSTED_AFTER_DAYS} days after your last follow-up`,
      };
    }
    return { ...active, next: { at: ghostAt, status: "ghosted" } };
  }
  return active;
}
