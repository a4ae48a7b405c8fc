// Title and company tidying over the head-title and entity patterns the issue lists (inputs written here
// in the boards' formats; the real pages that show them are in real-pages.test.ts).
import { describe, expect, it } from "vitest";
import {
  cleanCompany,
  cleanTitle,
  companyFromPageTitle,
  employerFromEntity,
  employerFromSlug,
} from "../../../../src/core/posting/clean";

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
    // Workable's application view: " - Application" after the company.
    [
      "System Administrator - Northwind AG - Application",
      { company: "Northwind AG" },
      "System Administrator",
    ],
    // Lever's head title puts the company first; Ashby's uses "@".
    ["Sonar - Major Incident Manager", { company: "Sonar" }, "Major Incident Manager"],
    ["AI Partnerships Manager @ Ramp", { company: "Ramp" }, "AI Partnerships Manager"],
    // Personio: "| Jobs bei <employer>"; Teamtailor: " - <employer>".
    ["DevOps Intern | Jobs bei Supertext", {}, "DevOps Intern"],
    ["Nurse | Careers at Acme Health", {}, "Nurse"],
    // Taleo's detail page: a generic label before the job.
    ["Job Description - Software Engineer (2400123)", {}, "Software Engineer"],
    ["Engineer (m/f/d)", {}, "Engineer (m/f/d)"],
    ["Nurse (2 positions)", {}, "Nurse (2 positions)"],
    // A company word inside the job title is not a prefix to cut.
    ["Sonar Engineer", { company: "Sonar" }, "Sonar Engineer"],
    // Older ATSs and company career sites: the site's furniture around the job.
    ["Job Description - Senior Analyst (1234567)", {}, "Senior Analyst"],
    ["Job Details: Night Nurse", {}, "Night Nurse"],
    ["Acme Careers - Senior Analyst", {}, "Senior Analyst"],
    ["Senior Analyst | Careers | Acme", {}, "Senior Analyst"],
    ["Senior Analyst - Job Openings - Acme", {}, "Senior Analyst"],
    ["(3) Platform Engineer | Globex | LinkedIn", { company: "Globex" }, "Platform Engineer"],
    ["Acme hiring Data Engineer Job in Denver, CO | Glassdoor", {}, "Data Engineer"],
    ["PHP Developer – PHP, JavaScript, JSON", {}, "PHP Developer – PHP, JavaScript, JSON"],
    ["Home Health Aide - Nights", {}, "Home Health Aide - Nights"],
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
    // Older ATSs' site titles (iCIMS, BrassRing, Taleo): no job in them.
    ["Job Details", {}],
    ["Job Description", {}],
    ["Search Results | Acme", {}],
    ["Application | RUAG", {}],
    ["Job Opportunities - City of Springfield", {}],
    ["Employment Opportunities | Acme", {}],
    ["Join Our Team - Acme", {}],
    ["Work With Us | Acme", {}],
    ["Job Details | Acme Careers", {}],
    ["Career Center | Acme", {}],
    ["Careers Home", {}],
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
    ["Thales UK Limited", "thales", "Thales"],
    // Dell's Workday JSON-LD: the entity, its legal form and a bracketed company code.
    ["DELL USA L.P. (1001)", "dell", "DELL"],
    ["DELL USA L.P. (1001)", "", "DELL USA"],
  ])("%s (tenant %s) → %s", (entity, tenant, want) => {
    expect(employerFromEntity(entity, tenant)).toBe(want);
  });
});

describe("companyFromPageTitle", () => {
  it.each([
    ["Senior Legal Counsel - Oneflow", "Senior Legal Counsel", "Oneflow"],
    ["DevOps Intern | Jobs bei Supertext", "DevOps Intern", "Supertext"],
    ["Technical Lead (80-100%) | Jobs bei enovetic ag", "Technical Lead (80-100%)", "enovetic ag"],
    ["AI Partnerships Manager @ Ramp", "AI Partnerships Manager", "Ramp"],
    ["Sonar - Major Incident Manager", "Major Incident Manager", "Sonar"],
    ["System Administrator - Northwind AG - Application", "System Administrator", "Northwind AG"],
  ])("%s (heading %s) → %s", (title, heading, want) => {
    expect(companyFromPageTitle(title, heading)).toBe(want);
  });

  it.each([
    ["Senior Legal Counsel", "Senior Legal Counsel", []],
    ["Engineer - LinkedIn", "Engineer", []],
    ["Engineer - Careers", "Engineer", []],
    ["Engineer - Melbourne VIC", "Engineer", ["Melbourne VIC"]],
    ["Something else entirely", "Engineer", []],
    ["Engineer - Acme | Jobs | More", "Engineer", []],
  ])("names no employer: %s", (title, heading, places) => {
    expect(companyFromPageTitle(title, heading, places)).toBe("");
  });
});

describe("employerFromSlug", () => {
  it.each([
    ["nvidia", ["", "NVIDIA is tapping into the unlimited potential of AI"], "NVIDIA"],
    ["ramp", ["AI Partnerships Manager @ Ramp"], "Ramp"],
    ["crypto-finance", ["Senior QA Engineer - Crypto Finance AG - Application"], "Crypto Finance"],
    ["thales", ["At Thales we provide CAREERS"], "Thales"],
  ])("%s → %s", (slug, texts, want) => {
    expect(employerFromSlug(slug, texts)).toBe(want);
  });

  it.each([
    ["wf", ["Wells Fargo jobs"]],
    ["osv_cci", ["Careers at CCI"]],
    ["ramp", ["Rampart Security"]],
    ["lever", ["Jobs powered by Lever"]],
  ])("%s is not spelled out on the page: nothing", (slug, texts) => {
    expect(employerFromSlug(slug, texts)).toBe("");
  });
});
