// Importing a newer export of the same tracker (issue #16, point 4): the applications Debrief already
// has move on (status, dates, archived), nothing is duplicated. The first file is a real export
// (tests/fixtures/imports/real); the "newer" one is that file with a few cells changed HERE, by this
// test, as the tracker would write them after the user moved those jobs on: it is written, not recorded.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readImport } from "../../../src/core/import";
import { deriveStatus } from "../../../src/core/timeline";
import { applyImport } from "../../../src/db/import";
import { type DebriefDB, openDb } from "../../../src/db/schema";

const real = (name: string) => readFileSync(`tests/fixtures/imports/real/${name}`, "utf8");
const rows = (text: string) => readImport(new TextEncoder().encode(text), "UTC").applications;

/** A CSV line's cells (quoted cells kept quoted), and back. */
const split = (line: string) => {
  const out: string[] = [];
  let rest = line;
  while (true) {
    const m = /^("(?:[^"]|"")*"|[^,]*)(,|$)/.exec(rest)!;
    out.push(m[1]!);
    if (!m[2]) return out;
    rest = rest.slice(m[0].length);
  }
};

/** `text` with the row whose first cells are `start` given new values by column name. */
function edit(text: string, start: string, changes: Record<string, string>): string {
  const lines = text.split(/\r?\n/);
  const header = split(lines[0]!);
  const i = lines.findIndex((l) => l.startsWith(start));
  expect(i).toBeGreaterThan(0);
  const row = split(lines[i]!);
  for (const [column, value] of Object.entries(changes)) row[header.indexOf(column)] = value;
  lines[i] = row.join(",");
  return lines.join("\n");
}

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`import-newer-${n++}`);
});
afterEach(() => db.close());

async function state(company: string) {
  const app = (await db.applications.where("company").equals(company).first())!;
  const own = await db.events.where("applicationId").equals(app.id).sortBy("at");
  expect(deriveStatus(own)).toBe(app.status);
  const steps = own.map(
    (e) => `${e.kind === "status" ? e.to : e.kind} ${new Date(e.at).toISOString().slice(0, 10)}`,
  );
  return { status: app.status, archived: app.archived, steps };
}

describe("a newer export of the same tracker", () => {
  it("Teal roles: the jobs moved on in Teal move on here, by Teal's id; the rest are up to date", async () => {
    const first = real("teal-roles-sherrialexander-2026.csv");
    expect(await applyImport(db, rows(first), 1)).toMatchObject({ added: 10 });
    const apps = await db.applications.count();
    const newer = edit(
      edit(first, "Aperture Labs,", {
        applied_at: "2026-09-20T15:00:00Z",
        updated_at: "2026-09-20T15:00:04Z",
        status:
          '"{""name"":""applied"",""archived_at"":"""",""id"":""aaaaaaaa-0000-4000-8000-00000000000a""}"',
        statusName: "applied",
      }),
      "Globex,",
      {
        updated_at: "2026-09-28T09:30:00Z",
        archived_at: "2026-09-28T09:30:00Z",
        status:
          '"{""name"":""not selected"",""archived_at"":"""",""id"":""aaaaaaaa-0000-4000-8000-00000000000n""}"',
        statusName: "not selected",
      },
    );
    expect(await applyImport(db, rows(newer), 2)).toEqual({
      added: 0,
      updated: 2,
      unchanged: 8,
      repeated: 0,
    });
    expect(await db.applications.count()).toBe(apps);
    expect(await state("Aperture Labs")).toEqual({
      status: "applied",
      archived: 0,
      steps: ["saved 2026-09-10", "applied 2026-09-20"],
    });
    expect(await state("Globex")).toMatchObject({ status: "rejected", archived: 1 });
    expect((await state("Globex")).steps.at(-1)).toBe("rejected 2026-09-28");
  });

  it("Simplify: status, its date and Archived follow the newer file, found by each job's link", async () => {
    const first = real("simplify-aryastark13-2025.csv");
    await applyImport(db, rows(first), 1);
    const newer = edit(
      edit(
        edit(first, "Machine Learning Engineer II,Honeywell", {
          Status: "INTERVIEWING",
          "Status Date": "2025-09-25",
        }),
        "Machine Learning Engineer II,Uber",
        {
          "Applied Date": "2025-09-20",
          Status: "APPLIED",
          "Status Date": "2025-09-20",
        },
      ),
      "ML Infrastructure Engineer,AppLovin",
      { Status: "REJECTED", "Status Date": "2025-10-01", Archived: "Yes", "Date Archived": "2025-10-01" },
    );
    expect(await applyImport(db, rows(newer), 2)).toEqual({
      added: 0,
      updated: 3,
      unchanged: 6,
      repeated: 1,
    });
    expect(await db.applications.count()).toBe(9);
    expect(await state("Honeywell")).toEqual({
      status: "interviewing",
      archived: 0,
      steps: ["saved 2025-09-13", "applied 2025-09-13", "interviewing 2025-09-25"],
    });
    expect(await state("Uber")).toEqual({
      status: "applied",
      archived: 0,
      steps: ["saved 2025-09-12", "applied 2025-09-20"],
    });
    expect(await state("AppLovin")).toEqual({
      status: "rejected",
      archived: 1,
      steps: ["saved 2025-09-10", "applied 2025-09-10", "rejected 2025-10-01"],
    });
  });
});
