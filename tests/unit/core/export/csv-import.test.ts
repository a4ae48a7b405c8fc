import { describe, expect, it } from "vitest";
import { guessMapping, parseDate, statusFromText } from "../../../../src/core/export";
import { parseTable, readGeneric } from "../../../../src/core/import";

// Spreadsheet header rows in the shapes people name their columns (written for these tests; the real
// tracker exports have their own importers, tests/unit/core/import).
const HUNTR = "Company,Job Title,List,Location,URL,Salary,Date Applied,Created,Notes,Tags";
const TEAL =
  "Job Position,Company,Status,Location,URL,Min Salary,Max Salary,Date Saved,Date Applied,Excitement,Notes";
const SIMPLIFY = "Company Name,Job Title,Status,Location,Application Link,Salary,Applied Date,Notes";

describe("guessMapping", () => {
  it.each([
    [
      "Huntr",
      HUNTR,
      "huntr",
      {
        company: "Company",
        title: "Job Title",
        status: "List",
        url: "URL",
        appliedAt: "Date Applied",
        savedAt: "Created",
      },
    ],
    [
      "Teal",
      TEAL,
      "teal",
      {
        company: "Company",
        title: "Job Position",
        status: "Status",
        salaryMin: "Min Salary",
        salaryMax: "Max Salary",
        savedAt: "Date Saved",
        appliedAt: "Date Applied",
      },
    ],
    [
      "Simplify",
      SIMPLIFY,
      "simplify",
      {
        company: "Company Name",
        title: "Job Title",
        url: "Application Link",
        appliedAt: "Applied Date",
        salary: "Salary",
      },
    ],
  ])("maps a %s-style sheet", (_, header, _format, expected) => {
    const headers = header.split(",");
    expect(guessMapping(headers)).toMatchObject(expected);
  });

  it("ignores case, underscores and a BOM", () => {
    expect(guessMapping(["\uFEFFcompany_name", "JOB TITLE"])).toEqual({
      company: "\uFEFFcompany_name",
      title: "JOB TITLE",
    });
  });
});

describe("statusFromText", () => {
  it.each([
    ["Bookmarked", "saved"],
    ["Wishlist", "saved"],
    ["Applying", "saved"],
    ["Applied", "applied"],
    ["Phone Screen", "interviewing"],
    ["Interviewing", "interviewing"],
    ["Negotiating", "offer"],
    ["Accepted", "offer"],
    ["Not Selected", "rejected"],
    ["Rejected", "rejected"],
    ["I Withdrew", "withdrawn"],
    ["No Response 🔕", "ghosted"],
    // A call about an offer that is booked is one to come: still in talks, no offer yet.
    ["Offer call booked", "interviewing"],
    ["Offer call scheduled for Friday", "interviewing"],
    ["Scheduled offer call", "interviewing"],
    ["Call booked to discuss the offer", "interviewing"],
    ["Offer call", "offer"],
    ["Offer received", "offer"],
    ["Offer declined by me", "withdrawn"],
    // A job seeker's own words, from real sheets (tests/fixtures/imports/real).
    ["Sent", "applied"],
    ["CV sent", "applied"],
    ["Not sent yet", null],
    ["Research — Verify Comp", "saved"],
    ["White Whale — Watching", "saved"],
    ["Docs Ready — Apply Today", "saved"],
    ["Applied — Referral Active", "applied"],
    ["HIRED — OFFER ACCEPTED May 18 2026", "offer"],
    ["???", null],
  ])("%s → %s", (text, status) => expect(statusFromText(text)).toBe(status));
});

describe("parseDate", () => {
  it.each([
    ["2025-03-04", Date.UTC(2025, 2, 4)],
    ["03/04/2025", Date.UTC(2025, 2, 4)],
    ["25/04/2025", Date.UTC(2025, 3, 25)],
    ["3/4/25", Date.UTC(2025, 2, 4)],
    ["2025-03-04T10:00:00Z", Date.UTC(2025, 2, 4, 10)],
    ["soon", null],
    ["", null],
  ])("%s", (text, at) => expect(parseDate(text, "UTC")).toBe(at));
});

describe("readGeneric", () => {
  it("reads a Teal file into applications and reports the rows it skipped", () => {
    const file = [
      TEAL,
      'Data Analyst,"Acme, Inc.",Interviewing,Remote,https://acme.example/jobs/1,"$80,000","$95,000",02/01/2025,02/03/2025,4,Referred by Sam',
      ",,Bookmarked,,,,,,,,",
      "Nurse,Riverbend,Applied,,javascript:alert(1),,,2025-02-10,someday,,",
    ].join("\r\n");
    const { applications, problems } = readGeneric(parseTable(file), "UTC");
    expect(applications.map(({ events, ...a }) => a)).toEqual([
      {
        company: "Acme, Inc.",
        title: "Data Analyst",
        status: "interviewing",
        url: "https://acme.example/jobs/1",
        location: "Remote",
        notes: "Referred by Sam",
        salary: { min: 80000, max: 95000 },
        savedAt: Date.UTC(2025, 1, 1),
        appliedAt: Date.UTC(2025, 1, 3),
        archived: false,
        line: 2,
      },
      {
        company: "Riverbend",
        title: "Nurse",
        status: "applied",
        savedAt: Date.UTC(2025, 1, 10),
        archived: false,
        line: 4,
      },
    ]);
    expect(problems).toEqual([
      { line: 3, message: "no company or role: skipped" },
      { line: 4, message: 'Date Applied: "someday" is not a date' },
    ]);
  });

  it("reads salary ranges written as text and drops our own formula apostrophe", () => {
    const { applications } = readGeneric(
      parseTable("Company,Title,Salary\r\n'=Evil Corp,Clerk,$50k - $60k\r\n"),
      "UTC",
    );
    expect(applications[0]).toMatchObject({
      company: "=Evil Corp",
      salary: { min: 50000, max: 60000, currency: "USD" },
    });
  });
});
