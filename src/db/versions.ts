// Every schema version ever shipped, oldest first. openDb() declares them all; a version's upgrade
// brings rows written by the one before up to it, both in Dexie's upgrade (an existing database) and
// when a backup written by an older version is restored (db/backup.ts). Adding a version: append it
// here and add tests/fixtures/db/v<N>.json with rows as it writes them; the schema-upgrade test does
// the rest.
import type { Transaction } from "dexie";
import { cachedStatus } from "./status";

export interface SchemaVersion {
  version: number;
  /** The tables this version declares or changes (Dexie keeps the others as they were). */
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** Fields the upgrade may rewrite, by table; every other field of every row is kept as it was. */
  rewrites?: Record<string, readonly string[]>;
}

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

/**
 * Version 2: the cached status carries what time alone turns it into (`statusNext`, "gone quiet"),
 * indexed so the background finds the statuses due without reading every timeline. Rows of version 1
 * get it, and a status time had already changed, from their events.
 */
async function deriveStatusesV2(tx: Transaction): Promise<void> {
  const now = Date.now();
  const byApp = new Map<string, Parameters<typeof cachedStatus>[0][number][]>();
  for (const e of await tx.table("events").toArray())
    byApp.set(e.applicationId, [...(byApp.get(e.applicationId) ?? []), e]);
  await tx
    .table("applications")
    .toCollection()
    .modify((app) => {
      const events = byApp.get(app.id);
      // A row imported without events has only its cached status to go on: it stays.
      if (!events?.length) return;
      const { status, statusNext } = cachedStatus(events, now);
      if (app.status !== status) {
        app.status = status;
        app.updatedAt = now;
      }
      if (statusNext) app.statusNext = statusNext;
      else delete app.statusNext;
    });
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  {
    version: 2,
    stores: { applications: `${SCHEMA_V1.applications}, statusNext.at` },
    upgrade: deriveStatusesV2,
    rewrites: { applications: ["status", "statusNext", "updatedAt"] },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS.at(-1)!.version;

/** The stores as `version` declares them, every table included. */
export function storesAt(version: number): Record<string, string> {
  return Object.assign({}, ...SCHEMA_VERSIONS.filter((v) => v.version <= version).map((v) => v.stores));
}

/** Runs, inside the caller's transaction, the upgrades of every version after `from`. */
export async function upgradeRows(tx: Transaction, from: number): Promise<void> {
  for (const v of SCHEMA_VERSIONS) if (v.version > from && v.upgrade) await v.upgrade(tx);
}
