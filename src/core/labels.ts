// Words a user reads for each pipeline status and each kind of timeline event: one table, so the
// options page, the popup, the job-board panel and the webmail chip say the same thing. Email
// categories have theirs beside the categories (core/email/categories).
import { CATEGORY_LABELS } from "./email/categories";
import type { ApplicationStatus, EmailCategory, EventKind } from "./types";

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  saved: "Saved",
  applied: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ghosted: "Gone quiet",
};

/** An event's short title, where one line names it (the panel's "Last: …", a timeline row's heading). */
export const EVENT_LABEL: Record<EventKind, string> = {
  saved: "Saved",
  applied: "Applied",
  interview: "Interview",
  signals: "Signals logged",
  email: "Email",
  "followup-due": "Follow-up due",
  "followup-done": "Followed up",
  status: "Status changed",
  note: "Note",
  contact: "Heard from them",
  offer: "Offer received",
  rejection: "Rejected",
  withdrawn: "Withdrew",
};

/** An email event's title: "Email: rejection". */
export function emailEventLabel(category: EmailCategory): string {
  return `${EVENT_LABEL.email}: ${CATEGORY_LABELS[category]}`;
}
