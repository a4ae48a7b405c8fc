// Undoing an import (db/import-undo.ts): what it added goes, what it changed is put back, and the
// database reads as it did before it, byte for byte; refused, changing nothing, once anything it
// wrote has changed since. Rows are the real JPHebert32 sheets (tests/fixtures/imports/real), the
// newer one imported over the older.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readImport } from "../../../src/core/import";
import { updateApplication } from "../../../src/db/applications";
import { addEvent } from "../../../src/db/events";
import { applyImport, writeImport } from "../../../src/db/import";
import { ImportUndoRefused, undoImport } from "../../../src/db/import-undo";
import { type DebriefDB, openDb } from "../../../src/db/schema";

const rows = (name: string) =>
  readImport(new Uint8Array(readFileSync(`tests/fixtures/imports/real/${name}`)), "America/Denver")
    .applications;
const OLDER = "sheet-jphebert32-2026-05-09.csv";
const NEWER = "sheet-jphebert32-2026-06-15.csv";
const MAY = Date.UTC(2026, 4, 9, 20);
const JUNE = Date.UTC(2026, 5, 15, 20);

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`import-undo-${n++}`);
});
afterEach(() => db.close());

const snapshot = async () => ({
  applications: await db.applications.orderBy("id").toArray(),
  events: await db.events.orderBy("id").toArray(),
});

describe("undoing an import", () => {
  it("removes what it added and puts back what it changed: the data reads as before it", async () => {
    await applyImport(db, rows(OLDER), MAY);
    const before = await snapshot();
    const { outcome, undo } = await writeImport(db, rows(NEWER), JUNE);
    expect(outcome).toMatchObject({ added: 9, updated: 4 });
    expect(undo.added).toHaveLength(9);
    expect(undo.before.map((a) => a.company).sort()).toEqual(["Crocs", "Gusto", "Hone Health", "Trace3"]);
    expect(await undoImport(db, undo)).toEqual({ removed: 9, restored: 4 });
    expect(await snapshot()).toEqual(before);
  });

  it("the first import into an empty Debrief, undone, leaves it empty", async () => {
    const { undo } = await writeImport(db, rows(OLDER), MAY);
    expect(await undoImport(db, undo)).toEqual({ removed: 31, restored: 0 });
    expect(await snapshot()).toEqual({ applications: [], events: [] });
  });

  it("is refused, changing nothing, when an application it wrote was edited or given a note since", async () => {
    await applyImport(db, rows(OLDER), MAY);
    const { undo } = await writeImport(db, rows(NEWER), JUNE);
    // A note on a job the import added, and an edit of one it moved on.
    await addEvent(db, undo.added[0]!, { kind: "note", text: "Called the recruiter" }, JUNE + 1000);
    await updateApplication(db, undo.before[0]!.id, { notes: "Mine" });
    const now = await snapshot();
    const refused = await undoImport(db, undo).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportUndoRefused);
    expect((refused as Error).message).toBe(
      "Not undone: 2 applications this import wrote have changed since (edited, moved on, or given notes, emails or interviews), and undoing it would lose that. Nothing was changed.",
    );
    expect(await snapshot()).toEqual(now);
  });
});
