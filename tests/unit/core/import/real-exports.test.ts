// Real exports, downloaded from the trackers by their users and committed to public repositories
// (tests/fixtures/imports/real, sources in its MANIFEST.md; personal data scrubbed). The expected
// values below were written by reading each file, cell by cell, not by running the importer.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readImport } from "../../../../src/core/import";

const DIR = "tests/fixtures/imports/real";
// A user west of UTC: a date-only cell's midnight is 04:00 or 05:00 UTC there, while Huntr's
// zone-less times are UTC and must not move with the user's zone.
const ZONE = "America/New_York";
const read = (name: string, zone = ZONE) => readImport(new Uint8Array(readFileSync(`${DIR}/${name}`)), zone);
const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());

describe("real tracker exports", () => {
  it("every file there has its source in the manifest and its expected result here", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".csv"));
    const manifest = readFileSync(`${DIR}/MANIFEST.md`, "utf8");
    // This file and the LinkedIn exports' own.
    const tested = ["real-exports.test.ts", "real-linkedin.test.ts"]
      .map((f) => readFileSync(new URL(f, import.meta.url), "utf8"))
      .join("\n");
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(manifest).toContain(f);
      expect(tested).toContain(`"${f}"`);
    }
  });

  it("Huntr (keenlychuang, 2022): companies, list as status, UTC times to the second, domains, nothing personal", () => {
    const preview = read("huntr-keenlychuang-2022.csv");
    expect(preview.format).toBe("huntr");
    expect(preview.problems).toEqual([]);
    expect(
      preview.applications.map((a) => [
        a.company,
        a.title,
        a.status,
        a.archived,
        a.events.map((e) => `${e.kind} ${iso(e.at)}`),
      ]),
    ).toEqual([
      [
        "Samsung Electronics",
        "Drinker of Coffee, Destroyer of Worlds",
        "applied",
        false,
        // lastMovedAt "-": created straight in the applied list.
        ["saved 2022-02-26T19:17:05.000Z", "applied 2022-02-26T19:17:05.000Z"],
      ],
      [
        "Yext",
        "2022 Software Engineer Summer Intern",
        "rejected",
        false,
        ["saved 2022-02-26T19:21:26.000Z", "rejected 2022-04-11T16:47:21.000Z"],
      ],
      [
        "Box",
        "Software Engineering Intern - Summer 2022",
        "applied",
        false,
        ["saved 2022-02-26T19:22:52.000Z", "applied 2022-02-26T19:22:52.000Z"],
      ],
      [
        "Microsoft",
        "Software Engineer (Atlanta, GA): Intern Opportunities",
        "rejected",
        false,
        ["saved 2022-02-26T19:43:49.000Z", "rejected 2022-03-04T20:54:56.000Z"],
      ],
    ]);
    // The id's first 4 bytes (a MongoDB ObjectId) are createdAt's second, read as UTC.
    for (const a of preview.applications) {
      const id = a.importKey!.replace("huntr:", "");
      expect(Number.parseInt(id.slice(0, 8), 16) * 1000).toBe(a.savedAt);
    }
    expect(preview.applications.map((a) => a.companyDomains)).toEqual([
      ["samsung.com"],
      ["yext.com"],
      ["box.com"],
      ["microsoft.com"],
    ]);
    // "-" in location, url and salary-less rows is empty, never text; salary "10" is what was typed.
    expect(preview.applications.map((a) => [a.location, a.url, a.salary])).toEqual([
      [undefined, undefined, { min: 10 }],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
    expect(JSON.stringify(preview.applications)).not.toMatch(/Redacted|example\.invalid|Job Search 2022/);
  });

  it("Teal roles (SherriAlexander, 2026, scrubbed by its owner): lower-case statusName, *_at times in UTC, salary with its period", () => {
    const preview = read("teal-roles-sherrialexander-2026.csv");
    expect(preview.format).toBe("teal-roles");
    expect(preview.problems).toEqual([]);
    const counts: Record<string, number> = {};
    for (const a of preview.applications) counts[a.status] = (counts[a.status] ?? 0) + 1;
    // statusName: bookmarked ×8, interviewing, applied.
    expect(counts).toEqual({ saved: 8, interviewing: 1, applied: 1 });
    expect(preview.applications.every((a) => !a.archived)).toBe(true);
    const row = (company: string) => {
      const a = preview.applications.find((x) => x.company === company)!;
      return [
        a.title,
        a.status,
        a.location,
        a.url,
        a.salary,
        a.importKey,
        a.events.map((e) => `${e.kind} ${iso(e.at)}`),
      ];
    };
    // Line 2: Aperture Labs,United States,"Senior/Staff Software Engineer, Front End",https://example.com/jobs/1001,
    // 3,ChromeExtension,,t,111000,122000,USD,year,2026-09-10T00:47:03Z,…,00000000-0000-4000-8000-000000000001,…,bookmarked
    expect(row("Aperture Labs")).toEqual([
      "Senior/Staff Software Engineer, Front End",
      "saved",
      "United States",
      "https://example.com/jobs/1001",
      { min: 111000, max: 122000, currency: "USD", period: "year" },
      "teal:00000000-0000-4000-8000-000000000001",
      ["saved 2026-09-10T00:47:03.000Z"],
    ]);
    // Line 3: Globex,"Waltham, MA",…,,150000,,,2026-09-01T17:53:25Z,,2026-09-08T03:28:49Z,…,
    // updated_at 2026-09-10T00:20:09Z,…,interviewing (no date of its own for the status: updated_at).
    expect(row("Globex")).toEqual([
      "Sr. Manager, Digital Experience",
      "interviewing",
      "Waltham, MA",
      "https://example.com/jobs/1002",
      { max: 150000 },
      "teal:00000000-0000-4000-8000-000000000002",
      [
        "saved 2026-09-01T17:53:25.000Z",
        "applied 2026-09-08T03:28:49.000Z",
        "interviewing 2026-09-10T00:20:09.000Z",
      ],
    ]);
    // Line 7: Umbrella,USA - Remote,Senior Software Engineer – Marketing,…,,,USD,year (no amount: no salary),
    // added 2026-08-31T21:14:47Z, applied 2026-09-03T07:11:06Z, applied.
    expect(row("Umbrella")).toEqual([
      "Senior Software Engineer – Marketing",
      "applied",
      "USA - Remote",
      "https://example.com/jobs/1006",
      undefined,
      "teal:00000000-0000-4000-8000-000000000006",
      ["saved 2026-08-31T21:14:47.000Z", "applied 2026-09-03T07:11:06.000Z"],
    ]);
    // Line 4: Teal's own "United States; RemoteRemote" is kept as written; line 11: CAD.
    expect(row("Initech")[2]).toBe("United States; RemoteRemote");
    expect(row("Tyrell")[4]).toEqual({ min: 120000, max: 125000, currency: "CAD", period: "year" });
    expect(row("stark.io")[4]).toBeUndefined();
  });

  it("Simplify (AryaStark13, 2025): N/A as empty, status words in capitals, Status Date, none archived", () => {
    const preview = read("simplify-aryastark13-2025.csv");
    expect(preview.format).toBe("simplify");
    expect(preview.problems).toEqual([]);
    // Date-only cells are the user's days: midnight in New York is 04:00 UTC in September.
    const day = (d: string) => `${d}T04:00:00.000Z`;
    expect(
      preview.applications.map((a) => [
        a.company,
        a.status,
        a.archived,
        iso(a.appliedAt),
        a.events.map((e) => `${e.kind} ${iso(e.at)}`),
      ]),
    ).toEqual([
      [
        "Unknown Company",
        "applied",
        false,
        day("2025-09-15"),
        [`saved ${day("2025-09-15")}`, `applied ${day("2025-09-15")}`],
      ],
      [
        "BlackEdge Capital",
        "applied",
        false,
        day("2025-09-15"),
        [`saved ${day("2025-09-15")}`, `applied ${day("2025-09-15")}`],
      ],
      [
        "BlackEdge Capital",
        "applied",
        false,
        day("2025-09-15"),
        [`saved ${day("2025-09-15")}`, `applied ${day("2025-09-15")}`],
      ],
      [
        "Honeywell",
        "applied",
        false,
        day("2025-09-13"),
        [`saved ${day("2025-09-13")}`, `applied ${day("2025-09-13")}`],
      ],
      ["Adobe", "saved", false, null, [`saved ${day("2025-09-12")}`]],
      ["Uber", "saved", false, null, [`saved ${day("2025-09-12")}`]],
      [
        "Neuroscale AI",
        "applied",
        false,
        day("2025-09-11"),
        [`saved ${day("2025-09-11")}`, `applied ${day("2025-09-11")}`],
      ],
      [
        "Brain Co",
        "applied",
        false,
        day("2025-09-11"),
        [`saved ${day("2025-09-11")}`, `applied ${day("2025-09-11")}`],
      ],
      ["Rocket Mortgage, LLC", "saved", false, null, [`saved ${day("2025-09-10")}`]],
      [
        "AppLovin",
        "applied",
        false,
        day("2025-09-10"),
        [`saved ${day("2025-09-10")}`, `applied ${day("2025-09-10")}`],
      ],
    ]);
    expect(preview.applications[3]!.url).toBe(
      "https://ibqbjb.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/Honeywell/job/117190/apply/section/1",
    );
    // This export has no Location column: nothing is made up for it.
    expect(preview.applications.every((a) => a.location === undefined)).toBe(true);
  });

  it("a job seeker's own sheet (DiogoCarvalh0, 2021–22): unnamed company column, day-first dates, their status words, a total row", () => {
    // Read in Lisbon, where the sheet's owner was: date-only cells are midnights there.
    const preview = read("sheet-diogocarvalh0-2022.csv", "Europe/Lisbon");
    expect(preview.format).toBe("generic");
    // 239 rows under the header: 4 empty, one "CVs sent: 234" below the table, 234 applications.
    expect(preview.applications).toHaveLength(234);
    expect(preview.problems).toEqual([
      { line: 240, message: '"CVs sent: 234" reads as a total, not an application: skipped' },
    ]);
    const counts: Record<string, number> = {};
    for (const a of preview.applications) counts[a.status] = (counts[a.status] ?? 0) + 1;
    // Denied ×134 and "1 Interview + Denied", "2 Interviews + Denied"; Not Responded ×96; I Denied ×2.
    expect(counts).toEqual({ rejected: 136, ghosted: 96, withdrawn: 2 });
    const at = (line: number) => {
      const a = preview.applications.find((x) => x.line === line)!;
      return [a.company, a.title, a.status, a.location, a.url, a.events.map((e) => `${e.kind} ${iso(e.at)}`)];
    };
    // Line 2: FRISS,Utrecht,Netherlands,here,09-10-2021,ML Engineer,-,Denied,13-10-2021
    // (9 October, not 10 September: the sheet also has 13-10-2021, so its days come first).
    expect(at(2)).toEqual([
      "FRISS",
      "ML Engineer",
      "rejected",
      "Utrecht",
      undefined, // "here": a link's label, the address lost in the export
      [
        "saved 2021-10-08T23:00:00.000Z",
        "applied 2021-10-08T23:00:00.000Z",
        "rejected 2021-10-12T23:00:00.000Z",
      ],
    ]);
    // Line 3: Unilever,Rotterdam,Netherlands,here,10-10-2021,Data Scientist,-,Not Responded,
    expect(at(3)).toEqual([
      "Unilever",
      "Data Scientist",
      "ghosted",
      "Rotterdam",
      undefined,
      [
        "saved 2021-10-09T23:00:00.000Z",
        "applied 2021-10-09T23:00:00.000Z",
        "ghosted 2021-10-09T23:00:00.000Z",
      ],
    ]);
    // Line 36: COMPUTD,Geleen,Netherlands,here,20-12-2021,Data Scientist,-,I Denied,21-12-2021
    expect(at(36)).toEqual([
      "COMPUTD",
      "Data Scientist",
      "withdrawn",
      "Geleen",
      undefined,
      [
        "saved 2021-12-20T00:00:00.000Z",
        "applied 2021-12-20T00:00:00.000Z",
        "withdrawn 2021-12-21T00:00:00.000Z",
      ],
    ]);
    // Line 162: Latana,Berlin,Germany,here,21-01-2022,Researcher,-,1 Interview + Denied,24-01-2022
    expect(at(162)).toEqual([
      "Latana",
      "Researcher",
      "rejected",
      "Berlin",
      undefined,
      [
        "saved 2022-01-21T00:00:00.000Z",
        "applied 2022-01-21T00:00:00.000Z",
        "rejected 2022-01-24T00:00:00.000Z",
      ],
    ]);
    // None lost its company; 223 rows have a Day Sent, and 9 have no date at all (Markplaats, line 8:
    // "Markplaats,Amsterdam,Netherlands,here,,Data Scientist,-,Denied,"), so their steps are undated.
    expect(preview.applications.every((a) => a.company !== "")).toBe(true);
    expect(preview.applications.filter((a) => a.appliedAt !== undefined)).toHaveLength(223);
    expect(preview.applications.filter((a) => a.events.length === 0)).toHaveLength(9);
    expect(at(8)).toEqual(["Markplaats", "Data Scientist", "rejected", "Amsterdam", undefined, []]);
  });
  it("a job seeker's own list (liorwenger, 2026): Date Sent and the word Sent are applied, with nothing to report", () => {
    // Read in Israel, where the list's jobs are: 2026-05-17 is that day's midnight there (UTC+3).
    const preview = read("sheet-liorwenger-2026.csv", "Asia/Jerusalem");
    expect(preview.format).toBe("generic");
    expect(preview.problems).toEqual([]);
    expect(preview.applications.map((a) => [a.company, a.title, a.status, a.location])).toEqual([
      ["Apiiro", "Product Designer", "applied", "Tel Aviv-Yafo (Hybrid)"],
      ["Remepy", "Product Designer", "applied", "Ramat Gan (On-site)"],
      ["Autofleet", "UX/UI Designer", "applied", "Tel Aviv-Yafo (Hybrid)"],
      ["Cloudinary", "Senior Product Designer", "applied", "Petah Tikva (Hybrid)"],
      ["Buildots", "Senior Product Designer", "applied", "Tel Aviv District (Hybrid)"],
      ["Balance", "Product Designer", "applied", "Sofia City Bulgaria (Hybrid)"],
      ["Guardio", "Product Designer", "applied", "Tel Aviv-Yafo (Hybrid)"],
      // Line 9: "HiBob,Product Designer,2026-05-17,,,": no status written, but a day sent.
      ["HiBob", "Product Designer", "applied", undefined],
    ]);
    expect(preview.applications[0]!.events.map((e) => `${e.kind} ${iso(e.at)}`)).toEqual([
      "saved 2026-05-16T21:00:00.000Z",
      "applied 2026-05-16T21:00:00.000Z",
    ]);
  });

  it("a job seeker's own sheet (JPHebert32, 2026, two versions): their status phrases, only the ambiguous ones reported", () => {
    // Read in Denver, where its owner was (the commits are at -0600).
    const older = read("sheet-jphebert32-2026-05-09.csv", "America/Denver");
    const newer = read("sheet-jphebert32-2026-06-15.csv", "America/Denver");
    expect([older.format, newer.format]).toEqual(["generic", "generic"]);
    const counts = (p: typeof older) => {
      const c: Record<string, number> = {};
      for (const a of p.applications) c[a.status] = (c[a.status] ?? 0) + 1;
      return c;
    };
    // 9 May: Rejected ×1; ACTIVE INTERVIEW — Round 3 Pending ×1; Applied ×4 and Applied — In Process;
    // Withdrawn ×3; Ready to Apply, Research — …, White Whale — Watching / Active Opening: 21 not sent.
    expect(older.applications).toHaveLength(31);
    expect(counts(older)).toEqual({ rejected: 1, interviewing: 1, applied: 5, withdrawn: 3, saved: 21 });
    // 15 June: Rejected ×3 and CLOSED; HIRED — OFFER ACCEPTED May 18 2026; Applied ×6, Applied — In
    // Process, Applied — Referral Active; Withdrawn ×3; 23 not sent (ELIMINATED ×4 among them).
    expect(newer.applications).toHaveLength(39);
    expect(counts(newer)).toEqual({ rejected: 4, offer: 1, applied: 8, withdrawn: 3, saved: 23 });
    // "White Whale — Active Opening" names no step, and "ELIMINATED" does not say who ended it
    // (the owner, for comp below their floor): both are reported, and kept as not yet sent.
    const opening = 'status "White Whale — Active Opening" is not one Debrief knows: imported as saved';
    const eliminated = 'status "ELIMINATED" is not one Debrief knows: imported as saved';
    expect(older.problems).toEqual([
      { line: 22, message: opening },
      { line: 26, message: opening },
    ]);
    expect(newer.problems).toEqual([
      { line: 16, message: eliminated },
      { line: 18, message: eliminated },
      { line: 19, message: eliminated },
      { line: 23, message: eliminated },
      { line: 30, message: opening },
      { line: 34, message: opening },
    ]);
    // Line 7: 2026-04-23,Crocs,Sr. Business Intelligence Analyst,Broomfield CO,Up to $127K,
    // https://www.linkedin.com/jobs/view/,HIRED — OFFER ACCEPTED May 18 2026,…
    const crocs = newer.applications.find((a) => a.line === 7)!;
    expect([crocs.company, crocs.title, crocs.status, crocs.location, crocs.url]).toEqual([
      "Crocs",
      "Sr. Business Intelligence Analyst",
      "offer",
      "Broomfield CO",
      "https://www.linkedin.com/jobs/view/",
    ]);
    expect(iso(crocs.savedAt)).toBe("2026-04-23T06:00:00.000Z");
    // Notes is the sheet's own Notes cell, scrubbed here (MANIFEST.md); Last Action and Next Step are
    // no Debrief field.
    expect(crocs.notes).toBe("redacted");
  });
});
