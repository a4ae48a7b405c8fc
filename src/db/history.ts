// The finished part of the user's history: applications that ended in an offer, a rejection or
// silence, with their events, interviews and linked emails. The personal outlook model is fitted on
// exactly this (core/stats calibrationCases); reading only finished applications keeps it cheap.
import type { Application, Interview, StoredEmail, TimelineEvent } from "../core/types";
import { listEvents } from "./events";
import type { DebriefDB } from "./schema";

export interface FinishedHistory {
  applications: Application[];
  events: TimelineEvent[];
  interviews: Interview[];
  emails: StoredEmail[];
}

const FINISHED = ["offer", "rejected", "ghosted"] as const;

export async function loadFinishedHistory(db: DebriefDB): Promise<FinishedHistory> {
  return db.transaction("r", [db.applications, db.events, db.interviews, db.emails], async () => {
    const applications = await db.applications.where("status").anyOf(FINISHED).toArray();
    const ids = applications.map((a) => a.id);
    if (ids.length === 0) return { applications, events: [], interviews: [], emails: [] };
    const [interviews, emails, events] = await Promise.all([
      db.interviews.where("applicationId").anyOf(ids).toArray(),
      db.emails.where("applicationId").anyOf(ids).toArray(),
      Promise.all(ids.map((id) => listEvents(db, id))),
    ]);
    return { applications, events: events.flat(), interviews, emails };
  });
}
