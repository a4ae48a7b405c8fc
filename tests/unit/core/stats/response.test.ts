import { describe, expect, it } from "vitest";
import { companyKey, responseStats } from "../../../../src/core/stats";
import { app, ev, t } from "./build";

const NOW = t("2025-06-01T00:00:00Z");
const applied = (id: string, at = "2025-01-01T00:00:00Z") => ev(id, at, { kind: "applied" });

describe("responseStats", () => {
  it("counts a company once however many times the user applied there", () => {
    const applications = [
      app("a1", { company: "Acme Inc.", board: "linkedin" }),
      app("a2", { company: "ACME", board: "linkedin" }),
      app("a3", { company: "acme, inc", board: "linkedin" }),
      app("b1", { company: "Globex", board: "linkedin" }),
    ];
    const events = [
      applied("a1", "2025-01-01T00:00:00Z"),
      applied("a2", "2025-01-03T00:00:00Z"),
      applied("a3", "2025-01-05T00:00:00Z"),
      applied("b1"),
      // Acme answers the third application on 11 Jan: 10 days after the first one to them.
      ev("a3", "2025-01-11T00:00:00Z", { kind: "email", emailId: "m", category: "rejected" }),
    ];
    const { overall, byBoard } = responseStats({ applications, events, interviews: [], now: NOW });
    expect(overall).toMatchObject({ companies: 2, responded: 1, rate: 0.5, medianDaysToFirstResponse: 10 });
    expect(byBoard).toHaveLength(1);
    expect(byBoard[0]).toMatchObject({ key: "linkedin", label: "LinkedIn", companies: 2, responded: 1 });
  });

  it.each([
    ["an interview invitation email", { kind: "email", emailId: "m", category: "interview" } as const, true],
    ["a logged interview", { kind: "interview", interviewId: "i" } as const, true],
    ["a manual status to rejected", { kind: "status", from: "applied", to: "rejected" } as const, true],
    ["an application receipt", { kind: "email", emailId: "m", category: "applied" } as const, false],
    ["a job alert", { kind: "email", emailId: "m", category: "job_alert" } as const, false],
    ["the user's own note", { kind: "note", text: "called them" } as const, false],
  ])("%s counts as a response: %s", (_, payload, responded) => {
    const events = [applied("x"), ev("x", "2025-01-04T00:00:00Z", payload)];
    const { overall } = responseStats({ applications: [app("x")], events, interviews: [], now: NOW });
    expect(overall.responded).toBe(responded ? 1 : 0);
  });

  it("groups by board, each company once per board, and leaves out jobs never applied to", () => {
    const applications = [
      app("l", { company: "Initech", board: "linkedin" }),
      app("g", { company: "Initech", board: "greenhouse" }),
      app("m", { company: "Hooli" }),
      app("s", { company: "Saved Only", board: "linkedin" }),
    ];
    const events = [
      applied("l"),
      applied("g"),
      applied("m"),
      ev("g", "2025-01-03T00:00:00Z", { kind: "email", emailId: "m", category: "interview" }),
      ev("m", "2025-01-02T00:00:00Z", { kind: "contact", text: "recruiter called" }),
    ];
    const { overall, byBoard } = responseStats({ applications, events, interviews: [], now: NOW });
    expect(overall).toMatchObject({ companies: 2, responded: 2, rate: 1, medianDaysToFirstResponse: 1.5 });
    expect(byBoard.map((b) => [b.label, b.companies, b.responded])).toEqual([
      ["Greenhouse", 1, 1],
      ["LinkedIn", 1, 0],
      ["Not from a job board", 1, 1],
    ]);
  });

  it("counts linked emails that have no timeline event", () => {
    const events = [applied("x")];
    const emails = [
      {
        id: "gmail:1",
        provider: "gmail" as const,
        messageId: "1",
        fromName: "",
        fromAddress: "",
        subject: "",
        receivedAt: t("2025-01-03T00:00:00Z"),
        category: "interview" as const,
        confidence: 1,
        evidence: [],
        snippet: "",
        applicationId: "x",
        userCorrected: false,
      },
    ];
    const { overall } = responseStats({ applications: [app("x")], events, interviews: [], emails, now: NOW });
    expect(overall).toMatchObject({ responded: 1, medianDaysToFirstResponse: 2 });
  });

  it("has no rate rather than 0% when nothing was applied to", () => {
    const { overall } = responseStats({ applications: [app("x")], events: [], interviews: [], now: NOW });
    expect(overall).toMatchObject({ companies: 0, rate: null, medianDaysToFirstResponse: null });
  });
});

describe("companyKey", () => {
  it.each([
    ["Acme, Inc.", "name:acme"],
    ["Société Générale", "name:societe generale"],
    ["", "domain:acme.com"],
  ])("%s → %s", (company, key) => {
    expect(companyKey({ id: "x", company, companyDomains: ["acme.com"] })).toBe(key);
  });
});
