// ATS failure patterns seen on real pages, each checked on a small page WRITTEN here (not recorded): the
// markup copies the class names and nesting of the real Jobvite and iCIMS pages in
// tests/fixtures/real-pages/ (dev split, sarthakjain004/headstart; the Workday case: the JSON-LD shape of
// workday-job-dell-first-served, adarsh3601/web_scraping_and_crawling), cut down to the parts that matter.
import { describe, expect, it } from "vitest";
import { arrangementTag, tidyPlace } from "../../../../src/core/posting/boards/common";
import { headerFields } from "../../../../src/core/posting/boards/icims";
import { extractPosting } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

const read = (html: string, url: string) => extractPosting(parseHtml(html, url), url);
const doc = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

// Jobvite's job page body, as on jobvite-job-nutanix (dev).
const jobvite = (meta: string) =>
  doc(
    "Acme Careers - Platform Engineer",
    `<article class="jv-page-body"><div class="jv-wrapper">
      <h2 class="jv-header">
                Platform Engineer

    </h2>
      <p class="jv-job-detail-meta">${meta}</p>
      <div class="jv-job-detail-description"><p>Build it.</p></div></div></article>`,
  );
const SEP = "<span class='jv-inline-separator'></span>";
const jobviteUrl = "https://jobs.jobvite.com/acme/job/o30zAfwW";

describe("Jobvite job page", () => {
  it("takes the place, not the requisition number some tenants put after it", () => {
    const p = read(jobvite(`\n Sales\n ${SEP}\n Paris,\n France\n ${SEP}Req.Num.: 32210\n`), jobviteUrl);
    expect([p.title, p.company, p.locations]).toEqual(["Platform Engineer", "Acme", ["Paris, France"]]);
  });

  it("drops a tenant's stray space and comma around the place, and an empty last segment", () => {
    const p = read(jobvite(`Engineering ${SEP} Bangalore ,\n Karnataka,\n ${SEP}\n `), jobviteUrl);
    expect(p.locations).toEqual(["Bangalore, Karnataka"]);
  });

  it("reads the place from a 'Job Snapshot' list when the template has no meta line (agscareer)", () => {
    const page = doc(
      "Acme Careers - Account Executive- Slots",
      `<section id="jobDescHead"><h2 class="jv-header">
                Account Executive- Slots
        <br>
        <h3>
            Canada
</h3>
        <br>
    </h2></section>
      <div id="snapshot"><h2>Job Snapshot</h2><ul class="snapshot-list fa-ul">
        <li class="snapshot-item location"><span class="fa-li"><i class="fas fa-map-marker-alt"></i></span>
          <p>Location:</p>
          <p>
            Canada
</p></li>
        <li class="snapshot-item job-type"><p>Job Type:</p><p>Sales</p></li></ul></div>
      <div class="jv-job-detail-description"><p>Sell it.</p></div>`,
    );
    const p = read(page, jobviteUrl);
    // The <h3> closes the heading as the page is parsed, so the place stays out of the title.
    expect([p.title, p.locations]).toEqual(["Account Executive- Slots", ["Canada"]]);
  });

  it("reads a meta line without category or number as the place", () => {
    expect(read(jobvite("Austin, Texas"), jobviteUrl).locations).toEqual(["Austin, Texas"]);
  });
});

// The iCIMS job header (in_iframe page), as on icims-job-iframe-ovg (dev).
const field = (label: string, value: string) => `<div class="iCIMS_JobHeaderTag">
  <dt class="iCIMS_JobHeaderField"><span class="sr-only field-label">${label}</span></dt>
  <dd class="iCIMS_JobHeaderData"><span >\n${value}</span>\n</dd></div>`;
const icims = (title: string, fields: string) =>
  doc(
    title,
    `<div class="iCIMS_MainWrapper iCIMS_JobPage"><div class="iCIMS_JobContent">
      <div class="col-xs-12 title"><h1 class="iCIMS_Header">\nOperations Staff</h1></div>
      <div class="col-xs-6 header left"><span class="sr-only field-label">Location</span><span >\nUS-RI-Kingston</span></div>
      <dl class="iCIMS_JobHeaderGroup">${fields}</dl>
      <div class="iCIMS_InfoMsg iCIMS_InfoMsg_Job"><p>Set up events.</p></div></div></div>`,
  );
