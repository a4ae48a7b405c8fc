// The general rules a real job seeker's sheet and a real Huntr export called for (real-exports.test.ts),
// each on written cases of its own: day order read from the file, UTC stamps, seconds, unnamed columns,
// total rows, line numbers that count empty rows, and a column named like an object's internals.
import { describe, expect, it } from "vitest";
import { guessMapping, parseDate, statusFromText } from "../../../../src/core/export/csv-import";
import { parseTable, readImport } from "../../../../src/core/import";
import { dayFirstIn, utcStamp } from "../../../../src/core/import/values";

const read = (text: string, zone = "UTC") => readImport(new TextEncoder().encode(text), zone);
const day = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString().slice(0, 10));

describe("rules for real sheets", () => {
  it("reads the day order from the file: one unambiguous cell settles it", () => {
    expect(dayFirstIn(parseTable("Company,Date\nA,03-04-2022\nB,13-04-2022\n"))).toBe(true);
    expect(dayFirstIn(parseTable("Company,Date\nA,03/04/2022\nB,04/13/2022\n"))).toBe(false);
    expect(dayFirstIn(parseTable("Company;Role;Date\nA;X;03/04/2022\nB;Y;05/06/2022\n"))).toBe(true);
    expect(dayFirstIn(parseTable("Company,Date\nA,03/04/2022\n"))).toBe(false);
    const apps = read("Company,Role,Applied\nA,X,03-04-2022\nB,Y,13-04-2022\n").applications;
    expect(apps.map((a) => day(a.appliedAt))).toEqual(["2022-04-03", "2022-04-13"]);
    // The same dates, month first, where the file says so.
    const us = read("Company,Role,Applied\nA,X,03-04-2022\nB,Y,04-13-2022\n").applications;
    expect(us.map((a) => day(a.appliedAt))).toEqual(["2022-03-04", "2022-04-13"]);
  });

  it("reads a zone-less stamp as UTC only where asked, to the second, and refuses impossible days", () => {
    expect(utcStamp("2022-02-26 19:17:05")).toBe(Date.UTC(2022, 1, 26, 19, 17, 5));
    expect(utcStamp("2022-02-26T19:17")).toBe(Date.UTC(2022, 1, 26, 19, 17));
    expect(utcStamp("2022-02-30 10:00:00")).toBeNull();
    expect(utcStamp("2022-02-26")).toBeNull();
    expect(parseDate("2022-02-26 19:17:05", "UTC")).toBe(Date.UTC(2022, 1, 26, 19, 17, 5));
  });

  it("knows a job seeker's own status words", () => {
    expect(statusFromText("Denied")).toBe("rejected");
    expect(statusFromText("2 Interviews + Denied")).toBe("rejected");
    expect(statusFromText("I Denied")).toBe("withdrawn");
    expect(statusFromText("Not Responded")).toBe("ghosted");
    expect(statusFromText("No answer")).toBe("ghosted");
  });

  it("names an unnamed column by its place, and takes an unnamed first column for the company", () => {
    const table = parseTable(",Position,Status\nAcme,Analyst,Applied\n");
    expect(table.headers).toEqual(["Column 1", "Position", "Status"]);
    expect(guessMapping(table.headers)).toMatchObject({ company: "Column 1", title: "Position" });
    // A sheet that names its company column keeps it; the unnamed one is left alone.
    expect(guessMapping(["Column 1", "Company", "Role"]).company).toBe("Company");
  });

  it("skips a total row, and counts empty rows in every line number", () => {
    const preview = read(
      "Company,Role,Status\nAcme,Analyst,Applied\n,,\n\nGlobex,Engineer,Bogus\n,,\nTotal: 2,,\n",
    );
    expect(preview.applications.map((a) => [a.company, a.line])).toEqual([
      ["Acme", 2],
      ["Globex", 5],
    ]);
    expect(preview.problems).toEqual([
      { line: 5, message: 'status "Bogus" is not one Debrief knows: imported as saved' },
      { line: 7, message: '"Total: 2" reads as a total, not an application: skipped' },
    ]);
    // A company alone in its row is still an application.
    expect(read("Company,Role\nAcme,\n").applications.map((a) => a.company)).toEqual(["Acme"]);
  });

  it("a column named __proto__ is a column like any other", () => {
    const preview = read("Company,__proto__,Role\nAcme,x,Analyst\n");
    expect(preview.applications.map((a) => [a.company, a.title])).toEqual([["Acme", "Analyst"]]);
  });
});
