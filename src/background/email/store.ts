// Email bookkeeping shared by ingest and corrections: the stored row's extra fields, sender
// overrides (in the settings table: schema v1 stays as it is) and the chip's view of a row.
import { hostKind } from "../../core/email/domains";
import { asPersonalModel, type PersonalModel } from "../../core/email/personal";
import type { ApplicationStatus, EmailCategory, StoredEmail, TimelineEvent } from "../../core/types";
import { listEvents } from "../../db";
import type { DebriefDB } from "../../db/schema";
import type { EmailTag, TrackedJob } from "../../shared/protocol";

/** A stored email plus the status change it proposes while the user has not decided. */
export interface EmailRow extends StoredEmail {
  proposedStatus?: ApplicationStatus;
}

export interface SenderOverride {
  category?: EmailCategory;
  applicationId?: string;
}

export const OVERRIDES_KEY = "senderOverrides";
/** The personal email model learnt from the user's corrections (core/email/personal.ts). */
export const PERSONAL_MODEL_KEY = "emailPersonalModel";

export async function getPersonalModel(db: DebriefDB): Promise<PersonalModel> {
  return asPersonalModel((await db.settings.get(PERSONAL_MODEL_KEY))?.value);
}

export async function getOverrides(db: DebriefDB): Promise<Record<string, SenderOverride>> {
  const row = await db.settings.get(OVERRIDES_KEY);
  const value = row?.value;
  return value && typeof value === "object" ? (value as Record<string, SenderOverride>) : {};
}

/**
 * Remembers a correction for one sender. Shared senders (an ATS's no-reply, a job board, a test
 * platform) speak for many employers, so a correction there would mislabel the next company's mail:
 * only a person's or a company's own address is remembered.
 */
export async function setOverride(db: DebriefDB, address: string, override: SenderOverride): Promise<void> {
  if (!address) return;
  const kind = hostKind(address.split("@").pop());
  if (kind !== undefined && kind !== "free") return;
  const all = await getOverrides(db);
  all[address.toLowerCase()] = { ...all[address.toLowerCase()], ...override };
  await db.settings.put({ key: OVERRIDES_KEY, value: all });
}

export function emailId(provider: string, messageId: string): string {
  return `${provider}:${messageId}`;
}

export async function trackedJob(db: DebriefDB, applicationId: string | null): Promise<TrackedJob | null> {
  if (!applicationId) return null;
  const app = await db.applications.get(applicationId);
  return app ? { applicationId: app.id, status: app.status, company: app.company, title: app.title } : null;
}

export async function tagOf(db: DebriefDB, row: EmailRow): Promise<EmailTag> {
  const tag: EmailTag = {
    emailId: row.id,
    category: row.category,
    confidence: row.confidence,
    application: await trackedJob(db, row.applicationId),
    userCorrected: row.userCorrected,
  };
  if (row.proposedStatus) tag.proposedStatus = row.proposedStatus;
  return tag;
}

/** The email's own timeline events, for one application. */
export async function eventsOfEmail(db: DebriefDB, row: EmailRow): Promise<TimelineEvent[]> {
  if (!row.applicationId) return [];
  const events = await listEvents(db, row.applicationId);
  return events.filter((e) => e.kind === "email" && e.emailId === row.id);
}

/** Every table an email write touches, for one transaction. */
/** Categories that end the wait: a decision date in them is no longer a date to wait for. */
const CLOSES: ReadonlySet<EmailCategory> = new Set(["rejected", "offer", "interview"]);

/** Whether a date an email of this category states is the reply to wait for (ingest and corrections). */
export const statesReplyDate = (category: EmailCategory) => !CLOSES.has(category);

export const emailTables = (db: DebriefDB) => [
  db.applications,
  db.events,
  db.interviews,
  db.emails,
  db.reminders,
  db.settings,
];
