import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { applicationsCsv, CSV_COLUMNS } from "../../../../src/core/export";
import type { Application } from "../../../../src/core/types";

const app = (over: Partial<Application>): Application => ({
  id: "a1",
  company: "Contoso",
  title: "Baker",
  companyDomains: [],
  status: "applied",
  source: "manual",
  createdAt: Date.UTC(2025, 0, 2),
  updatedAt: Date.UTC(2025, 0, 2),
  lastActivityAt: Date.UTC(2025, 0, 9),
  archived: 0,
  ...over,
});

// Each text cell as a spreadsheet reads it back from the exported file.
const companyCell = (company: string): string => {
  const csv = applicationsCsv(
    [app({ company })],
    () => [],
    () => [],
    { timeZone: "UTC" },
  );
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data[1]![0]!;
};

describe("formula cells are neutralised", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["=1+1\nsecond line", "'=1+1\nsecond line"],
    ["Acme = good", "Acme = good"],
    ["", ""],
  ])("%j → %j", (input, output) => expect(companyCell(input)).toBe(output));

  it("leaves numbers as numbers", () => {
    const csv = applicationsCsv(
      [app({ salary: { min: -5, max: 60000, currency: "EUR", period: "year" } })],
      () => [],
      () => [],
      { timeZone: "UTC" },
    );
    expect(csv.split("\r\n")[1]).toContain(",-5,60000,EUR,");
  });
});

describe("applicationsCsv", () => {
  const csv = applicationsCsv(
    [
      app({
        company: "=cmd|' /C calc'!A0",
        notes: "line one\nline two, with comma",
        tags: ["remote", "senior"],
      }),
      app({
        id: "a2",
        company: "Café Zoë",
        salary: { min: 50000, max: 60000, currency: "EUR", period: "year" },
      }),
    ],
    (id) =>
      id === "a1" ? [{ kind: "applied", id: "e", applicationId: "a1", at: Date.UTC(2025, 0, 3) }] : [],
    () => [],
    { timeZone: "UTC" },
  );

  it("starts with a BOM and uses CRLF line ends", () => {
    expect(csv.startsWith("\uFEFFCompany,Role,Status")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4); // header, two rows, final empty
  });

  it("round-trips through a CSV parser with formulas neutralised", () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, parsed[1]![i]]));
    expect(row).toMatchObject({
      Company: "'=cmd|' /C calc'!A0",
      "Applied on": "2025-01-03",
      "Saved on": "2025-01-02",
      Notes: "line one\nline two, with comma",
      Tags: "remote; senior",
      Archived: "no",
    });
    const second = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, parsed[2]![i]]));
    expect(second).toMatchObject({
      Company: "Café Zoë",
      "Salary min": "50000",
      Currency: "EUR",
      "Applied on": "",
    });
  });
});
