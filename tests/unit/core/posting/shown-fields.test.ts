// Fields as the page shows them, where another source spells them its own way or a page lacks the usual
// signs of a posting. Every page here is WRITTEN (not recorded), in the shapes real pages use: a small
// company's career page that takes applications by e-mail, a Gem-style header whose JSON-LD names only
// the country, an Indeed viewjob page whose header is only in its served data, a schema.org microdata
// place whose address holds the town alone.
import { describe, expect, it } from "vitest";
import { extractPosting, isLikelyPostingPage } from "../../../../src/core/posting/index";
import { shownPlaces } from "../../../../src/core/posting/shown-place";
import { parseHtml } from "./parse";

describe("a career page that takes applications by e-mail", () => {
  const url = "https://www.example-words.com/careers/software-engineer";
  const page = (apply: string) => `<!DOCTYPE html><html><head>
    <title>Careers at Wordly | Fullstack Software Engineer</title></head><body>
    <nav><a href="/">Home</a><a href="/careers">Careers</a></nav>
    <h1>Fullstack Software Engineer</h1>
    <h4>About us</h4><p>We help teams manage their copy.</p>
    <p>As an early member of our engineering team, you'll be responsible for:</p><ul><li>features</li></ul>
    <h4>What you bring:</h4><ul><li>3+ years of experience</li></ul>
    ${apply}
    <div class="career-location"><div>Location</div><div>Remote (US-Based)</div></div>
    <div class="career-location"><div>Compensation</div><div>$140K - $200K</div></div>
    </body></html>`;
  const mail = `<h4>To apply</h4><p>Send an intro and your resume to:</p>
    <p><a href="mailto:careers@example-words.com">careers@example-words.com</a></p>`;

  it("is a posting: its text asks for an e-mailed application and gives the address", () => {
    const doc = parseHtml(page(mail), url);
    expect(isLikelyPostingPage(doc, url)).toBe(true);
    const p = extractPosting(doc, url);
    expect(p.title).toBe("Fullstack Software Engineer");
    expect(p.locations).toEqual(["Remote (US-Based)"]);
    expect(p.remote).toBe(true);
  });

  it("is not a posting when nothing says how to apply, even with an address on the page", () => {
    const contact = `<p>Press: <a href="mailto:press@example-words.com">press@example-words.com</a></p>`;
    expect(isLikelyPostingPage(parseHtml(page(contact), url), url)).toBe(false);
  });
});

describe("the structured data's place, as the page spells it", () => {
  const url = "https://jobs.example-ats.com/acme/4f2a";
  const ld = (location: unknown) =>
    `<script type="application/ld+json">${JSON.stringify({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Backend Engineer",
      hiringOrganization: { "@type": "Organization", name: "Acme Trading" },
      jobLocation: location,
      jobLocationType: "TELECOMMUTE",
      description: "<p>Build services.</p>",
    })}</script>`;
  const page = (location: unknown, header: string) =>
    `<html><head>${ld(location)}</head><body><div class="header"><div>Backend Engineer</div>
     <div class="attrs"><i></i><div><span>${header}</span></div><div>Engineering</div></div></div>
     <footer><select><option>United States</option></select><span>Acme Trading, United States</span></footer>
     </body></html>`;
  const country = { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "USA" } };

  it("takes the header's line that names the country JSON-LD gives as a code", () => {
    const p = extractPosting(parseHtml(page([country], "Remote - United States"), url), url);
    expect(p.locations).toEqual(["Remote - United States"]);
    expect(p.remote).toBe(true);
  });

  it("keeps the structured place when no shown line names it, or the page shows it as given", () => {
    expect(extractPosting(parseHtml(page([country], "Anywhere"), url), url).locations).toEqual(["USA"]);
    const city = { "@type": "Place", address: { addressLocality: "Austin", addressRegion: "TX" } };
    expect(extractPosting(parseHtml(page([city], "Austin, TX"), url), url).locations).toEqual(["Austin, TX"]);
  });

  it("needs the town and one more part of the address: a bare town in a link is not the place", () => {
    const doc = parseHtml(
      `<html><body><a href="/jobs/austin">Jobs in Austin</a><p>Austin, Texas</p></body></html>`,
      url,
    );
    expect(shownPlaces(doc, ["Austin, TX, US"])).toEqual(["Austin, TX, US"]);
    expect(shownPlaces(doc, ["Austin, Texas, US"])).toEqual(["Austin, Texas"]);
  });
});

