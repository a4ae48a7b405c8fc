// Takes back one import (db/import.ts writeImport's record of it), in one transaction: the
// applications it added go, with their timelines; the events it added to applications Debrief had
// go; those applications are put back as they were. Only while nothing it wrote has changed since:
// an application edited, moved on, given an email, an interview or a note of the user's after the
// import would lose that, so then nothing is undone and the error says why.
import type { ImportUndo } from "./import";
import type { DebriefDB } from "./schema";

/** The undo was refused: nothing was changed. The message says why, for the user. */
export class ImportUndoRefused extends Error {
  override name = "ImportUndoRefused";
}

export interface ImportUndone {
  /** Applications the import had added, now gone. */
  removed: number;
  /** Applications it had changed, now as they were before it. */
  restored: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function undoImport(db: DebriefDB, undo: ImportUndo): Promise<ImportUndone> {
  return db.transaction("rw", [db.applications, db.events, db.interviews, db.emails], async () => {
    const added = new Set(undo.added);
    const ids = [...undo.added, ...undo.before.map((a) => a.id)];
    const changed = new Set<string>();
    const addedNow: string[] = [];
    for (const [i, app] of (await db.applications.bulkGet(ids)).entries()) {
      const id = ids[i]!;
      if (!app) {
        // An application it changed is gone (a backup restored since replaces everything).
        if (!added.has(id)) changed.add(id);
        continue;
      }
      // Every write to an application (an edit, a status, archiving) gives it a new updatedAt.
      if (app.updatedAt !== undo.at) changed.add(id);
      if (added.has(id)) addedNow.push(id);
    }
    // What was added to an application the import added, by anything else: a note, an email, an interview.
    const ours = new Set(undo.events);
    await db.events
      .filter((e) => added.has(e.applicationId) && !ours.has(e.id))
      .each((e) => changed.add(e.applicationId));
    for (const table of [db.interviews, db.emails] as const) {
      for (const row of await table.where("applicationId").anyOf(addedNow).toArray()) {
        if (row.applicationId) changed.add(row.applicationId);
      }
    }
    if (changed.size > 0) {
      throw new ImportUndoRefused(
        `Not undone: ${plural(changed.size, "application", "applications")} this import wrote ${changed.size === 1 ? "has" : "have"} changed since (edited, moved on, or given notes, emails or interviews), and undoing it would lose that. Nothing was changed.`,
      );
    }
    await db.events.bulkDelete(undo.events);
    await db.applications.bulkDelete(addedNow);
    await db.applications.bulkPut(undo.before);
    return { removed: addedNow.length, restored: undo.before.length };
  });
}
