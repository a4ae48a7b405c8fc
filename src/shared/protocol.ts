// The message protocol: one map from message type to argument and reply types.
// The background's handler table is typed against it (see background/handlers), and callers of
// `send` get the reply type inferred. Errors cross as data (`Result`) and are re-thrown at the caller.
import type { FollowUpPlan } from "../core/followup";
import type { Outlook, OutlookOptions } from "../core/signals";
import type {
  Application,
  ApplicationStatus,
  EmailCategory,
  EventKind,
  HealthSurface,
  Interview,
  InterviewDraft,
  JobPosting,
  StoredEmail,
} from "../core/types";

/** What a content script knows about the job on its page: the posting plus the page it came from. */
export interface PageJob {
  url: string;
  posting: JobPosting;
}

export interface TrackedJob {
  applicationId: string;
  status: ApplicationStatus;
  company: string;
  title: string;
  /** The latest timeline event, in words ("Interview", "Applied"), for the panel. */
  lastEvent?: { kind: EventKind; at: number; text: string };
  /** The application's timeline on the options page. */
  timelineUrl?: string;
}

/** Job-board pages and the popup: saving and looking up jobs. */
export interface JobMessages {
  /** Save the job read from a page; the same posting twice maps to the same application. */
  "job/save": {
    arg: PageJob & { applied?: boolean };
    reply: { application: Application; created: boolean; job: TrackedJob };
  };
  /** Is the job on this page already tracked? */
  "job/lookup": { arg: { url: string; posting: JobPosting }; reply: TrackedJob | null };
  /** "I applied" for a tracked job: adds the applied event (once). */
  "job/applied": { arg: { applicationId: string }; reply: TrackedJob };
  /** The popup's quick add: a new application from a company and a role title typed by the user. */
  "application/add": { arg: { company: string; title: string }; reply: Application };
  /** The popup on a page of no known board: the job the extractor reads in that tab, if any. */
  "job/extract": { arg: { tabId: number }; reply: PageJob | null };
}

/** The job-board panel: its site setting, "I applied", and debriefs logged from a job page. */
export interface PanelMessages {
  /** Is the panel hidden on this host (Settings → Job-board panel)? */
  "panel/settings": { arg: { host: string }; reply: { hidden: boolean } };
  /** "Hide on this site": adds the host to panelHiddenSites. */
  "panel/hide": { arg: { host: string }; reply: { hidden: true; site: string } };
  /** Opens an application's timeline on the options page (a web page cannot link to it). */
  "panel/open": { arg: { applicationId: string }; reply: { opened: true } };
  /** Saves a debrief (the shared form's draft, from the panel or the popup); the reply is what they show next. */
  "interview/save": {
    arg: { draft: InterviewDraft; timeZone?: string };
    reply: { interview: Interview; outlook: Outlook; plan: FollowUpPlan; job: TrackedJob };
  };
  /** The model and base rates the application page scores outlooks with (fitted in the worker). */
  "outlook/options": { arg: Record<string, never>; reply: OutlookOptions };
}

/** Extension pages → background: reminders changed. */
export interface ReminderMessages {
  /** A page wrote the database: re-derive statuses due, then reminders (notify, badge, next alarm). */
  "reminders/refresh": { arg: Record<string, never>; reply: { due: number } };
  "reminders/done": { arg: { id: string }; reply: { due: number } };
  /** Snooze until the given time (default: a day from now). */
  "reminders/snooze": { arg: { id: string; until?: number }; reply: { due: number } };
}

/** One opened webmail message as the reader saw it (only job-looking ones are ever sent). */
export interface WebmailMessage
  extends Pick<StoredEmail, "provider" | "messageId" | "threadId" | "fromName" | "fromAddress" | "subject"> {
  /** The date as the page shows it (for the record), and parsed when the reader could. */
  date?: string;
  receivedAt?: number;
  /** Plain text, quoted history and signature trimmed, at most a few kB. */
  body: string;
}

