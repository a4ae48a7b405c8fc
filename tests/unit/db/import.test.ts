import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ImportCancelled, readImport } from "../../../src/core/import";
import { deriveStatus } from "../../../src/core/timeline";
import { createApplication } from "../../../src/db/applications";
import { applyImport } from "../../../src/db/import";
import { type DebriefDB, openDb } from "../../../src/db/schema";

const fixture = (name: string) =>
  readImport(new Uint8Array(readFileSync(`tests/fixtures/imports/${name}`)), "UTC").applications;
const SHEET = readFileSync("tests/fixtures/imports/real/sheet-diogocarvalh0-2022.csv", "utf8");
// Read in Lisbon, where the sheet's owner was.
const sheet = (text: string) => readImport(new TextEncoder().encode(text), "Europe/Lisbon").applications;

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`import-test-${n++}`);
});
afterEach(() => db.close());

/**
 * Each application of `company`, oldest first: its steps as "kind day" (a status event by its status;
 * the day in UTC, so a Lisbon midnight in summer time is the day before).
 */
async function history(company: string) {
  const apps = await db.applications.where("company").equals(company).sortBy("createdAt");
  const out = [];
  for (const a of apps) {
    const own = await db.events.where("applicationId").equals(a.id).sortBy("at");
    out.push(
      own.map((e) => `${e.kind === "status" ? e.to : e.kind} ${new Date(e.at).toISOString().slice(0, 10)}`),
    );
  }
  return out;
}

async function snapshot() {
  const apps = await db.applications.orderBy("company").toArray();
  const events = await db.events.toArray();
  return apps.map((a) => {
    const own = events.filter((e) => e.applicationId === a.id).sort((x, y) => x.at - y.at);
    return {
      company: a.company,
      status: a.status,
      derived: deriveStatus(own),
      archived: a.archived,
      steps: own.length,
    };
  });
}

describe("applyImport", () => {
  it("adds each application with its history, and the status its timeline derives", async () => {
    expect(await applyImport(db, fixture("simplify.csv"), 1)).toEqual({
      added: 5,
      updated: 0,
      unchanged: 0,
      repeated: 0,
    });
    const rows = await snapshot();
    expect(rows.map((r) => [r.company, r.status, r.archived])).toEqual([
      ["Capital One", "rejected", 1],
      ["Datadog", "interviewing", 0],
      ["Plaid", "saved", 0],
      ["Ramp", "offer", 0],
      ["Stripe", "applied", 0],
    ]);
    for (const r of rows) expect(r.derived).toBe(r.status);
    const capitalOne = (await db.applications.where("company").equals("Capital One").first())!;
    const events = await db.events.where("applicationId").equals(capitalOne.id).sortBy("at");
    expect(events.map((e) => [e.kind, new Date(e.at).toISOString().slice(0, 10)])).toEqual([
      ["saved", "2024-09-06"],
      ["applied", "2024-09-06"],
      ["status", "2024-10-01"],
    ]);
  });

  it("adds nothing when the same file is imported again", async () => {
    await applyImport(db, fixture("teal-events.csv"), 1);
    const before = await snapshot();
    const eventsBefore = await db.events.count();
    expect(await applyImport(db, fixture("teal-events.csv"), 2)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 6,
      repeated: 0,
    });
    expect(await snapshot()).toEqual(before);
    expect(await db.events.count()).toBe(eventsBefore);
  });

  it("moves the applications of a newer export on, without duplicating them", async () => {
    await applyImport(db, fixture("huntr.csv"), 1);
    const result = await applyImport(db, fixture("huntr-newer.csv"), 2);
    expect(result).toEqual({ added: 1, updated: 2, unchanged: 3, repeated: 0 });
    const rows = await snapshot();
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.company === "Acme Analytics")).toMatchObject({
      status: "applied",
      derived: "applied",
      steps: 2,
    });
    expect(rows.find((r) => r.company === "Northwind Traders")).toMatchObject({
      status: "interviewing",
      derived: "interviewing",
      steps: 3,
    });
    const acme = (await db.applications.where("company").equals("Acme Analytics").first())!;
    expect(new Date(acme.lastActivityAt).toISOString()).toBe("2024-04-15T12:00:00.000Z");
    expect(acme.importKey).toBe("huntr:64b1f0a2c9e77a0012ab0001");
  });

  it("updates an application the user already tracks (same company and role) instead of adding it", async () => {
    await createApplication(db, { company: "Stripe", title: "software engineer intern", notes: "mine" });
    expect(await applyImport(db, fixture("simplify.csv"), 1)).toMatchObject({ added: 4, updated: 1 });
    const stripe = await db.applications.where("company").equals("Stripe").toArray();
    expect(stripe).toHaveLength(1);
    expect(stripe[0]).toMatchObject({ status: "applied", notes: "mine" });
  });

  it("writes nothing when a write fails half-way", async () => {
    await createApplication(db, { company: "Kept", title: "Role" });
    vi.spyOn(db.events, "bulkAdd").mockRejectedValueOnce(new Error("disk full"));
    await expect(applyImport(db, fixture("teal-roles.csv"), 1)).rejects.toThrow("disk full");
    expect((await db.applications.toArray()).map((a) => a.company)).toEqual(["Kept"]);
  });
});

