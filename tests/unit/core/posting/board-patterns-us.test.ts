// Patterns of ZipRecruiter, USAJOBS and the other US boards seen on real pages (tests/fixtures/real-pages/,
// dev split), each checked on a small page WRITTEN here (not recorded): the markup copies the nesting and
// attributes of the real page, cut down to the parts that matter.
import { describe, expect, it } from "vitest";
import { splitRemote } from "../../../../src/core/posting/boards/common";
import { extractPosting } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

const read = (html: string, url: string) => extractPosting(parseHtml(html, url), url);
const doc = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("ZipRecruiter", () => {
  // As on ziprecruiter-serp-pane-anchorage (dev): utility classes only; the list's cards come first.
  const pane = (place: string) => `
    <article id="job-card-x"><h2>Other Job</h2><a data-testid="job-card-company" href="/co/Other">Other</a></article>
    <div data-testid="right-pane"><div class="overflow-y-auto" data-testid="job-details-scroll-container">
      <div class="grid gap-y-8"><h2 class="font-bold text-primary">Platform Engineer</h2>
        <a href="/co/Acme-Digital" aria-label="Acme Digital">Acme Digital</a>
        <div class="mb-24"><p class="text-primary">${place}</p></div></div>
      <h2 class="font-bold">Job description</h2><div>Build things.</div></div></div>`;
  const url =
    "https://www.ziprecruiter.com/jobs-search?search=platform&location=Remote+%28USA%29&lk=aB3dE5fG7h";

  it("reads the search pane's job: its first heading, the company link and the line under it", () => {
    const p = read(doc("119 Platform Jobs", pane("Charleston, WV • Remote")), url);
    expect(p.title).toBe("Platform Engineer");
    expect(p.company).toBe("Acme Digital");
    expect(p.locations).toEqual(["Charleston, WV"]);
    expect(p.remote).toBe(true);
  });

  // Written from the kinds of pane listed in issue #11 (not from a page): the profile is linked twice, the
  // first time as "See more jobs at …", and the place line is not the one under the company link.
  const otherPane = `<div data-testid="job-details-scroll-container"><h2>Event Manager</h2>
      <a href="/co/Harbor-Events/Jobs">See more jobs at Harbor Events</a>
      <div><span>$60K - $70K/yr</span></div><div><div><span>Houston, TX • On-site</span></div></div>
      <a href="/co/Harbor-Events">Harbor Events</a><h2>Job description</h2><p>Plan events.</p></div>`;

  it("takes the profile link that is only the employer's name, not its 'See more jobs at' link", () => {
    expect(read(doc("Event Jobs", otherPane), url).company).toBe("Harbor Events");
    const onlyMore = otherPane.replace('<a href="/co/Harbor-Events">Harbor Events</a>', "");
    expect(read(doc("Event Jobs", onlyMore), url).company).toBe("Harbor Events");
  });

  it("finds a place line with its arrangement anywhere in the pane, and splits it", () => {
    const p = read(doc("Event Jobs", otherPane), url);
    expect(p.locations).toEqual(["Houston, TX"]);
    expect(p.remote).toBe(false);
  });
});

describe("USAJOBS", () => {
  // As on usajobs-job-kcvamc and usajobs-job-tvhs (dev): the 2025 announcement layout.
  const announcement = (hiringOrg: string, ldOrg: string) => `
    <main id="main_content"><div id="joa-header">
      <h1 class="text-white usajobs-joa-banner__title">
        Program Analyst
      </h1>
      <div class="uppercase usajobs-joa-banner__dept">Department of Veterans Affairs</div>
      <div class="usajobs-joa-banner__agency">Veterans Health Administration</div>
      <div class="usajobs-joa-banner__hiring-organization">${hiringOrg}</div></div>
    <div class="page-section"><h2>Overview</h2>
      <div class="mt-6 font-bold">Location</div>
      <div class="mt-4">2 vacancies in the following locations:</div>
      <div data-location-search-container><div role="presentation">
        <div class="location-item" data-location-text="murfreesboro, tn"><div class="font-bold">
          <svg><use href="/img/icons/sprite.svg#location_on" /></svg> Murfreesboro, TN </div></div>
        <div class="location-item" data-location-text="nashville, tn"><div class="font-bold">
          <svg><use href="/img/icons/sprite.svg#location_on" /></svg> Nashville, TN </div></div>
        <div data-location-empty class="hidden">No matching locations found.</div></div></div>
      <dl><dt class="font-bold">Remote job</dt><dd>No</dd></dl></div></main>
    <script type="application/ld+json">{"@type":"JobPosting","title":"Program Analyst",
      "hiringOrganization":"${ldOrg}","jobLocation":[{"@type":"Place","address":{"addressLocality":"Nashville"}}]}</script>`;
  const url = "https://www.usajobs.gov/job/848756100";

  it("reads every duty station of the Overview box, not the line that counts them", () => {
    const p = read(
      doc("USAJOBS - Job Announcement", announcement("Veterans Health Administration", "X")),
      url,
    );
    expect(p.locations).toEqual(["Murfreesboro, TN", "Nashville, TN"]);
    expect(p.remote).toBe(false);
  });

  it("takes the banner's hiring organization over the JSON-LD's (at times the contact's office)", () => {
    const page = (org: string) =>
      doc("USAJOBS - Job Announcement", announcement(org, "Tennessee Valley HCS - Nashville"));
    expect(read(page("Veterans Health Administration"), url).company).toBe("Veterans Health Administration");
    expect(read(page("Kansas City VA Medical Center"), url).company).toBe("Kansas City VA Medical Center");
  });
});

