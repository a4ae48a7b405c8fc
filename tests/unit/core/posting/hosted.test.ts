// ATS career sites on the employer's own domain, recognised by their markup. The pages here are WRITTEN
// (not recorded): they copy the cover block of the real Teamtailor page teamtailor-application-oneflow
// (tests/fixtures/real-pages/, dev split), cut down to the parts that matter.
import { describe, expect, it } from "vitest";
import { teamtailorCoverLine } from "../../../../src/core/posting/hosted";
import { extractPosting, isLikelyPostingPage } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

const URL_ = "https://career.example-co.com/jobs/1234567-backend-engineer";
const POSTING_TEXT = `<p>About the role. Responsibilities. Requirements. Benefits.</p>
  <a href="/jobs/1234567-backend-engineer/applications/new">Apply for this job</a>`;
// The application form: no posting text, only fields and a send button.
const FORM = `<form><label>First name <input name="candidate[first_name]"></label>
  <button type="submit">Send application</button></form>`;
const read = (html: string, url = URL_) => extractPosting(parseHtml(html, url), url);

const page = (line: string, asset = true, body = POSTING_TEXT) => `<!DOCTYPE html><html><head>
  <title>Backend Engineer - Example Co</title>
  ${asset ? '<meta property="og:image" content="https://screenshots.teamtailor-cdn.com/abc-facebook.png">' : ""}
  </head><body>
  <section class="block-cover w-full bg-cover">
    <div class="relative flex flex-col"><div class="relative w-full pb-[130px]">
      <div class="w-full mb-8 text-sm font-bold tracking-widest text-center uppercase">${line}</div>
      <h1 class="font-company-header hyphens-auto text-4xl">Backend Engineer</h1>
      <h2 class="block mt-2">Build the thing. Apply now!</h2>
    </div></div>
  </section>
  <main>${body}</main>
  </body></html>`;
const sep = '<span class="mx-[2px]">·</span>';

describe("Teamtailor career sites on the employer's domain", () => {
  it("reads the place from the cover line, not the department before it", () => {
    const p = read(page(`<span>Engineering</span>${sep}<span>Stockholm (HQ)</span>`));
    expect(p.title).toBe("Backend Engineer");
    expect(p.company).toBe("Example Co");
    expect(p.locations).toEqual(["Stockholm (HQ)"]);
    expect(p.remote).toBeUndefined();
  });

  it("reads the remote status as the arrangement, not as a place", () => {
    const hybrid = read(
      page(`<span>Engineering</span>${sep}<span>Malmö</span>${sep}<span>Hybrid remote</span>`),
    );
    expect(hybrid.locations).toEqual(["Malmö"]);
    expect(hybrid.remote).toBe(false);
    const remote = read(
      page(`<span>Engineering</span>${sep}<span>Berlin</span>${sep}<span>Fully remote</span>`),
    );
    expect(remote.locations).toEqual(["Berlin"]);
    expect(remote.remote).toBe(true);
  });

  it("takes a lone part as the place (no department set)", () => {
    expect(read(page("<span>Gothenburg</span>")).locations).toEqual(["Gothenburg"]);
  });

  it("reads nothing from the same markup when no Teamtailor asset marks the page", () => {
    expect(read(page(`<span>Engineering</span>${sep}<span>Stockholm (HQ)</span>`, false)).locations).toEqual(
      [],
    );
  });

  it("reads nothing at a Teamtailor URL that is no job (a department page with the same cover)", () => {
    const url = "https://career.example-co.com/departments/engineering";
    expect(read(page(`<span>Engineering</span>${sep}<span>Stockholm (HQ)</span>`), url).locations).toEqual(
      [],
    );
  });

  it("offers the job on its application form, which has no posting text", () => {
    const form = page(`<span>Engineering</span>${sep}<span>Stockholm (HQ)</span>`, true, FORM);
    const url = `${URL_}/applications/new`;
    expect(isLikelyPostingPage(parseHtml(form, url), url)).toBe(true);
    expect(read(form, url).locations).toEqual(["Stockholm (HQ)"]);
    // The same form on a site Teamtailor does not serve is not taken for a posting.
    const plain = page(`<span>Engineering</span>${sep}<span>Stockholm (HQ)</span>`, false, FORM);
    expect(isLikelyPostingPage(parseHtml(plain, url), url)).toBe(false);
  });

  it("splits the cover line on its separators", () => {
    const doc = parseHtml(page(`<span>Sales</span>${sep}<span>Oslo</span>`), URL_);
    expect(teamtailorCoverLine(doc)).toEqual(["Sales", "Oslo"]);
  });

  it("knows a Teamtailor capture without the CDN's assets by its careersite controllers or its footer link", () => {
    const url = `${URL_}/applications/new`;
    const line = `<span>Engineering</span>${sep}<span>Stockholm (HQ)</span>`;
    const controllers = page(
      line,
      false,
      FORM.replace("<form>", '<form data-controller="careersite--form">'),
    );
    expect(isLikelyPostingPage(parseHtml(controllers, url), url)).toBe(true);
    expect(read(controllers, url).locations).toEqual(["Stockholm (HQ)"]);
    const footer = page(
      line,
      false,
      `${FORM}<a href="https://www.teamtailor.com/?utm_campaign=poweredby&utm_content=career.example-co.com">Powered by Teamtailor</a>`,
    );
    expect(isLikelyPostingPage(parseHtml(footer, url), url)).toBe(true);
  });
});

