// What the user does with a tagged email: correct its tag or its application (remembered for the
// sender), accept or dismiss the status change it proposed, and delete all email data.
import { learnFromCorrection } from "../../core/email/classify";
import type { EmailCategory, Interview, TimelineEvent } from "../../core/types";
import { replanApplication } from "../../db/follow-ups";
import { newId } from "../../db/ids";
import type { DebriefDB } from "../../db/schema";
import { refreshStatus } from "../../db/status";
import type { EmailTag } from "../../shared/protocol";
import {
  type EmailRow,
  emailTables,
  eventsOfEmail,
  getPersonalModel,
  OVERRIDES_KEY,
  PERSONAL_MODEL_KEY,
  setOverride,
  statesReplyDate,
  tagOf,
} from "./store";

export interface CorrectionEnv {
  now: number;
  timeZone: string;
}

function withoutProposal(row: EmailRow): EmailRow {
  const { proposedStatus: _p, ...rest } = row;
  return rest;
}

async function settle(db: DebriefDB, appIds: Iterable<string | null>, env: CorrectionEnv) {
  for (const id of new Set(appIds)) {
    if (!id || !(await db.applications.get(id))) continue;
    await refreshStatus(db, id, env.now, { activityFromEvents: true });
    await replanApplication(db, id, env);
  }
}

export async function correctEmail(
  db: DebriefDB,
  change: { emailId: string; category?: EmailCategory; applicationId?: string | null },
  env: CorrectionEnv,
): Promise<EmailTag> {
  return db.transaction("rw", emailTables(db), async () => {
    const row = (await db.emails.get(change.emailId)) as EmailRow | undefined;
    if (!row) throw new Error("That email is no longer stored.");
    if (change.applicationId && !(await db.applications.get(change.applicationId))) {
      throw new Error("That application no longer exists.");
    }
    await db.events.bulkDelete((await eventsOfEmail(db, row)).map((e) => e.id));
    const next: EmailRow = {
      ...withoutProposal(row),
      applicationId: change.applicationId === undefined ? row.applicationId : change.applicationId,
      userCorrected: true,
    };
    if (change.category && change.category !== row.category) {
      // Beyond this sender: the personal model learns the kind of email, so the next one like it
      // (from anyone) gets the user's tag.
      const email = { from: `${row.fromName} <${row.fromAddress}>`, subject: row.subject, body: row.snippet };
      const learnt = learnFromCorrection(await getPersonalModel(db), email, row.category, change.category);
      await db.settings.put({ key: PERSONAL_MODEL_KEY, value: learnt });
    }
    if (change.category) {
      next.category = change.category;
      next.confidence = 1;
      next.evidence = ["tagged by you"];
    }
    // The user's own tag is their decision: its status change applies without asking again.
    if (next.applicationId) {
      const event: TimelineEvent = {
        kind: "email",
        emailId: row.id,
        category: next.category,
        id: newId(env.now),
        applicationId: next.applicationId,
        at: row.receivedAt,
      };
      await db.events.add(event);
    }
    // The reply date this email set stands only while the email still says to wait for it, on the
    // same application (ingest's rule); else the date before it (the user's own, if any) comes back.
    if (next.applicationId !== row.applicationId || !statesReplyDate(next.category)) {
      await forgetDatesOf(db, row.id, row.applicationId);
    }
    await db.emails.put(next);
    await setOverride(db, row.fromAddress, {
      ...(change.category ? { category: change.category } : {}),
      ...(change.applicationId !== undefined ? { applicationId: change.applicationId ?? undefined } : {}),
    });
    await settle(db, [row.applicationId, next.applicationId], env);
    return tagOf(db, next);
  });
}

/** Accept: the email's status change happens. Dismiss: it stays a reply that changes no status. */
export async function resolveProposal(
  db: DebriefDB,
  { emailId, accept }: { emailId: string; accept: boolean },
  env: CorrectionEnv,
): Promise<EmailTag> {
  return db.transaction("rw", emailTables(db), async () => {
    const row = (await db.emails.get(emailId)) as EmailRow | undefined;
    if (!row) throw new Error("That email is no longer stored.");
    if (!row.proposedStatus) return tagOf(db, row);
    if (accept) {
      for (const event of await eventsOfEmail(db, row)) {
        if (event.kind === "email" && event.statusPending) {
          const { statusPending: _accepted, ...confirmed } = event;
          await db.events.put(confirmed);
        }
      }
    }
    const next = withoutProposal(row);
    await db.emails.put(next);
    await settle(db, [row.applicationId], env);
    return tagOf(db, next);
  });
}

/**
 * Every stored email, its timeline events, the sender corrections, what the personal model learnt
 * from them and the reply dates they set (the user's own date comes back); statuses re-derived and
 * follow-ups re-planned. Nothing derived from an email stays.
 */
/** The interview as it was before an email set its reply date: the previous date, or none. */
const withoutEmailDate = ({ nextStepByEmail, nextStepBy: _fromEmail, ...rest }: Interview): Interview =>
  nextStepByEmail?.previous === undefined ? rest : { ...rest, nextStepBy: nextStepByEmail.previous };

/** Gives back the reply dates emails set; returns the applications whose interviews changed. */
async function forgetEmailDates(db: DebriefDB): Promise<string[]> {
  const changed = (await db.interviews.toArray()).filter((i) => i.nextStepByEmail);
  await db.interviews.bulkPut(changed.map(withoutEmailDate));
  return changed.map((i) => i.applicationId);
}

/** Gives back the reply date one email set on its application's interviews (settle re-plans). */
async function forgetDatesOf(db: DebriefDB, emailId: string, applicationId: string | null): Promise<void> {
  if (!applicationId) return;
  const interviews = await db.interviews.where("applicationId").equals(applicationId).toArray();
  const changed = interviews.filter((i) => i.nextStepByEmail?.emailId === emailId);
  if (changed.length) await db.interviews.bulkPut(changed.map(withoutEmailDate));
}

export async function deleteAllEmailData(
  db: DebriefDB,
  env: CorrectionEnv,
): Promise<{ emails: number; events: number }> {
  return db.transaction("rw", emailTables(db), async () => {
    const rows = (await db.emails.toArray()) as EmailRow[];
    const doomed = await db.events.where("kind").equals("email").toArray();
    await db.events.bulkDelete(doomed.map((e) => e.id));
    await db.emails.clear();
    await db.settings.delete(OVERRIDES_KEY);
    await db.settings.delete(PERSONAL_MODEL_KEY);
    const dated = await forgetEmailDates(db);
    await settle(db, [...doomed.map((e) => e.applicationId), ...dated], env);
    return { emails: rows.length, events: doomed.length };
  });
}
