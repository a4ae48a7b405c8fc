// What the data view can do, as an interface (tests pass a fake) and its real implementation.
import { applicationsCsv, calendarEvents, writeCalendar } from "../../../core/export";
import type { ImportedApplication } from "../../../core/import";
import { STATUS_LABEL } from "../../../core/labels";
import type { Interview, TimelineEvent } from "../../../core/types";
import { WEBMAIL_PROVIDERS } from "../../../core/webmail-providers";
import {
  type Backup,
  type BackupCounts,
  backupJson,
  exportBackup,
  parseBackup,
  restoreBackup,
} from "../../../db/backup";
import {
  type ImportOutcome,
  type ImportUndo,
  type ImportWriteOptions,
  writeImport,
} from "../../../db/import";
import { type ImportUndone, undoImport } from "../../../db/import-undo";
import type { DebriefDB } from "../../../db/schema";
import { wipeAll } from "../../../db/wipe";
import { userTimeZone } from "../../../shared/time-zone";
import type { WebmailAccess } from "../webmail-access";
import { downloadText, today } from "./files";

export interface DataActions {
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  /** Resolves with the number of calendar events written. */
  exportCalendar(): Promise<number>;
  /** Throws BackupError with the problems found. */
  parseBackup(text: string): Backup;
  restoreBackup(backup: Backup, onProgress: (message: string) => void): Promise<BackupCounts>;
  /** All or nothing, in one transaction; aborting `options.signal` rolls it back (ImportCancelled). */
  importApplications(
    rows: readonly ImportedApplication[],
    options?: Pick<ImportWriteOptions, "signal" | "onProgress">,
  ): Promise<ImportOutcome & { undo?: ImportUndo }>;
  /** Takes that import back; throws ImportUndoRefused (nothing changed) once anything it wrote has changed. */
  undoImport(undo: ImportUndo): Promise<ImportUndone>;
  deleteEverything(): Promise<void>;
}

function group<T extends { applicationId: string }>(rows: readonly T[]): (id: string) => T[] {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.applicationId, [...(map.get(r.applicationId) ?? []), r]);
  return (id) => map.get(id) ?? [];
}

export function createDataActions(db: DebriefDB, webmail: WebmailAccess): DataActions {
  return {
    async exportJson() {
      downloadText(`debrief-backup-${today()}.json`, backupJson(await exportBackup(db)), "application/json");
    },
    async exportCsv() {
      const { apps, events, interviews } = await db.transaction(
        "r",
        db.applications,
        db.events,
        db.interviews,
        async () => ({
          apps: await db.applications.orderBy("lastActivityAt").reverse().toArray(),
          events: (await db.events.orderBy("at").toArray()) as TimelineEvent[],
          interviews: (await db.interviews.toArray()) as Interview[],
        }),
      );
      const csv = applicationsCsv(apps, group(events), group(interviews), {
        timeZone: userTimeZone(),
        statusLabel: (s) => STATUS_LABEL[s],
      });
      downloadText(`debrief-applications-${today()}.csv`, csv, "text/csv;charset=utf-8");
    },
    async exportCalendar() {
      const now = Date.now();
      const data = await db.transaction("r", db.applications, db.interviews, db.reminders, async () => ({
        applications: await db.applications.toArray(),
        interviews: await db.interviews.where("at").aboveOrEqual(now).toArray(),
        reminders: await db.reminders.where("[done+dueAt]").between([0, now], [0, Infinity]).toArray(),
      }));
      const events = calendarEvents(data, now);
      downloadText(
        "debrief-upcoming.ics",
        writeCalendar(events, { now, name: "Debrief" }),
        "text/calendar;charset=utf-8",
      );
      return events.length;
    },
    parseBackup,
    restoreBackup: (backup, onProgress) => restoreBackup(db, backup, onProgress),
    async importApplications(rows, options) {
      const { outcome, undo } = await writeImport(db, rows, Date.now(), options);
      return { ...outcome, undo };
    },
    undoImport: (undo) => undoImport(db, undo),
    async deleteEverything() {
      await wipeAll(db);
      // The settings are gone, so give back the webmail permissions they stood for.
      await Promise.all(WEBMAIL_PROVIDERS.map((p) => webmail.disable(p).catch(() => undefined)));
    },
  };
}
