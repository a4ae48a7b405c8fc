// Backup: every table as one versioned JSON document, and back. Import validates the whole file
// (valibot) before touching the database, then replaces every table in ONE transaction: a bad file
// or a failed write leaves the database exactly as it was. Rows are loose objects, so fields a later
// version adds survive a round trip through this one.
import { Dexie } from "dexie";
import * as v from "valibot";
import { APPLICATION_STATUSES, INTERVIEW_STAGES } from "../core/types";
import type { DebriefDB } from "./schema";
import { CURRENT_VERSION, upgradeRows } from "./versions";

export const BACKUP_FORMAT = "debrief-backup";
export const BACKUP_VERSION = 1;
export const TABLES = ["applications", "events", "interviews", "emails", "reminders", "settings"] as const;
export type TableName = (typeof TABLES)[number];

const id = v.pipe(v.string(), v.minLength(1, "expected a non-empty id"));
const time = v.pipe(v.number(), v.finite());
const strings = v.array(v.string());
const flag = v.picklist([0, 1]);

const application = v.looseObject({
  id,
  company: v.string(),
  title: v.string(),
  companyDomains: strings,
  status: v.picklist(APPLICATION_STATUSES),
  source: v.picklist(["manual", "jobboard", "email", "import"]),
  createdAt: time,
  updatedAt: time,
  lastActivityAt: time,
  archived: flag,
  location: v.optional(v.string()),
  url: v.optional(v.string()),
  board: v.optional(v.string()),
  tags: v.optional(strings),
});

const EVENT_KINDS = [
  "saved",
  "applied",
  "interview",
  "signals",
  "email",
  "followup-due",
  "followup-done",
  "status",
  "note",
  "contact",
  "offer",
  "rejection",
  "withdrawn",
] as const;
const event = v.looseObject({ id, applicationId: id, at: time, kind: v.picklist(EVENT_KINDS) });

const interview = v.looseObject({
  id,
  applicationId: id,
  at: time,
  kind: v.picklist(["phone", "video", "onsite", "other"]),
  // Added after version 1 files were first written; optional, so those keep importing.
  stage: v.optional(v.picklist(INTERVIEW_STAGES)),
  interviewers: strings,
  signals: v.record(v.string(), v.boolean()),
  createdAt: time,
  updatedAt: time,
});

const email = v.looseObject({
  id,
  provider: v.picklist(["gmail", "outlook"]),
  messageId: v.string(),
  subject: v.string(),
  receivedAt: time,
  category: v.string(),
  confidence: v.number(),
  applicationId: v.nullable(v.string()),
  userCorrected: v.boolean(),
});

const reminder = v.looseObject({
  id,
  applicationId: id,
  kind: v.string(),
  title: v.string(),
  dueAt: time,
  done: flag,
});
const setting = v.looseObject({ key: id, value: v.unknown() });

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  /** The schema version that wrote the rows; absent in backups of version 1. */
  schemaVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  exportedAt: time,
  tables: v.object({
    applications: v.array(application),
    events: v.array(event),
    interviews: v.array(interview),
    emails: v.array(email),
    reminders: v.array(reminder),
    settings: v.array(setting),
  }),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion?: number;
  exportedAt: number;
  tables: Record<TableName, Record<string, unknown>[]>;
}

export type BackupCounts = Record<TableName, number>;

/** A file that cannot be imported. `problems` are "path: what is wrong", the first few only. */
export class BackupError extends Error {
  constructor(readonly problems: string[]) {
    super(`This file cannot be imported. ${problems.join("; ")}`);
    this.name = "BackupError";
  }
}

const MAX_PROBLEMS = 5;

export async function exportBackup(db: DebriefDB, now = Date.now()): Promise<Backup> {
  return db.transaction("r", db.tables, async () => {
    const tables = {} as Backup["tables"];
    for (const name of TABLES) tables[name] = (await db.table(name).toArray()) as Record<string, unknown>[];
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: db.verno,
      exportedAt: now,
      tables,
    };
  });
}

export function backupJson(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

export function countRows(backup: Backup): BackupCounts {
  return Object.fromEntries(TABLES.map((t) => [t, backup.tables[t].length])) as BackupCounts;
}

/** Parses and validates a backup file's text; throws BackupError saying what is wrong and where. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new BackupError([`not valid JSON (${(error as Error).message})`]);
  }
  const head = data as { format?: unknown; version?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== "object" || head === null || head.format !== BACKUP_FORMAT) {
    throw new BackupError(['format: not a Debrief backup (expected "format": "debrief-backup")']);
  }
  const newer = (n: unknown, than: number) => typeof n === "number" && n > than;
  if (newer(head.version, BACKUP_VERSION) || newer(head.schemaVersion, CURRENT_VERSION)) {
    throw new BackupError([
      `version: made by a newer Debrief (format ${head.version}, schema ${String(head.schemaVersion ?? 1)}); update Debrief first`,
    ]);
  }
  const result = v.safeParse(backupSchema, data);
  if (!result.success) throw new BackupError(result.issues.slice(0, MAX_PROBLEMS).map(describeIssue));
  // The input, not valibot's output: same values, but the key order is kept, so a round trip is byte-identical.
  const backup = data as Backup;
  const duplicates = findDuplicates(backup);
  if (duplicates.length) throw new BackupError(duplicates.slice(0, MAX_PROBLEMS));
  return backup;
}

/** "applications[3].createdAt: expected a number, got "yesterday"" */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  let path = "";
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    path += typeof key === "number" ? `[${key}]` : path ? `.${key}` : key;
  }
  path = path.replace(/^tables\./, "") || "(file)";
  if (issue.kind !== "schema" || issue.expected === null) return `${path}: ${issue.message}`;
  const expected = describeExpected(issue.expected);
  return issue.received === "undefined"
    ? `${path}: missing`
    : `${path}: expected ${expected}, got ${issue.received}`;
}

function describeExpected(expected: string): string {
  const words: Record<string, string> = {
    number: "a number",
    string: "a string",
    boolean: "true or false",
    Object: "an object",
    Array: "a list",
  };
  if (words[expected]) return words[expected];
  const options = expected.replace(/^\((.*)\)$/, "$1");
  return options.includes(" | ") ? `one of ${options.split(" | ").join(", ")}` : expected;
}

function findDuplicates(backup: Backup): string[] {
  const problems: string[] = [];
  for (const name of TABLES) {
    const key = name === "settings" ? "key" : "id";
    const seen = new Set<unknown>();
    backup.tables[name].forEach((row, i) => {
      if (seen.has(row[key]))
        problems.push(`${name}[${i}].${key}: duplicate ${key} ${JSON.stringify(row[key])}`);
      seen.add(row[key]);
    });
  }
  return problems;
}

/**
 * Replaces everything with the backup's rows, all tables in one transaction; rows an older schema
 * version wrote are brought up to this one by the same upgrades an older database gets.
 */
export async function restoreBackup(
  db: DebriefDB,
  backup: Backup,
  onProgress?: (message: string) => void,
): Promise<BackupCounts> {
  await db.transaction("rw", db.tables, async () => {
    for (const name of TABLES) await db.table(name).clear();
    for (const name of TABLES) {
      onProgress?.(`Writing ${backup.tables[name].length} ${name}…`);
      await db.table(name).bulkAdd(backup.tables[name]);
    }
    // Dexie.currentTransaction is this transaction: the upgrades read and write through it.
    await upgradeRows(Dexie.currentTransaction, backup.schemaVersion ?? 1);
  });
  return countRows(backup);
}