describe("applyImport of real exports (tests/fixtures/imports/real)", () => {
  it("Huntr: four applications with the status their timeline derives, the employer's domain kept", async () => {
    expect(await applyImport(db, fixture("real/huntr-keenlychuang-2022.csv"), 1)).toEqual({
      added: 4,
      updated: 0,
      unchanged: 0,
      repeated: 0,
    });
    const rows = await snapshot();
    expect(rows.map((r) => [r.company, r.status])).toEqual([
      ["Box", "applied"],
      ["Microsoft", "rejected"],
      ["Samsung Electronics", "applied"],
      ["Yext", "rejected"],
    ]);
    for (const r of rows) expect(r.derived).toBe(r.status);
    const yext = (await db.applications.where("company").equals("Yext").first())!;
    expect(yext.companyDomains).toEqual(["yext.com"]);
    expect(new Date(yext.lastActivityAt).toISOString()).toBe("2022-04-11T16:47:21.000Z");
    expect(await applyImport(db, fixture("real/huntr-keenlychuang-2022.csv"), 2)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 4,
      repeated: 0,
    });
  });

  it("a job seeker's sheet: an undated row keeps its status, dated the day it is imported; again, nothing is added", async () => {
    const rows = sheet(SHEET);
    const now = Date.UTC(2026, 11, 1, 12);
    // 234 rows; only lines 15 and 16 (Harnham, Amsterdam, Data Scientist, no date, Not Responded)
    // cannot be told apart. The 9 other pairs of one company and title are two applications: another
    // city (Elastic, Klarna, SoSafe, Harnham's Stockholm one) or another day sent (Creative Clicks,
    // Optiver, Phiture, NAECO Blue, LiveIntent).
    expect(await applyImport(db, rows, now)).toEqual({ added: 233, updated: 0, unchanged: 0, repeated: 1 });
    const all = await snapshot();
    for (const r of all) expect(r.derived).toBe(r.status);
    const markplaats = (await db.applications.where("company").equals("Markplaats").first())!;
    expect(markplaats.status).toBe("rejected");
    const steps = await db.events.where("applicationId").equals(markplaats.id).sortBy("at");
    expect(steps.map((e) => [e.kind, e.at])).toEqual([
      ["saved", now],
      ["status", now],
    ]);
    const harnham = await db.applications.where("company").equals("Harnham").toArray();
    expect(harnham.map((a) => `${a.title} in ${a.location}`).sort()).toEqual([
      "Data Engineer in Stockholm",
      "Data Scientist in Amsterdam",
      "Data Scientist in Stockholm",
    ]);
    // Lines 17 and 38: the same title, city and outcome, sent two months apart.
    expect(await history("Creative Clicks")).toEqual([
      ["saved 2021-10-21", "applied 2021-10-21", "rejected 2021-10-25"],
      ["saved 2021-12-20", "applied 2021-12-20", "rejected 2021-12-21"],
    ]);
    const events = await db.events.count();
    expect(await applyImport(db, rows, now + 86_400_000)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 233,
      repeated: 1,
    });
    expect(await db.events.count()).toBe(events);
  });

  it("a newer copy of the sheet moves on the application its row is for, not its namesake", async () => {
    // An earlier state of the real sheet, derived from it here (not recorded): the second
    // applications to Creative Clicks (line 38) and NAECO Blue (line 153) had no answer yet.
    const older = SHEET.replace(
      "Creative Clicks,Amsterdam,Netherlands,here,20-12-2021,Data Analyst,-,Denied,21-12-2021",
      "Creative Clicks,Amsterdam,Netherlands,here,20-12-2021,Data Analyst,-,Not Responded,",
    ).replace(
      "NAECO Blue,Hamburg,Germany,here,17-01-2022,Data Scientist,-,Denied,25-01-2022",
      "NAECO Blue,Hamburg,Germany,here,17-01-2022,Data Scientist,-,Not Responded,",
    );
    expect(older).not.toBe(SHEET);
    const now = Date.UTC(2026, 11, 1, 12);
    expect(await applyImport(db, sheet(older), now)).toMatchObject({ added: 233, repeated: 1 });
    expect(await applyImport(db, sheet(SHEET), now + 1)).toEqual({
      added: 0,
      updated: 2,
      unchanged: 231,
      repeated: 1,
    });
    expect(await history("Creative Clicks")).toEqual([
      ["saved 2021-10-21", "applied 2021-10-21", "rejected 2021-10-25"],
      ["saved 2021-12-20", "applied 2021-12-20", "ghosted 2021-12-20", "rejected 2021-12-21"],
    ]);
    expect(await history("NAECO Blue")).toEqual([
      ["saved 2022-01-15", "applied 2022-01-15", "rejected 2022-01-25"],
      ["saved 2022-01-17", "applied 2022-01-17", "ghosted 2022-01-17", "rejected 2022-01-25"],
    ]);
    for (const a of await db.applications.where("company").anyOf("Creative Clicks", "NAECO Blue").toArray()) {
      expect(a.status).toBe("rejected");
    }
  });

  it("Teal roles (scrubbed by its owner): ten applications with their salary; importing again adds nothing", async () => {
    expect(await applyImport(db, fixture("real/teal-roles-sherrialexander-2026.csv"), 1)).toEqual({
      added: 10,
      updated: 0,
      unchanged: 0,
      repeated: 0,
    });
    const globex = (await db.applications.where("company").equals("Globex").first())!;
    expect([globex.status, globex.location, globex.salary, globex.importKey]).toEqual([
      "interviewing",
      "Waltham, MA",
      { max: 150000 },
      "teal:00000000-0000-4000-8000-000000000002",
    ]);
    for (const r of await snapshot()) expect(r.derived).toBe(r.status);
    expect(await applyImport(db, fixture("real/teal-roles-sherrialexander-2026.csv"), 2)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 10,
      repeated: 0,
    });
  });

  it("Simplify: a row the export repeats becomes one application; importing again adds nothing", async () => {
    expect(await applyImport(db, fixture("real/simplify-aryastark13-2025.csv"), 1)).toEqual({
      added: 9,
      updated: 0,
      unchanged: 0,
      repeated: 1,
    });
    expect(await db.applications.where("company").equals("BlackEdge Capital").count()).toBe(1);
    const events = await db.events.count();
    expect(await applyImport(db, fixture("real/simplify-aryastark13-2025.csv"), 2)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 9,
      repeated: 1,
    });
    expect(await db.events.count()).toBe(events);
  });
});