describe("Indeed viewjob page with its header only in the served data", () => {
  it("reads title, employer, place and arrangement from window._initialData", () => {
    const url = "https://uk.indeed.com/viewjob?jk=14ffe2be7ba7b921";
    const data = {
      jobInfoWrapperModel: {
        jobInfoModel: {
          jobInfoHeaderModel: {
            jobTitle: "Full Stack Developer",
            companyName: "Example Ltd",
            formattedLocation: "Remote",
            remoteWorkModel: { text: "Remote", type: "REMOTE_ALWAYS" },
          },
        },
      },
    };
    const html = `<html><head><script>window._initialData=${JSON.stringify(data)};</script></head><body></body></html>`;
    const p = extractPosting(parseHtml(html, url), url);
    expect([p.title, p.company, p.locations, p.remote]).toEqual([
      "Full Stack Developer",
      "Example Ltd",
      ["Remote"],
      true,
    ]);
  });
});

describe("schema.org microdata place", () => {
  it("reads the place's whole line when the address holds only the town", () => {
    const url = "https://www.example-board.co.uk/jobs/software-developer/52507327";
    const html = `<html><body><article itemscope itemtype="https://schema.org/JobPosting">
      <h1>Software Developer</h1><meta itemprop="title" content="Software Developer">
      <span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">Posted by
        <span itemprop="name">Pilot Recruitment</span></span>
      <div class="location"><span><a href="/jobs/jobs-in-manchester" itemprop="jobLocation" itemscope
        itemtype="http://schema.org/Place"><span itemprop="address" itemscope
        itemtype="http://schema.org/PostalAddress"><meta itemprop="addressRegion" content="Lancashire">
        <span itemprop="addressLocality">Manchester</span></span></a>, <span>Lancashire</span></span></div>
      <div itemprop="description"><p>Build things.</p></div></article></body></html>`;
    expect(extractPosting(parseHtml(html, url), url).locations).toEqual(["Manchester, Lancashire"]);
  });
});

describe("the job's heading over the site's <title>", () => {
  const url = "https://jobs.example-careers.com/job/registered-nurse-12345";
  const page = (head: string, h1: string, summary = "") => `<html><head><title>${head}</title>
    <meta property="og:title" content="${head}"></head><body><main><h1>${h1}</h1>${summary}
    <h2>Job description</h2><p>Care for patients.</p><h2>Requirements</h2><p>RN licence.</p>
    <h2>Benefits</h2><p>Health cover.</p><a class="btn" href="/apply/12345">Apply now</a></main></body></html>`;

  it("takes the heading the <title> wraps in the site's wording", () => {
    const head = "Registered Nurse Job in Warwick 02886, Rhode Island US";
    expect(extractPosting(parseHtml(page(head, "Registered Nurse"), url), url).title).toBe(
      "Registered Nurse",
    );
  });

  it("takes the heading when the <title> names a shorter job", () => {
    const p = extractPosting(parseHtml(page("C# Developer", "Senior C# Developer (m/w/d)"), url), url);
    expect(p.title).toBe("Senior C# Developer (m/w/d)");
  });

  it("keeps the <title> when the heading names the page or the employer, not the job", () => {
    const p = extractPosting(parseHtml(page("Job Details: Registered Nurse", "Job Details"), url), url);
    expect(p.title).toBe("Registered Nurse");
    const logo = page("Registered Nurse at Harbor Health", "Harbor Health").replace(
      "<h2>Job description",
      "<p>Company: Harbor Health</p><h2>Job description",
    );
    expect(extractPosting(parseHtml(logo, url), url).title).toBe("Registered Nurse");
  });
});

describe("the employer in a job summary's labelled line", () => {
  const url = "https://jobs.example-careers.com/job/registered-nurse-12345";
  const page = (summary: string) => `<html><head><title>Registered Nurse</title></head><body>
    <nav><h3>Company</h3><ul><li><a href="/about">About</a></li><li><a href="/legal">Legal</a></li></ul></nav>
    <main><h1>Registered Nurse</h1>${summary}<h2>Job description</h2><p>Care for patients.</p>
    <h2>Requirements</h2><p>RN licence.</p><h2>Benefits</h2><p>Health cover.</p>
    <a class="btn" href="/apply/12345">Apply now</a></main></body></html>`;

  it("reads a summary table's Company row and a one-line 'Employer:' pair", () => {
    const table = `<table><tr><td>Company:</td><td>Harbor Health Group</td></tr><tr><td>Location:</td>
      <td>Warwick, RI 02886</td></tr></table>`;
    const p = extractPosting(parseHtml(page(table), url), url);
    expect([p.company, p.locations]).toEqual(["Harbor Health Group", ["Warwick, RI 02886"]]);
    expect(extractPosting(parseHtml(page("<p>Employer: Stadt Zürich</p>"), url), url).company).toBe(
      "Stadt Zürich",
    );
  });

  it("does not take a menu's 'Company' heading over a list of links", () => {
    const menu = `<div><h3>Company</h3><ul><li><a href="/a">About</a></li><li><a href="/c">Careers</a></li></ul></div>`;
    expect(extractPosting(parseHtml(page(menu), url), url).company).toBeUndefined();
  });
});
