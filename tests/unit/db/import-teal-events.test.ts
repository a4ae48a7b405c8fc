// A Teal events export written into the database (db/import-plan.ts): every event on the timeline,
// an event name that is no status as a note, the same file again adds nothing, and a newer export
// adds only the events it has more. The tables are WRITTEN for the test (no real events export has
// been found: tests/fixtures/imports/MANIFEST.md).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readImport } from "../../../src/core/import";
import { deriveStatus } from "../../../src/core/timeline";
import { applyImport } from "../../../src/db/import";
import { type DebriefDB, openDb } from "../../../src/db/schema";

const HEADER = "date,company name,role,location,event";
const rows = (...lines: string[]) =>
  readImport(new TextEncoder().encode([HEADER, ...lines].join("\n")), "UTC").applications;

const FIRST = [
  "2025-01-02,Acme,Analyst,Remote,Bookmarked",
  "2025-01-03,Acme,Analyst,Remote,Applied",
  "2025-01-08,Acme,Analyst,Remote,Recruiter call",
  "2025-01-03,Globex,Nurse,Berlin,Applied",
  "2025-01-04,Globex,Nurse,Stockholm,Applied",
];

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`import-teal-events-${n++}`);
});
afterEach(() => db.close());

/** Each application as "company location status", and its timeline as "kind day [text]". */
async function timelines() {
  const apps = await db.applications.orderBy("company").toArray();
  const out: [string, string[]][] = [];
  for (const a of apps.sort((x, y) =>
    `${x.company}${x.location}`.localeCompare(`${y.company}${y.location}`),
  )) {
    const own = await db.events.where("applicationId").equals(a.id).sortBy("at");
    expect(deriveStatus(own)).toBe(a.status);
    out.push([
      `${a.company} ${a.location} ${a.status}`,
      own.map((e) => {
        const what = e.kind === "status" ? e.to : e.kind === "note" ? `note "${e.text}"` : e.kind;
        return `${what} ${new Date(e.at).toISOString().slice(0, 10)}`;
      }),
    ]);
  }
  return out;
}

describe("importing a Teal events export", () => {
  it("puts every event on the timeline, an unknown one as a note; the same file again adds nothing", async () => {
    expect(await applyImport(db, rows(...FIRST), 1)).toEqual({
      added: 3,
      updated: 0,
      unchanged: 0,
      repeated: 0,
    });
    const first = await timelines();
    expect(first).toEqual([
      [
        "Acme Remote applied",
        ["saved 2025-01-02", "applied 2025-01-03", 'note "Teal: Recruiter call" 2025-01-08'],
      ],
      ["Globex Berlin applied", ["saved 2025-01-03", "applied 2025-01-03"]],
      ["Globex Stockholm applied", ["saved 2025-01-04", "applied 2025-01-04"]],
    ]);
    const events = await db.events.count();
    expect(await applyImport(db, rows(...FIRST), 2)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 3,
      repeated: 0,
    });
    expect(await db.events.count()).toBe(events);
    expect(await timelines()).toEqual(first);
  });

  it("a re-import finds each application whatever the spacing of its company or role: a row with doubled spaces adds nothing", async () => {
    const file = [
      "2025-02-01,Acme Analytics,Data Analyst,Remote,Applied",
      "2025-02-09,Acme  Analytics,Data  Analyst,Remote,Interviewing",
    ];
    expect(await applyImport(db, rows(...file), 1)).toMatchObject({ added: 1, repeated: 0 });
    const first = await timelines();
    expect(first).toEqual([
      [
        "Acme Analytics Remote interviewing",
        ["saved 2025-02-01", "applied 2025-02-01", "interviewing 2025-02-09"],
      ],
    ]);
    const events = await db.events.count();
    // The same file again, and the same file with its rows spaced otherwise, add nothing.
    expect(await applyImport(db, rows(...file), 2)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      repeated: 0,
    });
    const spaced = file.map((line) => line.replace("Acme Analytics", "Acme   analytics"));
    expect(await applyImport(db, rows(...spaced.reverse()), 3)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      repeated: 0,
    });
    expect(await db.events.count()).toBe(events);
    expect(await timelines()).toEqual(first);
    // A newer event in a row spaced so moves the same application on.
    expect(
      await applyImport(db, rows(...file, "2025-02-20,ACME  ANALYTICS,Data Analyst,Remote,Not Selected"), 4),
    ).toEqual({ added: 0, updated: 1, unchanged: 0, repeated: 0 });
    expect((await timelines())[0]![0]).toBe("Acme Analytics Remote rejected");
  });

  it("a newer export adds only the events it has more, to the right application", async () => {
    await applyImport(db, rows(...FIRST), 1);
    const newer = [
      ...FIRST,
      "2025-01-20,Acme,Analyst,Remote,Coffee chat",
      "2025-01-21,Globex,Nurse,Stockholm,Interviewing",
      "2025-01-30,Globex,Nurse,Stockholm,Not Selected",
    ];
    expect(await applyImport(db, rows(...newer), 2)).toEqual({
      added: 0,
      updated: 2,
      unchanged: 1,
      repeated: 0,
    });
    expect(await timelines()).toEqual([
      [
        "Acme Remote applied",
        [
          "saved 2025-01-02",
          "applied 2025-01-03",
          'note "Teal: Recruiter call" 2025-01-08',
          'note "Teal: Coffee chat" 2025-01-20',
        ],
      ],
      ["Globex Berlin applied", ["saved 2025-01-03", "applied 2025-01-03"]],
      [
        "Globex Stockholm rejected",
        ["saved 2025-01-04", "applied 2025-01-04", "interviewing 2025-01-21", "rejected 2025-01-30"],
      ],
    ]);
  });
});
