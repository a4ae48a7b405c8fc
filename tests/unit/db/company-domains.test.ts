// Company domains (issue #14.5 and #14.6): what a job page names as the employer's site is stored as
// its registrable domain, and free-mail or shared hosts never become a company's domain, so a page
// cannot widen the webmail reader's privacy gate. Written cases: the user-visible ends are the
// reader's prefilter (what may leave the mail page) and the matcher's reasons.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webmailContext } from "../../../src/background/email/context";
import { looksJobRelated } from "../../../src/content/webmail/prefilter";
import { matchEmail } from "../../../src/core/email";
import { extractPosting } from "../../../src/core/posting/index";
import type { Application, JobPosting } from "../../../src/core/types";
import { createApplication, saveJob, setSetting, updateApplication } from "../../../src/db";
import { type DebriefDB, openDb } from "../../../src/db/schema";
import { parseHtml } from "../core/posting/parse";

let db: DebriefDB;
let n = 0;
beforeEach(async () => {
  db = openDb(`company-domains-${n++}`);
  await setSetting(db, "webmailProviders", ["gmail"]);
});
afterEach(async () => {
  await db.delete();
});

const posting = (companyDomain: string, company = "Acme Widgets"): JobPosting => ({
  board: "greenhouse",
  postingId: `p-${companyDomain}`,
  title: "Buyer",
  company,
  companyDomain,
  locations: [],
  sources: {},
});

/** A personal note from a friend: nothing job-like, so only a tracked domain could let it out. */
const lunch = (fromAddress: string) => ({
  fromName: "Sam",
  fromAddress,
  subject: "Lunch on Tuesday?",
  body: "Are you free for lunch on Tuesday? The new place on Mill Street.",
});

describe("a job page's company site is stored as its registrable domain (#14.5)", () => {
  it.each([
    ["careers.acme-widgets.co.uk", "acme-widgets.co.uk"],
    ["www.careers.acme-widgets.co.uk", "acme-widgets.co.uk"],
    ["jobs.acme.com.au", "acme.com.au"],
    ["ACME.com.", "acme.com"],
    ["acme.github.io", "acme.github.io"], // a private suffix: the tenant is the company
  ])("%s → %s", async (site, stored) => {
    const { application } = await saveJob(db, posting(site), "https://boards.greenhouse.io/acme/jobs/1");
    expect(application.companyDomains).toEqual([stored]);
  });

  it("lets mail from @acme-widgets.co.uk through the reader's gate and counts it for the match", async () => {
    const { application } = await saveJob(
      db,
      posting("careers.acme-widgets.co.uk"),
      "https://boards.greenhouse.io/acme/jobs/1",
    );
    const context = await webmailContext(db, "gmail");
    expect(context.domains).toEqual(["acme-widgets.co.uk"]);
    expect(looksJobRelated(lunch("priya@acme-widgets.co.uk"), context)).toBe(true);
    const match = matchEmail(
      { from: "Priya <priya@acme-widgets.co.uk>", subject: "Lunch on Tuesday?", body: "Are you free?" },
      [application],
      Date.now(),
    );
    expect(match.reasons).toContain("sent from acme-widgets.co.uk, Acme Widgets's domain");
  });

  it("reduces domains written by hand or by an update too", async () => {
    const app = await createApplication(db, {
      company: "Globex",
      title: "Analyst",
      companyDomains: ["https://careers.globex.co.uk/jobs", "globex.co.uk", "mail.globex.com"],
    });
    expect(app.companyDomains).toEqual(["globex.co.uk", "globex.com"]);
    await updateApplication(db, app.id, { companyDomains: ["eu.initech.de", "gmail.com"] });
    expect((await db.applications.get(app.id))?.companyDomains).toEqual(["initech.de"]);
  });

  it("reads rows stored before the fix as their registrable domain", async () => {
    const now = Date.now();
    const old: Application = {
      id: "old-1",
      company: "Acme Widgets",
      title: "Buyer",
      companyDomains: ["careers.acme-widgets.co.uk", "gmail.com"],
      status: "applied",
      source: "jobboard",
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      archived: 0,
    };
    await db.applications.add(old);
    expect((await webmailContext(db, "gmail")).domains).toEqual(["acme-widgets.co.uk"]);
    const match = matchEmail({ from: "priya@acme-widgets.co.uk", subject: "Hello", body: "Hi" }, [old], now);
    expect(match.reasons).toContain("sent from acme-widgets.co.uk, Acme Widgets's domain");
  });
});

describe("free-mail and shared hosts never become a company's domain (#14.6)", () => {
  const shared = [
    "gmail.com",
    "mail.google.com",
    "outlook.com",
    "hotmail.fr",
    "yahoo.co.uk",
    "uk.yahoo.com",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "boards.greenhouse.io",
    "acme.myworkdayjobs.com",
    "jobs.lever.co",
    "linkedin.com",
    "indeed.com",
    "github.io",
    "herokuapp.com",
    "acme.wordpress.com",
    "sites.google.com",
    "localhost",
    "192.168.1.10",
  ];
  it.each(shared)("%s is not stored", async (site) => {
    const { application } = await saveJob(db, posting(site), "https://boards.greenhouse.io/acme/jobs/1");
    expect(application.companyDomains).toEqual([]);
  });

  it("a page naming gmail.com as the company site does not let every gmail.com sender's mail out", async () => {
    await saveJob(db, posting("gmail.com"), "https://boards.greenhouse.io/acme/jobs/1");
    await saveJob(db, posting("outlook.com", "Initech"), "https://boards.greenhouse.io/initech/jobs/2");
    const context = await webmailContext(db, "gmail");
    expect(context.domains).toEqual([]);
    expect(looksJobRelated(lunch("sam.friend@gmail.com"), context)).toBe(false);
    expect(looksJobRelated(lunch("sam.friend@outlook.com"), context)).toBe(false);
  });

  it("JSON-LD's free-mail link is passed over for the employer's own site", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Buyer",
      hiringOrganization: {
        "@type": "Organization",
        name: "Acme Widgets",
        url: "https://gmail.com",
        sameAs: ["https://outlook.live.com", "https://www.acme-widgets.co.uk/about"],
      },
    });
    const html = `<!DOCTYPE html><html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`;
    const url = "https://jobs.example-board.test/1";
    expect(extractPosting(parseHtml(html, url), url).companyDomain).toBe("acme-widgets.co.uk");
  });
});
