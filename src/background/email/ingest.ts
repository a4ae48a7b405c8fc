// Ingest of one opened message: classify, match, and write everything in ONE transaction keyed by
// the email's id — the row (added only if absent, so a re-send is a no-op), the timeline event, a
// held status change for the user to confirm (or none, with auto-apply on), a stated decision date,
// the refreshed status and the re-planned follow-ups. A worker stopped half-way leaves nothing, and
// the reader's next send does it all again.
import { classifyEmail, matchEmail } from "../../core/email";
import { parseIsoDay, wallTime } from "../../core/local-day";
import { deriveStatus } from "../../core/timeline";
import type { EmailCategory, EmailProvider, TimelineEvent } from "../../core/types";
import { listEvents } from "../../db";
import { replanApplication } from "../../db/follow-ups";
import { newId } from "../../db/ids";
import type { DebriefDB } from "../../db/schema";
import { getSetting } from "../../db/settings";
import { refreshStatus } from "../../db/status";
import type { EmailTag, WebmailMessage } from "../../shared/protocol";
import {
  type EmailRow,
  emailId,
  emailTables,
  getOverrides,
  getPersonalModel,
  type SenderOverride,
  statesReplyDate,
  tagOf,
} from "./store";

/** Stored bodies are cut to this many characters. */
export const MAX_SNIPPET = 4000;
/** Categories whose status change waits for the user unless auto-apply is on. */
const ASKS: ReadonlySet<EmailCategory> = new Set(["rejected", "offer", "interview", "assessment"]);
const PROVIDERS: readonly EmailProvider[] = ["gmail", "outlook"];

export interface IngestEnv {
  now: number;
  timeZone: string;
}

export interface IngestResult {
  tag: EmailTag | null;
  created: boolean;
  /** Worth a notification: linked, and a decision or an invitation. */
  notable: boolean;
}

const str = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max).trim() : "");

/** The message as the background trusts it: typed, trimmed, bounded. Throws on what is not a message. */
export function sanitise(raw: WebmailMessage): WebmailMessage {
  const provider = PROVIDERS.find((p) => p === raw?.provider);
  const messageId = str(raw?.messageId, 300);
  if (!provider || !messageId) throw new Error("Not a webmail message.");
  const msg: WebmailMessage = {
    provider,
    messageId,
    fromName: str(raw.fromName, 200),
    fromAddress: str(raw.fromAddress, 320).toLowerCase(),
    subject: str(raw.subject, 500),
    body: str(raw.body, MAX_SNIPPET),
  };
  const threadId = str(raw.threadId, 300);
  if (threadId) msg.threadId = threadId;
  const date = str(raw.date, 100);
  if (date) msg.date = date;
  if (typeof raw.receivedAt === "number" && Number.isFinite(raw.receivedAt)) msg.receivedAt = raw.receivedAt;
  return msg;
}

async function threadMap(db: DebriefDB, threadId: string | undefined): Promise<Record<string, string>> {
  if (!threadId) return {};
  const same = await db.emails.where("threadId").equals(threadId).toArray();
  const linked = same.find((e) => e.applicationId);
  return linked?.applicationId ? { [threadId]: linked.applicationId } : {};
}

/** A stated decision date becomes the latest earlier interview's expected reply date. */
async function applyDecisionDate(
  db: DebriefDB,
  applicationId: string,
  emailId: string,
  day: string,
  at: number,
  env: IngestEnv,
) {
  const stated = parseIsoDay(day);
  if (!stated) return;
  // Midday on the user's calendar, as the debrief form stores a "by" date.
  const when = wallTime(stated, 12, 0, env.timeZone);
  const interviews = await db.interviews.where("applicationId").equals(applicationId).toArray();
  const latest = interviews.filter((i) => i.at <= at).sort((a, b) => b.at - a.at)[0];
  if (latest && when > latest.at && latest.nextStepBy !== when) {
    // Remember what the email replaced (the user's own date, if any), so deleting email data gives it back.
    const previous = latest.nextStepByEmail ? latest.nextStepByEmail.previous : latest.nextStepBy;
    const nextStepByEmail = previous === undefined ? { emailId } : { emailId, previous };
    await db.interviews.update(latest.id, { nextStepBy: when, nextStepByEmail, updatedAt: env.now });
  }
}

