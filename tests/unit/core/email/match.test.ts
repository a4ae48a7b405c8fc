import { describe, expect, it } from "vitest";
import { LINK_THRESHOLD, matchEmail, REVIEW_MATCH_THRESHOLD } from "../../../../src/core/email";
import type { Application } from "../../../../src/core/types";

const DAY = 86_400_000;
const now = Date.UTC(2025, 2, 10);

function app(over: Partial<Application> & Pick<Application, "id" | "company" | "title">): Application {
  return {
    companyDomains: [],
    status: "applied",
    source: "manual",
    createdAt: now - 10 * DAY,
    updatedAt: now - 10 * DAY,
    lastActivityAt: now - 10 * DAY,
    archived: 0,
    ...over,
  };
}

const acmeAnalyst = app({
  id: "acme-analyst",
  company: "Acme Corp",
  title: "Data Analyst",
  companyDomains: ["acme.com"],
});
const acmeEngineer = app({
  id: "acme-eng",
  company: "Acme Corp",
  title: "Senior Software Engineer",
  companyDomains: ["acme.com"],
  url: "https://boards.greenhouse.io/acme/jobs/4012345",
  postingId: "4012345",
});
const globex = app({
  id: "globex",
  company: "Globex",
  title: "Store Manager",
  companyDomains: ["globex.co.uk"],
});
const initech = app({
  id: "initech",
  company: "Initech",
  title: "Payroll Officer",
  companyDomains: ["initech.com.au"],
});
const all = [acmeAnalyst, acmeEngineer, globex, initech];

describe("matchEmail", () => {
  it("links by the sender's registrable domain (subdomains included)", () => {
    const r = matchEmail(
      { from: "Pat <pat@careers.globex.co.uk>", subject: "Quick update", body: "Hi Sam" },
      all,
      now,
    );
    expect(r).toMatchObject({ applicationId: "globex", decision: "link" });
    expect(r.reasons.join(" ")).toMatch(/globex\.co\.uk/);
  });

  it("never counts an ATS domain as the company's", () => {
    const withAtsDomain = app({
      id: "x",
      company: "Zeta",
      title: "Nurse",
      companyDomains: ["greenhouse.io"],
    });
    const r = matchEmail(
      { from: "no-reply@greenhouse.io", subject: "Hello", body: "" },
      [withAtsDomain],
      now,
    );
    expect(r.decision).toBe("none");
  });

  it("gives a free-mail sender no company credit", () => {
    const gmailApp = app({ id: "g", company: "Umbrella", title: "Chemist", companyDomains: ["gmail.com"] });
    const r = matchEmail(
      { from: "Recruiter <someone@gmail.com>", subject: "Hi", body: "Hello there" },
      [gmailApp],
      now,
    );
    expect(r.decision).toBe("none");
    expect(r.reasons.join(" ")).toMatch(/personal mail address/);
  });

  it("links an ATS email by the company name in the sender and subject", () => {
    const r = matchEmail(
      {
        from: "Initech Hiring Team <no-reply@us.greenhouse-mail.io>",
        subject: "Thank you for applying to Initech",
        body: "We received your application for Payroll Officer.",
      },
      all,
      now,
    );
    expect(r).toMatchObject({ applicationId: "initech", decision: "link" });
  });

  it("tolerates small spelling differences in the company name", () => {
    const r = matchEmail(
      {
        from: "jobs@mailer.example",
        subject: "Your application to Initech Pty Ltd",
        body: "Payroll Officer",
      },
      all,
      now,
    );
    expect(r.applicationId).toBe("initech");
  });

  it("tells two roles at one company apart by title", () => {
    const r = matchEmail(
      {
        from: "Kim <kim@acme.com>",
        subject: "Interview: Senior Software Engineer",
        body: "We'd like to invite you to interview.",
      },
      all,
      now,
    );
    expect(r).toMatchObject({ applicationId: "acme-eng", decision: "link" });
    const r2 = matchEmail(
      { from: "Kim <kim@acme.com>", subject: "Your Data Analyst application", body: "" },
      all,
      now,
    );
    expect(r2).toMatchObject({ applicationId: "acme-analyst", decision: "link" });
  });

  it("tells two roles at one company apart by posting id in a link", () => {
    const r = matchEmail(
      {
        from: "Acme <no-reply@greenhouse.io>",
        subject: "Update",
        body: "See https://boards.greenhouse.io/acme/jobs/4012345 for details.",
      },
      all,
      now,
    );
    expect(r).toMatchObject({ applicationId: "acme-eng", decision: "link" });
    expect(r.reasons.join(" ")).toMatch(/posting id/);
  });

  it("sends an email that fits two roles equally to review", () => {
    const r = matchEmail(
      { from: "Kim <kim@acme.com>", subject: "Hello from Acme", body: "Thanks for applying." },
      all,
      now,
    );
    expect(r.decision).toBe("review");
    expect(r.score).toBeGreaterThanOrEqual(REVIEW_MATCH_THRESHOLD);
    expect(r.reasons.join(" ")).toMatch(/fits almost as well/);
  });

  it("leaves an email with no clue unlinked", () => {
    const r = matchEmail(
      { from: "news@paper.com", subject: "Morning news", body: "Markets rallied." },
      all,
      now,
    );
    expect(r).toMatchObject({ applicationId: null, decision: "none" });
    expect(r.score).toBeLessThan(REVIEW_MATCH_THRESHOLD);
  });

  it("puts a body-only company mention in the review band", () => {
    const r = matchEmail(
      {
        from: "Pat <pat@recruit-agency.com>",
        subject: "A role",
        body: "I'm recruiting for Globex in Leeds.",
      },
      all,
      now,
    );
    expect(r.decision).toBe("review");
    expect(r.score).toBeLessThan(LINK_THRESHOLD);
  });

  it("links by provider thread before anything else", () => {
    const r = matchEmail({ from: "x@y.com", subject: "Re:", body: "", threadId: "t1" }, all, now, {
      threads: { t1: "initech" },
    });
    expect(r).toMatchObject({ applicationId: "initech", decision: "link", score: 1 });
  });

  it("prefers a recent application over an archived one at the same company", () => {
    const old = app({
      id: "old",
      company: "Hooli",
      title: "Analyst",
      companyDomains: ["hooli.com"],
      archived: 1,
      lastActivityAt: now - 400 * DAY,
    });
    const fresh = app({
      id: "new",
      company: "Hooli",
      title: "Analyst",
      companyDomains: ["hooli.com"],
      lastActivityAt: now - DAY,
    });
    const r = matchEmail({ from: "hr@hooli.com", subject: "Analyst role", body: "" }, [old, fresh], now);
    expect(r.applicationId).toBe("new");
  });

  it("returns none with no applications", () => {
    expect(matchEmail({ from: "a@b.com", subject: "", body: "" }, [], now).decision).toBe("none");
  });
});
