// A database written by every earlier schema version opens with the current openDb() and keeps every
// row, and a backup written by every version restores the same way. Each version has a fixture,
// tests/fixtures/db/v<N>.json: the stores as that version declared them and the rows it wrote.
// Adding a schema version (src/db/versions.ts) means adding its fixture, nothing else here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Dexie } from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { BACKUP_FORMAT, parseBackup, restoreBackup } from "../../../src/db/backup";
import { openDb } from "../../../src/db/schema";
import { SCHEMA_VERSIONS, storesAt } from "../../../src/db/versions";

const DIR = join(import.meta.dirname, "../../fixtures/db");

interface Fixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Array<Record<string, unknown>>>;
}

const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Fixture)
  .sort((a, b) => a.version - b.version);

const primaryKey = (stores: Record<string, string>, table: string) =>
  (stores[table] ?? "")
    .split(",")[0]!
    .trim()
    .replace(/^[+&]+/, "");

/** Fields the upgrades after `version` may rewrite in `table`; every other field must survive as it was. */
const rewrittenAfter = (version: number, table: string) =>
  new Set(SCHEMA_VERSIONS.filter((v) => v.version > version).flatMap((v) => v.rewrites?.[table] ?? []));

const without = (row: Record<string, unknown>, fields: Set<string>) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !fields.has(k)));

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Every fixture row is in `db` (read raw: no reading hook), unchanged but for what upgrades rewrite. */
async function expectEveryRow(db: Dexie, fixture: Fixture) {
  for (const [table, rows] of Object.entries(fixture.tables)) {
    const key = primaryKey(fixture.stores, table);
    const now = await db.table(table).toCollection().raw().toArray();
    expect(now.length, `${table}: row count`).toBe(rows.length);
    const byKey = new Map(now.map((r) => [r[key], r]));
    const rewritten = rewrittenAfter(fixture.version, table);
    for (const row of rows) {
      const kept = byKey.get(row[key]);
      expect(kept, `${table} ${String(row[key])}`).toBeDefined();
      expect(without(kept, rewritten), `${table} ${String(row[key])}`).toEqual(without(row, rewritten));
    }
  }
}

describe("schema upgrades", () => {
  it("has a fixture for every schema version, each with the stores that version declares", () => {
    const current = openDb(`schema-versions-${n++}`);
    opened.push(current);
    expect(fixtures.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
    expect(fixtures.at(-1)?.version).toBe(current.verno);
    for (const fixture of fixtures)
      expect(fixture.stores, `v${fixture.version}`).toEqual(storesAt(fixture.version));
    for (const table of current.tables.map((t) => t.name))
      for (const fixture of fixtures)
        expect(fixture.tables[table]?.length, `v${fixture.version} rows for ${table}`).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database without losing a row`, async () => {
      const name = `schema-upgrade-v${fixture.version}-${n++}`;
      const old = new Dexie(name);
      old.version(fixture.version).stores(fixture.stores);
      await old.open();
      await old.transaction("rw", Object.keys(fixture.tables), async () => {
        for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const db = openDb(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
      await expectEveryRow(db, fixture);
    });

    it(`restores a backup written by version ${fixture.version} without losing a row`, async () => {
      // Backups before version 2 carry no schemaVersion: they are version 1's.
      const file = {
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: Date.UTC(2025, 1, 3),
        ...(fixture.version > 1 ? { schemaVersion: fixture.version } : {}),
        tables: fixture.tables,
      };
      const db = openDb(`schema-restore-v${fixture.version}-${n++}`);
      opened.push(db);
      await restoreBackup(db, parseBackup(JSON.stringify(file)));
      await expectEveryRow(db, fixture);
    });
  }

  it("every fixture row is still found through the indexes the views query", async () => {
    const latest = fixtures.at(-1)!;
    const name = `schema-index-${n++}`;
    const db = openDb(name);
    opened.push(db);
    await db.transaction("rw", db.tables, async () => {
      for (const [table, rows] of Object.entries(latest.tables)) await db.table(table).bulkAdd(rows);
    });
    const active = latest.tables.applications!.filter((a) => a.archived === 0).length;
    expect(
      await db.applications.where("[archived+lastActivityAt]").between([0, -Infinity], [0, Infinity]).count(),
    ).toBe(active);
    for (const app of latest.tables.applications!) {
      const own = latest.tables.events!.filter((e) => e.applicationId === app.id).length;
      const indexed = await db.events
        .where("[applicationId+at]")
        .between([app.id, -Infinity], [app.id, Infinity])
        .count();
      expect(indexed, `events of ${String(app.id)}`).toBe(own);
    }
  });
});