export interface WebmailContext {
  enabled: boolean;
  companies: string[];
  domains: string[];
}

/** What the mail-view chip shows for a stored email. */
export interface EmailTag {
  emailId: string;
  category: EmailCategory;
  confidence: number;
  application: TrackedJob | null;
  /** A status change the email suggests, waiting for the user's one click. */
  proposedStatus?: ApplicationStatus;
  userCorrected: boolean;
}

/** Webmail readers (content scripts) and the options page: tagged emails. */
export interface EmailMessages {
  /**
   * Whether tagging is on for the sender page's provider, and tracked companies' names and domains for
   * the reader's in-page prefilter.
   */
  "webmail/context": { arg: Record<string, never>; reply: WebmailContext };
  /** Classify, link and store one message; the same message twice is one email. Null: not kept. */
  "email/ingest": { arg: WebmailMessage; reply: EmailTag | null };
  /** Applications the chip offers to link to, most recent first. */
  "email/applications": { arg: Record<string, never>; reply: TrackedJob[] };
  /** The user's correction of the tag and/or the linked application (null: none). */
  "email/correct": {
    arg: { emailId: string; category?: EmailCategory; applicationId?: string | null };
    reply: EmailTag;
  };
  /** Accept (apply) or dismiss the status change an email proposed. */
  "email/status": { arg: { emailId: string; accept: boolean }; reply: EmailTag };
  /** Deletes every stored email, its timeline events and the sender corrections. */
  "email/delete-all": { arg: Record<string, never>; reply: { emails: number; events: number } };
}

/** Content scripts → background: a reader or the panel could not read a page it should have. */
export interface HealthMessages {
  /** Records the problem for the sender's site (never sent anywhere; Settings lists it). */
  "health/report": { arg: { surface: HealthSurface }; reply: { recorded: boolean } };
}

/** Every message the background answers: one interface per area, merged here. */
export interface Protocol
  extends JobMessages,
    PanelMessages,
    ReminderMessages,
    EmailMessages,
    HealthMessages {}

/** Messages an extension page sends to the content script of one tab. */
export interface TabProtocol {
  /** The job on the page, if it shows one. */
  "page/job": { arg: Record<string, never>; reply: PageJob | null };
  /** The keyboard shortcut: expand or collapse the panel (showing it even where it was not shown). */
  "panel/toggle": { arg: Record<string, never>; reply: { expanded: boolean } };
  /** A job was saved from this tab another way (context menu): show it as tracked. */
  "panel/refresh": { arg: Record<string, never>; reply: { shown: boolean } };
  /** Tracked applications changed: a webmail reader asks for its context again and re-checks. */
  "webmail/refresh": { arg: Record<string, never>; reply: { rechecked: number } };
}

export type MessageType = keyof Protocol;
export type Arg<K extends MessageType> = Protocol[K]["arg"];
export type Reply<K extends MessageType> = Protocol[K]["reply"];

/** The shape on the wire: a tagged union, so a handler can only be called with its own argument. */
export type Envelope = { [K in MessageType]: { debrief: 1; type: K; arg: Arg<K> } }[MessageType];

export type TabMessageType = keyof TabProtocol;
export type TabEnvelope = {
  [K in TabMessageType]: { debrief: 1; type: K; arg: TabProtocol[K]["arg"] };
}[TabMessageType];

export interface ErrorData {
  name: string;
  message: string;
  /** The error it wraps (Dexie wraps a storage quota error in the transaction's abort), if any. */
  inner?: ErrorData;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** Any message of ours, before its type is checked against a handler table. */
export interface RawEnvelope {
  debrief: 1;
  type: string;
  arg: unknown;
}

export function isEnvelope(value: unknown): value is RawEnvelope {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { debrief?: unknown }).debrief === 1 &&
    typeof (value as { type?: unknown }).type === "string"
  );
}