describe("applyImport of LinkedIn's own exports (tests/fixtures/imports/real)", () => {
  const linkedin = (name: string) =>
    readImport(new Uint8Array(readFileSync(`tests/fixtures/imports/real/${name}`)), "Europe/Vienna")
      .applications;

  it("dev (clemenspecinovsky): the export of March adds the 35 jobs applied to since February, and nothing twice", async () => {
    expect(await applyImport(db, linkedin("linkedin-applications-clemenspecinovsky-2025-02.csv"), 1)).toEqual(
      {
        added: 83,
        updated: 0,
        unchanged: 0,
        repeated: 0,
      },
    );
    // SELIUK LTD's two "Senior Unity Developer" jobs (two LinkedIn ids) are two applications.
    expect(await db.applications.where("company").equals("SELIUK LTD").count()).toBe(3);
    const march = linkedin("linkedin-applications-clemenspecinovsky-2025-03.csv");
    expect(await applyImport(db, march, 2)).toEqual({ added: 35, updated: 0, unchanged: 83, repeated: 0 });
    const events = await db.events.count();
    expect(await applyImport(db, march, 3)).toEqual({ added: 0, updated: 0, unchanged: 118, repeated: 0 });
    expect(await db.events.count()).toBe(events);
    expect(await db.applications.count()).toBe(118);
    for (const r of await snapshot()) expect([r.status, r.derived]).toEqual(["applied", "applied"]);
  });

  it("dev: saved jobs of February, then of March: 8 more, the job LinkedIn left nameless changes nothing", async () => {
    expect(await applyImport(db, linkedin("linkedin-saved-clemenspecinovsky-2025-02.csv"), 1)).toMatchObject({
      added: 7,
    });
    expect(await applyImport(db, linkedin("linkedin-saved-clemenspecinovsky-2025-03.csv"), 2)).toEqual({
      added: 8,
      updated: 0,
      unchanged: 6,
      repeated: 0,
    });
    const third = (await db.applications.where("company").equals("Third Kind Games").toArray()).map(
      (a) => a.title,
    );
    expect(third).toEqual(["Experienced Programmer"]);
  });

  it("dev: a job saved in Debrief from its LinkedIn page is moved on by the export, not added again", async () => {
    // As the panel saves it: board and LinkedIn's id, the job page's link, the title as the user edited it.
    await createApplication(db, {
      company: "Voodoo",
      title: "Game developer (brain training)",
      url: "https://www.linkedin.com/jobs/view/4079472459/",
      board: "linkedin",
      postingId: "4079472459",
      notes: "mine",
    });
    expect(await applyImport(db, linkedin("linkedin-applications-clemenspecinovsky-2025-02.csv"), 1)).toEqual(
      {
        added: 82,
        updated: 1,
        unchanged: 0,
        repeated: 0,
      },
    );
    const mine = await db.applications
      .where("[board+postingId]")
      .equals(["linkedin", "4079472459"])
      .toArray();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      status: "applied",
      notes: "mine",
      title: "Game developer (brain training)",
    });
    expect(mine[0]!.importKey).toBe("linkedin:4079472459");
  });

  it("test (apk0703): the export of 4 March 2024, then the one of 24 March, adds the one new application", async () => {
    const older = readImport(
      new Uint8Array(
        readFileSync("tests/fixtures/imports/real/linkedin-applications-apk0703-2024-03-04.csv"),
      ),
      "Asia/Kolkata",
    ).applications;
    const newer = readImport(
      new Uint8Array(
        readFileSync("tests/fixtures/imports/real/linkedin-applications-apk0703-2024-03-24.csv"),
      ),
      "Asia/Kolkata",
    ).applications;
    expect(await applyImport(db, older, 1)).toEqual({ added: 30, updated: 0, unchanged: 0, repeated: 0 });
    expect(await applyImport(db, newer, 2)).toEqual({ added: 1, updated: 0, unchanged: 30, repeated: 0 });
    expect(await db.applications.where("company").equals("TechDoQuest").count()).toBe(1);
    expect(await db.applications.where("company").equals("Skill Secure").count()).toBe(2);
  });

  it("test (sanjeevpratap): 70 applications, Hyperhire's and Ailoitte's same titles twice each kept apart", async () => {
    const rows = readImport(
      new Uint8Array(
        readFileSync("tests/fixtures/imports/real/linkedin-applications-sanjeevpratap-2023.csv"),
      ),
      "Asia/Kolkata",
    ).applications;
    expect(await applyImport(db, rows, 1)).toEqual({ added: 70, updated: 0, unchanged: 0, repeated: 0 });
    expect(await db.applications.where("company").equals("Hyperhire").count()).toBe(2);
    expect(await applyImport(db, rows, 2)).toEqual({ added: 0, updated: 0, unchanged: 70, repeated: 0 });
  });
});