export async function ingestEmail(db: DebriefDB, raw: WebmailMessage, env: IngestEnv): Promise<IngestResult> {
  const msg = sanitise(raw);
  const id = emailId(msg.provider, msg.messageId);
  const from = msg.fromName ? `${msg.fromName} <${msg.fromAddress}>` : msg.fromAddress;
  const at = Math.min(msg.receivedAt ?? env.now, env.now);
  const email = { from, subject: msg.subject, body: msg.body };
  // Pure and synchronous: done before the transaction, which then only waits on the database. The
  // user's personal model (learnt from their corrections) adds its say to the shipped one.
  const personal = await getPersonalModel(db);
  const classified = classifyEmail(
    { ...email, date: msg.receivedAt ?? msg.date ?? env.now, timeZone: env.timeZone },
    personal,
  );

  return db.transaction("rw", emailTables(db), async (): Promise<IngestResult> => {
    const existing = await db.emails.get(id);
    if (existing) return { tag: await tagOf(db, existing), created: false, notable: false };

    const override: SenderOverride = (await getOverrides(db))[msg.fromAddress] ?? {};
    const category = override.category ?? classified.category;
    const apps = await db.applications.toArray();
    let applicationId: string | null = null;
    let decision: "link" | "review" | "none";
    if (override.applicationId && apps.some((a) => a.id === override.applicationId)) {
      applicationId = override.applicationId;
      decision = "link";
    } else {
      const threads = await threadMap(db, msg.threadId);
      const match = matchEmail({ ...email, threadId: msg.threadId }, apps, env.now, { threads });
      decision = match.decision;
      applicationId = match.decision === "link" ? match.applicationId : null;
    }
    // Nothing about a tracked application, and not worth a review: leave no trace.
    const unrelated = category === "other" || category === "job_alert";
    if (decision === "none" || (unrelated && !applicationId)) {
      return { tag: null, created: false, notable: false };
    }

    const row: EmailRow = {
      id,
      provider: msg.provider,
      messageId: msg.messageId,
      ...(msg.threadId ? { threadId: msg.threadId } : {}),
      fromName: msg.fromName,
      fromAddress: msg.fromAddress,
      subject: msg.subject,
      receivedAt: at,
      category,
      confidence: override.category ? 1 : classified.confidence,
      evidence: override.category ? ["you corrected this sender's tag before"] : classified.evidence,
      snippet: msg.body,
      applicationId,
      userCorrected: false,
    };
    if (!applicationId) {
      await db.emails.add(row); // The review queue.
      return { tag: await tagOf(db, row), created: true, notable: false };
    }

    const before = await listEvents(db, applicationId);
    const event: TimelineEvent = {
      kind: "email",
      emailId: id,
      category,
      id: newId(env.now),
      applicationId,
      at,
    };
    const statusBefore = deriveStatus(before, env.now);
    const statusAfter = deriveStatus([...before, event], env.now);
    if (statusAfter !== statusBefore && ASKS.has(category) && !(await getSetting(db, "autoApplyStatus"))) {
      // The status waits for the user's one click (the chip); the follow-up plan reacts at once.
      event.statusPending = true;
      row.proposedStatus = statusAfter;
    }
    await db.events.add(event);
    const decisionDay = classified.hints.decisionBy?.local;
    if (decisionDay && statesReplyDate(category))
      await applyDecisionDate(db, applicationId, id, decisionDay, at, env);
    await db.emails.add(row);
    await db.applications
      .where("id")
      .equals(applicationId)
      .modify((app) => {
        app.lastActivityAt = Math.max(app.lastActivityAt, at);
      });
    await refreshStatus(db, applicationId, env.now);
    await replanApplication(db, applicationId, env);
    return { tag: await tagOf(db, row), created: true, notable: ASKS.has(category) };
  });
}
