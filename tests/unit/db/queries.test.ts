import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Application } from "../../../src/core/types";
import {
  type ApplicationRow,
  boardsOf,
  DEFAULT_QUERY,
  filterRows,
  loadApplicationRows,
  loadFirstRows,
  setArchived,
  sortRows,
  type TableQuery,
  toRow,
} from "../../../src/db/queries";
import { type DebriefDB, openDb } from "../../../src/db/schema";

const app = (id: string, over: Partial<Application> = {}): Application => ({
  id,
  company: "Contoso",
  title: "Baker",
  companyDomains: [],
  status: "applied",
  source: "manual",
  createdAt: 1000,
  updatedAt: 1000,
  lastActivityAt: 1000,
  archived: 0,
  ...over,
});

const rows: ApplicationRow[] = [
  app("a", { company: "acme", title: "Chef", board: "linkedin", lastActivityAt: 3, createdAt: 30 }),
  app("b", {
    company: "Birch",
    title: "Nurse",
    notes: "Met Dana at the FAIR",
    lastActivityAt: 2,
    createdAt: 20,
  }),
  app("c", {
    company: "Cobalt",
    title: "Analyst 10",
    status: "offer",
    tags: ["Remote"],
    lastActivityAt: 1,
    createdAt: 10,
  }),
  app("d", {
    company: "Delta",
    title: "Analyst 9",
    archived: 1,
    board: "indeed",
    lastActivityAt: 4,
    createdAt: 40,
  }),
].map(toRow);

const q = (over: Partial<TableQuery>): TableQuery => ({ ...DEFAULT_QUERY, ...over });
const ids = (list: ApplicationRow[]) => list.map((r) => r.id);

describe("table queries (pure)", () => {
  it("hides archived rows unless asked", () => {
    expect(ids(filterRows(rows, q({})))).toEqual(["a", "b", "c"]);
    expect(ids(filterRows(rows, q({ archived: "archived" })))).toEqual(["d"]);
    expect(ids(filterRows(rows, q({ archived: "all" })))).toHaveLength(4);
  });

  it("searches company, role, notes and tags, case-insensitively, every word", () => {
    expect(ids(filterRows(rows, q({ text: "dana fair" })))).toEqual(["b"]);
    expect(ids(filterRows(rows, q({ text: "REMOTE analyst" })))).toEqual(["c"]);
    expect(ids(filterRows(rows, q({ text: "ACME" })))).toEqual(["a"]);
    expect(filterRows(rows, q({ text: "dana nurse chef" }))).toEqual([]);
  });

  it("filters by status, board (or none) and a date range on either date", () => {
    expect(ids(filterRows(rows, q({ statuses: ["offer"] })))).toEqual(["c"]);
    expect(ids(filterRows(rows, q({ board: "linkedin" })))).toEqual(["a"]);
    expect(ids(filterRows(rows, q({ board: "none" })))).toEqual(["b", "c"]);
    expect(ids(filterRows(rows, q({ from: 15, to: 30 })))).toEqual(["a", "b"]);
    expect(ids(filterRows(rows, q({ dateField: "lastActivityAt", from: 2 })))).toEqual(["a", "b"]);
  });

  it("sorts text naturally and dates either way, with a stable tie-break", () => {
    expect(ids(sortRows(rows, { key: "company", dir: "asc" }))).toEqual(["a", "b", "c", "d"]);
    expect(ids(sortRows(rows, { key: "title", dir: "asc" }))).toEqual(["d", "c", "a", "b"]); // 9 before 10
    expect(ids(sortRows(rows, { key: "createdAt", dir: "desc" }))).toEqual(["d", "a", "b", "c"]);
    expect(ids(sortRows(rows, { key: "status", dir: "desc" }))[0]).toBe("c"); // offer comes late in the pipeline
    expect(ids(rows)).toEqual(["a", "b", "c", "d"]); // the input is left alone
  });

  it("lists the boards in the data", () => {
    expect(boardsOf(rows)).toEqual(["indeed", "linkedin"]);
  });
});

describe("table queries (database)", () => {
  let db: DebriefDB;
  let n = 0;
  beforeEach(async () => {
    db = openDb(`queries-${n++}`);
    await db.applications.bulkAdd([
      app("a", { lastActivityAt: 1 }),
      app("b", { lastActivityAt: 3 }),
      app("c", { lastActivityAt: 2, archived: 1 }),
    ]);
  });
  afterEach(() => db.delete());

  it("loads every row, most recent first; the first page skips archived ones", async () => {
    expect(ids(await loadApplicationRows(db))).toEqual(["b", "c", "a"]);
    expect(ids(await loadFirstRows(db, 10))).toEqual(["b", "a"]);
    expect(ids(await loadFirstRows(db, 1))).toEqual(["b"]);
  });

  it("archives many at once and returns only those that changed, for the undo", async () => {
    expect(await setArchived(db, ["a", "c", "missing"], true)).toEqual(["a"]);
    expect((await db.applications.get("a"))?.archived).toBe(1);
    expect(await setArchived(db, ["a"], false)).toEqual(["a"]);
    expect((await db.applications.get("a"))?.archived).toBe(0);
  });
});
