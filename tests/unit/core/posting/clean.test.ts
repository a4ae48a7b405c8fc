// Title and company tidying over the head-title and entity patterns the issue lists (inputs written here
// in the boards' formats; the real pages that show them are in real-pages.test.ts).
import { describe, expect, it } from "vitest";
import { cleanCompany, cleanTitle, employerFromEntity } from "../../../../src/core/posting/clean";

describe("cleanTitle", () => {
  it.each([
    ["Senior Platform Engineer Job in Melbourne VIC - SEEK", {}, "Senior Platform Engineer"],
    [
      "Heidi hiring Senior Software Engineer in Melbourne, Victoria, Australia | LinkedIn",
      {},
      "Senior Software Engineer",
    ],
    ["Data Analyst | Northwind Traders", { company: "Northwind Traders" }, "Data Analyst"],
    ["Data Analyst - Northwind Traders - LinkedIn", { company: "Northwind Traders" }, "Data Analyst"],
    ["Job Application for Welder at Acme", { company: "Acme" }, "Welder"],
    ["Backend Engineer - Application", {}, "Backend Engineer"],
    ["Nurse - Careers", {}, "Nurse"],
    [
      "Sr Services Executive - Dirigeant supérieur des services",
      {},
      "Sr Services Executive - Dirigeant supérieur des services",
    ],
    ["Senior Platform Engineer | Remote | Australia", {}, "Senior Platform Engineer | Remote | Australia"],
  ])("%s → %s", (raw, ctx, want) => {
    expect(cleanTitle(raw, ctx)).toBe(want);
  });

  it.each([
    ["Careers - Acme Corp", {}],
    ["Acme Careers", {}],
    ["Current Openings", {}],
    ["LinkedIn", {}],
    ["Acme", { company: "Acme" }],
    ["Job Search | Acme", { site: "Acme" }],
  ])("names no job: %s", (raw, ctx) => {
    expect(cleanTitle(raw, ctx)).toBe("");
  });
});

describe("cleanCompany", () => {
  it.each([
    ["Acme - Application", "Acme"],
    ["at Acme", "Acme"],
    ["SEEK Australia", ""],
    ["Indeed", ""],
    ["Workday", ""],
    ["PaperCut Software", "PaperCut Software"],
  ])("%s → %s", (raw, want) => {
    expect(cleanCompany(raw)).toBe(want);
  });
});

describe("employerFromEntity", () => {
  it.each([
    ["Canada Workday ULC", "workday", "Workday"],
    ["MED Medtronic Inc", "medtronic", "Medtronic"],
    ["MED Medtronic Inc", "", "Medtronic"],
    ["IN2 COV - COV Engineering Services PL", "", "COV Engineering Services"],
    ["PaperCut Software", "papercut", "PaperCut Software"],
    ["Northwind Traders", "", "Northwind Traders"],
  ])("%s (tenant %s) → %s", (entity, tenant, want) => {
    expect(employerFromEntity(entity, tenant)).toBe(want);
  });
});
