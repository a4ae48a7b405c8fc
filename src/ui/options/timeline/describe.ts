// Each timeline event in words: a title, optional details, and a link back to the source (the email
// in its webmail). Pure: takes the page's rows by id, so it tests without a browser.

import { EVENT_LABEL, emailEventLabel, STATUS_LABEL } from "../../../core/labels";
import { signalById } from "../../../core/signals";
import type { EventKind, Interview, Reminder, StoredEmail, TimelineEvent } from "../../../core/types";
import { emailHref } from "./email-link";

export interface EventContext {
  interviews: ReadonlyMap<string, Interview>;
  emails: ReadonlyMap<string, StoredEmail>;
  reminders: ReadonlyMap<string, Reminder>;
  /** Interview id → its round, counted 1, 2, 3 … in time order when not set. */
  rounds: ReadonlyMap<string, number>;
}

export interface EventView {
  title: string;
  details: string[];
  /** Ticked signs, for interview and signals events. */
  signs?: { label: string; positive: boolean }[];
  link?: { href: string; label: string };
}

/** Kinds the user may delete from the timeline: the ones a person adds by hand. */
export const DELETABLE: ReadonlySet<EventKind> = new Set<EventKind>([
  "note",
  "contact",
  "status",
  "applied",
  "offer",
  "rejection",
  "withdrawn",
]);

const INTERVIEW_KIND = { phone: "Phone", video: "Video", onsite: "On-site", other: "" } as const;
const REMINDER_KIND = {
  "thank-you": "Thank-you note",
  "follow-up": "Follow-up",
  "second-follow-up": "Second follow-up",
  custom: "Reminder",
} as const;

export function describeEvent(e: TimelineEvent, ctx: EventContext): EventView {
  switch (e.kind) {
    case "saved":
      return { title: EVENT_LABEL.saved, details: [] };
    case "applied":
      return { title: EVENT_LABEL.applied, details: [] };
    case "interview":
    case "signals": {
      const iv = ctx.interviews.get(e.interviewId);
      const round = ctx.rounds.get(e.interviewId);
      const kind = iv ? INTERVIEW_KIND[iv.kind] : "";
      const name = [kind, "interview", round ? `(round ${round})` : ""].filter(Boolean).join(" ");
      const title =
        e.kind === "interview"
          ? name.replace(/^./, (c) => c.toUpperCase())
          : `Signs logged for ${name.toLowerCase()}`;
      if (!iv) return { title, details: ["(interview details were deleted)"] };
      const details: string[] = [];
      if (iv.interviewers.length > 0) details.push(`With ${iv.interviewers.join(", ")}`);
      if (iv.notes) details.push(iv.notes);
      const signs = Object.entries(iv.signals)
        .filter(([, seen]) => seen)
        .flatMap(([id]) => {
          const s = signalById(id);
          return s ? [{ label: s.label, positive: s.polarity === "positive" }] : [];
        });
      return { title, details, signs };
    }
    case "email": {
      const mail = ctx.emails.get(e.emailId);
      const title = emailEventLabel(e.category);
      if (!mail) return { title, details: [] };
      const from = mail.fromName ? `${mail.fromName} <${mail.fromAddress}>` : mail.fromAddress;
      const view: EventView = { title, details: [`“${mail.subject}” from ${from}`] };
      // The status it implies waits for the user's OK (the chip in the mail view, or this timeline's status panel).
      if (e.statusPending) view.details.push("Status not changed: waiting for your OK");
      const href = emailHref(mail);
      if (href) view.link = { href, label: "Open the message" };
      return view;
    }
    case "followup-due":
      return {
        title: `${REMINDER_KIND[e.reminderKind]} due`,
        details: reminderDetail(ctx.reminders.get(e.reminderId)),
      };
    case "followup-done":
      return {
        title: `${REMINDER_KIND[e.reminderKind]} sent`,
        details: reminderDetail(ctx.reminders.get(e.reminderId)),
      };
    case "status":
      return { title: `Status set to ${STATUS_LABEL[e.to]}`, details: [`Was ${STATUS_LABEL[e.from]}`] };
    case "note":
      return { title: EVENT_LABEL.note, details: [e.text] };
    case "contact":
      return { title: EVENT_LABEL.contact, details: [e.text] };
    case "offer":
      return { title: EVENT_LABEL.offer, details: [] };
    case "rejection":
      return { title: EVENT_LABEL.rejection, details: [] };
    case "withdrawn":
      return { title: EVENT_LABEL.withdrawn, details: [] };
  }
}

function reminderDetail(r: Reminder | undefined): string[] {
  return r ? [r.title] : [];
}

/** Round numbers: the interview's own, else its position among the application's interviews. */
export function roundsOf(interviews: readonly Interview[]): Map<string, number> {
  const sorted = [...interviews].sort((a, b) => a.at - b.at);
  return new Map(sorted.map((iv, i) => [iv.id, iv.round ?? i + 1]));
}