// Personio: a WRITTEN form page (not recorded) at Personio's real URL shapes; the URL alone says it is one job.
describe("Personio job pages", () => {
  const form = `<!DOCTYPE html><html><head><title>Backend Engineer (m/w/d) | Jobs bei Example AG</title></head>
    <body><main><h1>Backend Engineer (m/w/d)</h1><p>Standort: Zürich</p>${FORM}</main></body></html>`;

  it("offers a job and its application form on *.jobs.personio.de / .com, and reads its labelled place", () => {
    for (const url of [
      "https://example-ag.jobs.personio.de/job/2612473?language=de",
      "https://example-ag.jobs.personio.com/job/2612473/apply?language=de",
    ]) {
      expect(isLikelyPostingPage(parseHtml(form, url), url), url).toBe(true);
      const p = read(form, url);
      expect([p.title, p.locations], url).toEqual(["Backend Engineer (m/w/d)", ["Zürich"]]);
    }
  });

  it("does not take Personio's job list, or a /job/ path elsewhere, for a posting", () => {
    for (const url of ["https://example-ag.jobs.personio.de/", "https://example-ag.personio.de/job/2612473"])
      expect(isLikelyPostingPage(parseHtml(form, url), url), url).toBe(false);
  });
});

// Breezy HR: a WRITTEN form page (not recorded) at Breezy's URL shapes, as on breezy-apply-abtest (dev).
describe("Breezy HR position pages", () => {
  const form = `<!DOCTYPE html><html><head><title>Warehouse Lead</title></head>
    <body><h1>Warehouse Lead</h1>${FORM}</body></html>`;

  it("offers a position and its application form on *.breezy.hr/p/<id>-<slug>", () => {
    for (const url of [
      "https://example-co.breezy.hr/p/bdd8a94f4073-warehouse-lead",
      "https://example-co.breezy.hr/p/bdd8a94f4073-warehouse-lead/apply",
    ])
      expect(isLikelyPostingPage(parseHtml(form, url), url), url).toBe(true);
  });

  it("does not take the account's position list, or a /p/ path elsewhere, for a posting", () => {
    for (const url of [
      "https://example-co.breezy.hr/",
      "https://example-co.com/p/bdd8a94f4073-warehouse-lead",
    ])
      expect(isLikelyPostingPage(parseHtml(form, url), url), url).toBe(false);
  });
});
