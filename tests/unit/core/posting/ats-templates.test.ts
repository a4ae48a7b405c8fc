// Job pages of small ATSs no adapter knows, in the shapes their templates use. Every page here is WRITTEN
// (not recorded), after the kinds of page the real-pages corpus holds: an older template whose job heading is
// an <h2> over a table of labelled fields, a subtitle of facts between bars under the heading, a share title
// that names the employer, and JSON-LD whose Place name is the place as shown.
import { describe, expect, it } from "vitest";
import { extractPosting, isLikelyPostingPage } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

describe("an older ATS template: an <h2> heading over a field table", () => {
  const url = "https://acmebank.example-hrm.com/employment/job-opening.php?req=4410";
  const page = (heading: string, title = "Loan Officer - Careers At Acme Bank and Trust") => `<html><head>
    <title>\n\t\t${title}\t</title></head><body><div class="reqResult">
    ${heading}
    <table class="viewFields">
      <tr><td class="viewFieldName"><b>Department:</b></td><td class="viewFieldValue">Lending</td></tr>
      <tr><td class="viewFieldName"><b>Location:</b></td><td class="viewFieldValue">Peoria, IL, United States<br></td></tr>
    </table>
    <div class="applyDiv"><a class="applyOnline" href="https://apply.example-hrm.com/?req=4410">START YOUR APPLICATION</a></div>
    <div class="jobDesc"><p><strong>The Location: </strong>Peoria, IL; onsite daily.</p>
      <p><strong>Responsibilities</strong></p><ul><li>Originate loans.</li></ul>
      <p><strong>Requirements</strong></p><ul><li>Two years of lending.</li></ul>
      <p><strong>Benefits</strong></p><ul><li>401(k).</li></ul></div>
    </div></body></html>`;

  it("is a posting, titled by the heading the <title> opens with, its employer and place as labelled", () => {
    const doc = parseHtml(page("<h2>Loan Officer</h2>"), url);
    expect(isLikelyPostingPage(doc, url)).toBe(true);
    const p = extractPosting(doc, url);
    expect(p.title).toBe("Loan Officer");
    expect(p.company).toBe("Acme Bank and Trust");
    expect(p.locations).toEqual(["Peoria, IL, United States"]);
    // The description's own place line says how the job is worked.
    expect(p.remote).toBe(false);
  });

  it("is not a posting when no <h2> is the job the <title> names", () => {
    const doc = parseHtml(page("<h2>Current openings</h2>", "Careers At Acme Bank and Trust"), url);
    expect(isLikelyPostingPage(doc, url)).toBe(false);
  });
});

describe("a place line written as a phrase", () => {
  const url = "https://careers.example-bakery.com/jobs/pastry-baker";
  it('reads "The Location:" as the place label', () => {
    const doc = parseHtml(
      `<html><head><title>Pastry Baker</title></head><body><h1>Pastry Baker</h1>
      <p><strong><em>The Location: </em></strong>Norwich, VT</p>
      <h3>Responsibilities</h3><p>Bake.</p><h3>Qualifications</h3><p>Two years.</p><h3>Benefits</h3><p>Bread.</p>
      <a href="/apply">Apply now</a></body></html>`,
      url,
    );
    expect(extractPosting(doc, url).locations).toEqual(["Norwich, VT"]);
  });
});

describe("a subtitle of facts between bars under the heading", () => {
  const url = "https://careers.example-ats.com/careers/acme/jobs/front-end-engineer-x1";
  const page = (subtitle: string) => `<html><head><title>Front-End Engineer job at Acme</title>
    <meta content="Acme is hiring: Front-End Engineer" property="og:title"></head><body>
    <div class="titles"><h1 class="title">Front-End Engineer</h1><h2 class="subtitle">${subtitle}</h2></div>
    <div class="job-description"><div class="heading">Job Description</div><h3>Responsibilities:</h3><ul><li>Own the UI.</li></ul>
    <h3>Requirements:</h3><ul><li>7 years.</li></ul><h3>Nice to Have:</h3><ul><li>Figma.</li></ul></div>
    <a class="btn-apply" href="/apply_flow/go?job_id=x1">Apply for this job</a></body></html>`;

  it("gives the place and the arrangement of its 'Remote in …' fact", () => {
    const doc = parseHtml(page("Engineering | Remote in Joinville, Santa Catarina, Brazil | Full Time"), url);
    const p = extractPosting(doc, url);
    expect(p.locations).toEqual(["Joinville, Santa Catarina, Brazil"]);
    expect(p.remote).toBe(true);
  });

  it("names no place when no fact is an arrangement in a place", () => {
    const p = extractPosting(parseHtml(page("Engineering | Full Time"), url), url);
    expect(p.locations).toEqual([]);
  });

  it("takes the employer from the share title 'Acme is hiring: <job>'", () => {
    const p = extractPosting(parseHtml(page("Engineering | Full Time"), url), url);
    expect(p.company).toBe("Acme");
    expect(p.title).toBe("Front-End Engineer");
  });
});