/** `n` applications as a Simplify export of that many rows would give them. */
function many(n: number) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      company: `Company ${i}`,
      title: "Engineer",
      status: "applied" as const,
      archived: false,
      events: [
        { kind: "saved" as const, at: 1_700_000_000_000 + i },
        { kind: "applied" as const, at: 1_700_000_000_000 + i },
      ],
    });
  }
  return rows;
}

// Large writes take seconds on a loaded machine: vitest's 5 s default must not decide them.
describe("applyImport of a large export: progress and Cancel", { timeout: 120_000 }, () => {
  it("reports its progress batch by batch, only going up, ending at 1", async () => {
    const seen: number[] = [];
    // Tiny slices and batches: many pauses inside the one transaction, which must stay open.
    const result = await applyImport(db, many(300), 1, {
      batch: 50,
      sliceMs: 0,
      onProgress: (f) => seen.push(f),
    });
    expect(result).toEqual({ added: 300, updated: 0, unchanged: 0, repeated: 0 });
    expect(await db.applications.count()).toBe(300);
    expect(await db.events.count()).toBe(600);
    expect(seen.length).toBeGreaterThan(18); // 300 / 50 application batches + 600 / 50 event batches
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  it.each([
    ["while the changes are worked out", 0.1],
    ["after some applications are written", 0.4],
    ["after some events are written", 0.9],
  ])("Cancel %s rolls everything back", async (_when, at) => {
    await createApplication(db, { company: "Kept", title: "Role" });
    const before = await snapshot();
    const eventsBefore = await db.events.count();
    const controller = new AbortController();
    const seen: number[] = [];
    const write = applyImport(db, many(300), 1, {
      batch: 50,
      sliceMs: 0,
      signal: controller.signal,
      onProgress: (f) => {
        seen.push(f);
        if (f >= at) controller.abort();
      },
    });
    await expect(write).rejects.toBeInstanceOf(ImportCancelled);
    await expect(write).rejects.toThrow("Import cancelled; nothing was changed.");
    // It had got past the point where Cancel was pressed, and still nothing of it is kept.
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(at);
    expect(await snapshot()).toEqual(before);
    expect(await db.events.count()).toBe(eventsBefore);
  });

  it("a signal aborted before it starts writes nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(applyImport(db, many(3), 1, { signal: controller.signal })).rejects.toBeInstanceOf(
      ImportCancelled,
    );
    expect(await db.applications.count()).toBe(0);
  });
});
