// A database written by every earlier schema version opens with the current openDb() and keeps every
// row. Each version has a fixture, tests/fixtures/db/v<N>.json: the stores as that version declared
// them and the rows it wrote. Adding a schema version means adding its fixture, nothing else here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Dexie } from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { openDb, SCHEMA_V1 } from "../../../src/db/schema";

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

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe("schema upgrades", () => {
  it("has a fixture for every schema version up to the current one", () => {
    const current = openDb(`schema-versions-${n++}`);
    opened.push(current);
    const versions = fixtures.map((f) => f.version);
    expect(versions).toEqual(Array.from({ length: current.verno }, (_, i) => i + 1));
    // The newest fixture was written with today's stores: a schema change needs a new fixture.
    const latest = fixtures.at(-1)!;
    expect(latest.version).toBe(current.verno);
    if (latest.version === 1) expect(latest.stores).toEqual(SCHEMA_V1);
    const declared = Object.fromEntries(current.tables.map((t) => [t.name, t.schema.primKey.src]));
    for (const table of Object.keys(declared))
      expect(latest.tables, `fixture rows for ${table}`).toHaveProperty(table);
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
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const key = primaryKey(fixture.stores, table);
        const now = await db.table(table).toArray();
        expect(now.length, `${table}: row count`).toBe(rows.length);
        for (const row of rows) {
          const kept = await db.table(table).get(row[key] as string);
          expect(kept, `${table} ${String(row[key])}`).toBeDefined();
          // A row written by the current version comes back exactly; older rows may gain fields.
          if (fixture.version === db.verno) expect(kept).toEqual(row);
          else expect(kept).toMatchObject({ [key]: row[key] });
        }
      }
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
