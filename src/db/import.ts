// Writes what a tracker's export holds (core/import) in ONE transaction, with progress and a Cancel:
// a bad row, a failed write, Cancel, or the page closing half-way leaves the database as it was,
// because IndexedDB rolls back a transaction that is aborted or never committed. What changes is
// worked out by db/import-plan.ts, in slices inside the same transaction, so nothing written by
// anyone else in between can be overwritten; the writes then go in batches, each one a step of the bar.
import { ImportCancelled, runInSlices } from "../core/import/slices";
import type { Application } from "../core/types";
import { HISTORY_KINDS, type ImportedRow, type ImportOutcome, planningImport } from "./import-plan";
import type { DebriefDB } from "./schema";

export type { ImportedRow, ImportOutcome } from "./import-plan";

export interface ImportWriteOptions {
  /** Aborting it rolls the whole import back, at the next slice or batch. */
  signal?: AbortSignal;
  /** 0…1 of the whole write, after each slice and batch. */
  onProgress?: (fraction: number) => void;
  /** Records per bulk request: each is one step of the progress bar. */
  batch?: number;
  /** See core/import/slices. */
  sliceMs?: number;
}

/**
 * Where the bar stands once what Debrief holds is read, and once the changes are worked out; the
 * writes take the rest. From bench/import-write.mjs (60,000 rows: ~2.7 s of ~32 s before the first
 * write), so the bar moves at about one speed.
 */
const PLANNED_AT = 0.02;
const WRITING_AT = 0.1;

/** A key no application has: reading it is the cheapest request that keeps the transaction open. */
const NO_SUCH_ID = "\uffff";

/** What one import wrote: enough to take it back (db/import-undo.ts). */
export interface ImportUndo {
  /** The import's time: every application it wrote has it as updatedAt. */
  at: number;
  /** The applications it added. */
  added: string[];
  /** The timeline events it added, to those and to applications Debrief had. */
  events: string[];
  /** The applications Debrief had that it changed, as they were before. */
  before: Application[];
}

export async function applyImport(
  db: DebriefDB,
  rows: readonly ImportedRow[],
  now = Date.now(),
  options: ImportWriteOptions = {},
): Promise<ImportOutcome> {
  return (await writeImport(db, rows, now, options)).outcome;
}

/** applyImport, and what it wrote, so that it can be undone. */
export async function writeImport(
  db: DebriefDB,
  rows: readonly ImportedRow[],
  now = Date.now(),
  options: ImportWriteOptions = {},
): Promise<{ outcome: ImportOutcome; undo: ImportUndo }> {
  const { signal, onProgress, batch = 2000, sliceMs } = options;
  const checkCancel = () => {
    // Thrown inside the transaction's scope, it aborts the transaction: nothing is kept.
    if (signal?.aborted) throw new ImportCancelled();
  };
  checkCancel();
  return db.transaction("rw", db.applications, db.events, async () => {
    onProgress?.(0);
    const apps = await db.applications.toArray();
    const history = await db.events.where("kind").anyOf(HISTORY_KINDS).toArray();
    checkCancel();
    onProgress?.(PLANNED_AT);
    const plan = await runInSlices(planningImport(apps, history, rows, now), rows.length, {
      signal,
      sliceMs,
      // Not a timer: the transaction would commit while it waits. A request keeps it open, and the
      // page still paints and takes the Cancel click between its callbacks.
      pause: () => db.applications.get(NO_SUCH_ID),
      onProgress: (f) => onProgress?.(PLANNED_AT + (WRITING_AT - PLANNED_AT) * f),
    });
    const total = plan.put.length + plan.add.length;
    let done = 0;
    const write = async <T>(records: T[], bulk: (part: T[]) => Promise<unknown>) => {
      for (let i = 0; i < records.length; i += batch) {
        checkCancel();
        const part = records.slice(i, i + batch);
        await bulk(part);
        done += part.length;
        onProgress?.(WRITING_AT + (1 - WRITING_AT) * (done / total));
      }
    };
    await write(plan.put, (part) => db.applications.bulkPut(part));
    await write(plan.add, (part) => db.events.bulkAdd(part));
    checkCancel();
    onProgress?.(1);
    const undo: ImportUndo = {
      at: now,
      added: plan.created,
      events: plan.add.map((e) => e.id),
      before: plan.before,
    };
    return { outcome: plan.outcome, undo };
  });
}
