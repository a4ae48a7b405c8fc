// The Dexie database `debrief`. Every version ever shipped is declared (db/versions.ts), each later
// one with an upgrade function, so a database written by any earlier version opens without losing a row.
import { Dexie, type EntityTable } from "dexie";
import { statusAsOf } from "../core/timeline";
import type { Application, Interview, Reminder, StoredEmail, TimelineEvent } from "../core/types";
import { SCHEMA_VERSIONS } from "./versions";

export { SCHEMA_V1 } from "./versions";

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

/**
 * The cached status as of the moment it is read: a status that time changed since the last write
 * ("gone quiet") reads right in every list, filter, board, popup and export without a write.
 */
function asOfNow(app: Application | undefined): Application | undefined {
  if (!app) return app; // get() of a missing key
  const status = statusAsOf(app, Date.now());
  if (status === app.status) return app;
  const { statusNext: _reached, ...rest } = app;
  return { ...rest, status };
}

export function openDb(name: string = DB_NAME): DebriefDB {
  const db = new Dexie(name) as DebriefDB;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  db.applications.hook("reading", asOfNow);
  return db;
}
