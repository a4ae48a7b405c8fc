// The message protocol: one map from message type to argument and reply types.
// The background's handler table is typed against it (see background/handlers), and callers of
// `send` get the reply type inferred. Errors cross as data (`Result`) and are re-thrown at the caller.
import type { Application, ApplicationStatus, JobPosting } from "../core/types";

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
}

/** Job-board pages and the popup: saving and looking up jobs. */
export interface JobMessages {
  /** Save the job read from a page; the same posting twice maps to the same application. */
  "job/save": { arg: PageJob & { applied?: boolean }; reply: { application: Application; created: boolean } };
  /** Is the job on this page already tracked? */
  "job/lookup": { arg: { url: string; posting: JobPosting }; reply: TrackedJob | null };
}

/** Extension pages → background: reminders changed. */
export interface ReminderMessages {
  /** Re-read reminders after a page changed them: notify, badge, next alarm. */
  "reminders/refresh": { arg: Record<string, never>; reply: { due: number } };
  "reminders/done": { arg: { id: string }; reply: { due: number } };
  /** Snooze until the given time (default: a day from now). */
  "reminders/snooze": { arg: { id: string; until?: number }; reply: { due: number } };
}

/** Every message the background answers: one interface per area, merged here. */
export interface Protocol extends JobMessages, ReminderMessages {}

/** Messages an extension page sends to the content script of one tab. */
export interface TabProtocol {
  /** The job on the page, if it shows one. */
  "page/job": { arg: Record<string, never>; reply: PageJob | null };
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