describe("shared rules", () => {
  it("a bulleted place line's last item is the work arrangement when it names one", () => {
    expect(splitRemote({ locations: ["Austin, TX • Hybrid"] })).toMatchObject({
      locations: ["Austin, TX"],
      remote: false,
    });
    expect(splitRemote({ locations: ["Boston, MA · On-site"] })).toMatchObject({
      locations: ["Boston, MA"],
      remote: false,
    });
    // A last item that is no arrangement stays part of the place.
    expect(splitRemote({ locations: ["Denver, CO • Downtown"] }).locations).toEqual([
      "Denver, CO • Downtown",
    ]);
  });
});

describe("Monster search page with a job open", () => {
  // As on monster-search-list-sdr (dev, the 2024 list as rendered): each card is an <article> carrying the
  // job's id and naming, in aria-controls, the pane that shows it; the "Remote" flag's text sits after an
  // icon and hundreds of spaces of indentation. The list's first card is another job.
  const indent = " ".repeat(600);
  const card = (id: string, title: string, company: string, place: string, extra = "") => `
    <article data-testid="svx_jobCard" data-job-id="${id}" aria-controls="BigJobCardId">
      <h3><a data-testid="jobTitle" href="//www.monster.com/job-openings/x--${id}?sid=1">${title}</a>
      <span data-testid="company">${company}</span></h3>
      <div><span data-testid="jobDetailLocation">${place}</span>${extra}</div></article>`;
  const open = "2b8c1d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
  const list = `<div id="card-scroll-container">
    ${card("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", "Machine Sales Representative", "Hawthorne", "Kahului, HI")}
    ${card(
      open,
      "Sales Development Representative",
      "BlueVolt",
      "Portland, OR",
      `<span data-testid="jobDetailRemoteFlag">${indent}<div class="ds-icon"><svg viewBox="0 0 24 24"></svg></div>
       ${indent}<span>Remote</span>${indent}</span></div>
       <div data-tagtype-testid="payTag" data-testid="tag"><span>$55,000–$90,000 Per Year</span>`,
    )}</div>`;
  const url = (id: string) => `https://www.monster.com/jobs/search?q=sales&where=&page=1&so=m.h.s&id=${id}`;

  it("with no pane rendered, reads the open job's own card, not the list's first", () => {
    const p = read(doc("Sales Jobs | Monster.com", list), url(open));
    expect(p.title).toBe("Sales Development Representative");
    expect(p.company).toBe("BlueVolt");
    expect(p.locations).toEqual(["Portland, OR"]);
    expect(p.remote).toBe(true);
    expect(p.salary).toEqual({ min: 55000, max: 90000, currency: "USD", period: "year" });
  });

  it("reads the pane the cards name (#BigJobCardId) before any card", () => {
    const pane = `<div id="BigJobCardId"><h2 data-testid="jobTitle">Sales Development Representative II</h2>
      <span data-testid="company">BlueVolt LLC</span><span data-testid="jobDetailLocation">Portland, OR</span></div>`;
    const p = read(doc("Sales Jobs | Monster.com", list + pane), url(open));
    expect(p.title).toBe("Sales Development Representative II");
    expect(p.company).toBe("BlueVolt LLC");
  });

  it("takes nothing from the list when the open job is neither in a pane nor among the cards", () => {
    const p = read(doc("Sales Jobs | Monster.com", list), url("11111111-2222-4333-8444-555555555555"));
    expect(p.title).toBeUndefined();
    expect(p.company).toBeUndefined();
    expect(p.locations).toEqual([]);
  });
});
