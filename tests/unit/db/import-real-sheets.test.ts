// A job seeker's own sheet imported twice, five weeks apart (tests/fixtures/imports/real, JPHebert32,
// 2026): the newer one adds the jobs it has more, moves on the ones whose status changed, and finds
// again the ones whose place note or punctuation changed; the same sheet a third time adds nothing.
// Its status column has no date: a status that moved on is dated on the day of the import that
// brought it, after the steps Debrief already has.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readImport } from "../../../src/core/import";
import { deriveStatus } from "../../../src/core/timeline";
import { applyImport } from "../../../src/db/import";
import { type DebriefDB, openDb } from "../../../src/db/schema";

const rows = (name: string) =>
  readImport(new Uint8Array(readFileSync(`tests/fixtures/imports/real/${name}`)), "America/Denver")
    .applications;
const MAY = Date.UTC(2026, 4, 9, 20);
const JUNE = Date.UTC(2026, 5, 15, 20);
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`import-real-sheets-${n++}`);
});
afterEach(() => db.close());

/** "company: status, kind day, …" for the applications of `company`, oldest first. */
async function story(company: string) {
  const out: string[] = [];
  for (const a of await db.applications.where("company").equals(company).sortBy("createdAt")) {
    const own = await db.events.where("applicationId").equals(a.id).sortBy("at");
    expect(deriveStatus(own)).toBe(a.status);
    out.push(
      `${a.status}: ${own.map((e) => `${e.kind === "status" ? e.to : e.kind} ${day(e.at)}`).join(", ")}`,
    );
  }
  return out;
}

describe("a newer version of a job seeker's own sheet", () => {
  it("adds its new jobs, moves the others on, and the same sheet again adds nothing", async () => {
    expect(await applyImport(db, rows("sheet-jphebert32-2026-05-09.csv"), MAY)).toEqual({
      added: 31,
      updated: 0,
      unchanged: 0,
      repeated: 0,
    });
    // 8 jobs new in June (Guild, Trimble, Tebra, Tilt Finance, Boulevard, Fanatics, NMI, Advanced
    // Energy) and one renamed (Engine → Engine (Hotel Engine)); Gusto, Crocs, Trace3 and Hone Health
    // moved on; the rest as they were.
    expect(await applyImport(db, rows("sheet-jphebert32-2026-06-15.csv"), JUNE)).toEqual({
      added: 9,
      updated: 4,
      unchanged: 26,
      repeated: 0,
    });
    expect(await db.applications.count()).toBe(40);
    const events = await db.events.count();
    expect(await applyImport(db, rows("sheet-jphebert32-2026-06-15.csv"), JUNE + 86_400_000)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 39,
      repeated: 0,
    });
    expect(await db.events.count()).toBe(events);

    // Applied in May, Rejected by June: the rejection comes after the application, on the day learnt.
    expect(await story("Gusto")).toEqual([
      "rejected: saved 2026-04-23, applied 2026-04-23, rejected 2026-06-15",
    ]);
    expect(await story("Crocs")).toEqual([
      "offer: saved 2026-04-23, interviewing 2026-04-23, offer 2026-06-15",
    ]);
    // "Research — Ready to Apply" then "CLOSED".
    expect(await story("Trace3")).toEqual(["rejected: saved 2026-05-07, rejected 2026-06-15"]);
    // "Senior Business Intelligence Analyst — Product" in May, "… (Product)" and Applied in June.
    expect(await story("Hone Health")).toEqual(["applied: saved 2026-05-09, applied 2026-05-12"]);
    // "Denver CO (verify hybrid)" in May, "Denver CO (Hybrid 3 days)" in June: one place, one job.
    expect(await story("Litera")).toEqual(["saved: saved 2026-05-09"]);
  });

  it("a status with no date of its own is never lost behind a step Debrief has, nor put before it (written rows)", async () => {
    const sheet = (...lines: string[]) =>
      readImport(
        new TextEncoder().encode(["Company,Role,Date Added,Date Applied,Status", ...lines].join("\n")),
        "UTC",
      ).applications;
    await applyImport(db, sheet("Initech,Analyst,2026-04-20,2026-05-01,Applied"), MAY);
    // The newer sheet says Rejected, with no date for it: it was learnt on the day of this import.
    expect(
      await applyImport(db, sheet("Initech,Analyst,2026-04-20,2026-05-01,Rejected"), JUNE),
    ).toMatchObject({
      updated: 1,
    });
    expect(await story("Initech")).toEqual([
      "rejected: saved 2026-04-20, applied 2026-05-01, rejected 2026-06-15",
    ]);
    // Again, a day later: nothing new.
    expect(
      await applyImport(db, sheet("Initech,Analyst,2026-04-20,2026-05-01,Rejected"), JUNE + 86_400_000),
    ).toMatchObject({
      unchanged: 1,
    });
    expect(await story("Initech")).toEqual([
      "rejected: saved 2026-04-20, applied 2026-05-01, rejected 2026-06-15",
    ]);
  });
});