describe("JSON-LD whose Place name is the place as shown", () => {
  const url = "https://acme.example-ats.com/en/postings/0b1c";
  const page = (name: string) =>
    `<html><head><title>Assistant Engineer - Denver, CO | Acme Careers</title>
    <script type="application/ld+json">${JSON.stringify({
      "@context": "http://schema.org",
      "@type": "JobPosting",
      title: "Assistant Engineer",
      hiringOrganization: { "@type": "Organization", name: "Acme" },
      jobLocation: {
        "@type": "Place",
        name,
        address: {
          "@type": "PostalAddress",
          addressCountry: "US",
          addressLocality: "Denver",
          addressRegion: "Colorado",
        },
      },
    })}</script></head><body></body></html>`;

  it("keeps the name that opens with the address's town", () => {
    expect(extractPosting(parseHtml(page("Denver, CO"), url), url).locations).toEqual(["Denver, CO"]);
  });

  it("keeps the address when the name is an office's", () => {
    expect(extractPosting(parseHtml(page("Ward Road Office"), url), url).locations).toEqual([
      "Denver, Colorado, US",
    ]);
  });
});

describe("a header list of facts under the heading, and a <title> with facts after the employer", () => {
  const url = "https://jobs.example-startups.com/jobs/4410-staff-engineer";
  const page = `<html><head><title>Staff Engineer at Bookly • Victoria • Remote (Work from Home) | Example Startups</title>
    </head><body><main><div class="listing"><h1 class="inline">Staff Engineer</h1>
    <ul class="flex"><li>$150k – $210k</li><li><span>|</span>Remote (<div><a href="/remote">Canada</a></div>)</li>
    <li><span>|</span>Full Time</li></ul></div>
    <div id="job-description"><p>What You’ll Do</p><ul><li>Lead.</li></ul><p>Requirements</p><ul><li>Years.</li></ul>
    <p>The expected salary range for this position is $150,000 - $210,000 CAD.</p></div>
    <button>Apply Now</button></main></body></html>`;

  it("gives the list item's 'Remote (Canada)' as the place, and the employer without the facts", () => {
    const doc = parseHtml(page, url);
    expect(isLikelyPostingPage(doc, url)).toBe(true);
    const p = extractPosting(doc, url);
    expect(p.title).toBe("Staff Engineer");
    expect(p.company).toBe("Bookly");
    expect(p.locations).toEqual(["Remote (Canada)"]);
    expect(p.remote).toBe(true);
  });
});

describe("a career page whose job heading is an <h4> over a list of facts classed as the location", () => {
  const url = "https://acme.example-careers.com/jobs/8be3-0254";
  const page = (facts: string) => `<html><head><title>Platform Engineer | Acme Co LTD</title></head><body>
    <nav><a href="/"><img alt="Company Logo" src="/logo.png"></a></nav><main><div class="single-job-content">
    <div class="single-job-header-row"><h4 class="single-job-title">Platform Engineer</h4></div>
    <div class="job-location"><ul>${facts}</ul></div>
    <a class="btn" href="../jobs/8be3-0254/apply">Apply now</a>
    <h5>Job Description:</h5><h3>Responsibilities</h3><ul><li>Operate.</li></ul>
    <h3>Requirements</h3><ul><li>Kubernetes.</li></ul><h3>Benefits</h3><ul><li>Trip.</li></ul></div></main>
    </body></html>`;

  it("is a posting titled by the <h4>, its employer from the <title>, its place and arrangement from the list", () => {
    const doc = parseHtml(
      page("<li>Bangkok, Thailand</li><li>Engineering</li><li>Full-Time</li><li>On-Site</li>"),
      url,
    );
    expect(isLikelyPostingPage(doc, url)).toBe(true);
    const p = extractPosting(doc, url);
    expect(p.title).toBe("Platform Engineer");
    expect(p.company).toBe("Acme Co LTD");
    expect(p.locations).toEqual(["Bangkok, Thailand"]);
    expect(p.remote).toBe(false);
  });

  it("names no arrangement when no item says one", () => {
    const p = extractPosting(parseHtml(page("<li>Bangkok, Thailand</li><li>Engineering</li>"), url), url);
    expect(p.locations).toEqual(["Bangkok, Thailand"]);
    expect(p.remote).toBeUndefined();
  });
});
