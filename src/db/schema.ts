// The Dexie database `debrief`. Every version ever shipped stays listed here, each later one with an
// upgrade function, so a database written by any earlier version opens without losing a row.
import { Dexie, type EntityTable } from "dexie";
import type { Application, Interview, Reminder, StoredEmail, TimelineEvent } from "../core/types";

export interface Setting {
  key: string;
  value: unknown;
}

export type DebriefDB = Dexie & {
  applications: EntityTable<Application, "id">;
  events: EntityTable<TimelineEvent, "id">;
  interviews: EntityTable<Interview, "id">;
  emails: EntityTable<StoredEmail, "id">;
  reminders: EntityTable<Reminder, "id">;
  settings: EntityTable<Setting, "key">;
};

export const DB_NAME = "debrief";

/** Version 1. Indexes are the queries the views make: recent lists, dedup by posting, email matching. */
export const SCHEMA_V1 = {
  applications:
    "id, lastActivityAt, [archived+lastActivityAt], status, company, [board+postingId], url, *companyDomains",
  events: "id, [applicationId+at], at, kind",
  interviews: "id, applicationId, at",
  emails: "id, applicationId, receivedAt, category, threadId",
  reminders: "id, applicationId, interviewId, dueAt, [done+dueAt]",
  settings: "key",
} as const;

export function openDb(name: string = DB_NAME): DebriefDB {
  const db = new Dexie(name) as DebriefDB;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