const icimsUrl = "https://teamwork-ovg.icims.com/jobs/28983/operations-staff/job?in_iframe=1";

describe("iCIMS job page", () => {
  it("takes the employer from the header's company field, not the venue the <title> names", () => {
    const page = icims(
      "Operations Staff in Kingston, Rhode Island | Careers at Ryan Center (U of Rhode Island)",
      field("Location Name", "Ryan Center (U of Rhode Island)") +
        field("Job Post Information* : External Company Name", "Oak View Group"),
    );
    const p = read(page, icimsUrl);
    expect([p.title, p.company, p.locations]).toEqual([
      "Operations Staff",
      "Oak View Group",
      ["US-RI-Kingston"],
    ]);
  });

  it("falls back to the <title>'s 'Careers at …' when no header field names the employer", () => {
    const p = read(
      icims("Operations Staff | Careers at Ridgeway Foods", field("Category", "Operations")),
      icimsUrl,
    );
    expect(p.company).toBe("Ridgeway Foods");
  });

  it("keys header fields by their own label, the tenant's group dropped", () => {
    const fields = headerFields(
      parseHtml(
        icims("x", field("Location : Postal Code", "02881") + field("Job ID", "2026-28983")),
        icimsUrl,
      ),
    );
    expect(Object.fromEntries(fields)).toEqual({ "postal code": "02881", "job id": "2026-28983" });
  });
});

describe("tidyPlace", () => {
  it("removes stray separators only", () => {
    expect(
      ["Bangalore , Karnataka,", " - Paris, France ;", "Spokane,WA", "US-RI-Kingston"].map(tidyPlace),
    ).toEqual(["Bangalore, Karnataka", "Paris, France", "Spokane, WA", "US-RI-Kingston"]);
  });
});

// A Workday job page as first served: the job only in JSON-LD, the body an empty #root (as on
// workday-job-dell-first-served, dev).
const workdayFirstServed = (country: string, tail: string) =>
  doc(
    "",
    `<script type="application/ld+json">${JSON.stringify({
      "@context": "http://schema.org",
      "@type": "JobPosting",
      title: "Payroll Analyst",
      hiringOrganization: { "@type": "Organization", name: "ACME USA L.P. (1001)" },
      jobLocation: {
        "@type": "Place",
        address: {
          "@type": "PostalAddress",
          addressCountry: country,
          addressLocality: "Austin, Texas, United States",
        },
      },
      jobLocationType: "TELECOMMUTE",
      description: `Run payroll for our Austin office. ${tail}`,
    })}</script><div id="root"></div>`,
  );
const workdayUrl = "https://acme.wd1.myworkdayjobs.com/en-US/External/job/Austin-Texas/Payroll-Analyst_R1234";

describe("Workday job page as first served", () => {
  it("does not repeat the country when the locality already ends with its short name", () => {
    const p = read(workdayFirstServed("United States of America", ""), workdayUrl);
    expect([p.title, p.company, p.locations]).toEqual([
      "Payroll Analyst",
      "ACME",
      ["Austin, Texas, United States"],
    ]);
  });

  it("keeps a country the locality does not name", () => {
    expect(read(workdayFirstServed("Canada", ""), workdayUrl).locations).toEqual([
      "Austin, Texas, United States, Canada",
    ]);
  });

  it("takes a recruiter's #LI-Hybrid tag over the TELECOMMUTE Workday writes on every job", () => {
    expect(read(workdayFirstServed("United States of America", "#LI-Hybrid"), workdayUrl).remote).toBe(false);
    expect(read(workdayFirstServed("United States of America", "#LI-Remote"), workdayUrl).remote).toBe(true);
  });
});

describe("arrangementTag", () => {
  it("reads LinkedIn's work-arrangement tags, and nothing from tags that disagree or none", () => {
    expect(
      [
        "#LI-Hybrid",
        "x #LI-Onsite #LI-DNI",
        "#LI-On-site",
        "#li-remote",
        "#LI-Remote #LI-Hybrid",
        "hybrid",
      ].map(arrangementTag),
    ).toEqual([false, false, false, true, undefined, undefined]);
  });
});
