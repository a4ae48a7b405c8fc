// The masthead of a job page no adapter knows: the place printed in the heading's block and the employer
// named by the home link's logo. Pages WRITTEN here (not recorded), after the header and hero of the real
// Breezy HR page breezy-apply-abtest (tests/fixtures/real-pages/, dev split), cut down to what matters.
import { describe, expect, it } from "vitest";
import { employerFromHomeLogo, fromMasthead, jobHeading } from "../../../../src/core/posting/masthead";
import { parseHtml } from "./parse";

const URL_ = "https://careers.example-co.com/p/0a1b2c3d4e5f-warehouse-lead";
const page = (body: string) => parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, URL_);
const header = (alt: string, href = "/") =>
  `<div class="header"><a href="${href}" class="brand"><img src="logo.png" alt="${alt}"></a></div>`;
const hero = (meta: string) =>
  `<div class="banner"><h1>Warehouse Lead</h1><ul class="meta">${meta}</ul></div>`;

describe("the place by the job's heading", () => {
  it("reads the element classed as the location in the heading's block", () => {
    const doc = page(
      hero(
        '<li class="location"><i class="fa fa-map-marker"></i><span>Lyon, FR</span></li><li class="type">Full-time</li>',
      ),
    );
    expect(fromMasthead(doc, new URL(URL_)).locations).toEqual(["Lyon, FR"]);
    const job = page(hero('<li class="icon job-location">Remote</li>'));
    expect(fromMasthead(job, new URL(URL_)).locations).toEqual(["Remote"]);
  });

  it("takes no class that only mentions a location, and nothing outside the heading's block", () => {
    expect(
      fromMasthead(page(hero('<li class="locations-filter">Lyon</li>')), new URL(URL_)).locations,
    ).toBeUndefined();
    const outside = page(
      `${hero("<li>Full-time</li>")}<footer><p class="location">Head office: Paris</p></footer>`,
    );
    expect(fromMasthead(outside, new URL(URL_)).locations).toBeUndefined();
  });

  it("the heading is the first one shown: an app's hidden confirmation heading is passed over", () => {
    const doc = page(
      `<div class="confirmation ng-hide"><h1>Application Submitted</h1></div>${hero('<li class="location">Lyon</li>')}`,
    );
    expect(jobHeading(doc)?.textContent).toBe("Warehouse Lead");
    expect(fromMasthead(doc, new URL(URL_)).locations).toEqual(["Lyon"]);
  });
});

describe("the employer by the home link's logo", () => {
  const url = new URL(URL_);

  it("reads the logo's alt text in a link to the site's home page", () => {
    expect(employerFromHomeLogo(page(header("Example Co")), url)).toBe("Example Co");
    expect(employerFromHomeLogo(page(header("Example Co logo")), url)).toBe("Example Co");
    expect(employerFromHomeLogo(page(header("Example Co", "https://careers.example-co.com/")), url)).toBe(
      "Example Co",
    );
  });

  it("takes no alt that names no one or a board, and no link to another page or site", () => {
    for (const alt of ["Logo", "Company logo", "Home", "Careers", "Teamtailor"])
      expect(employerFromHomeLogo(page(header(alt)), url), alt).toBe("");
    expect(employerFromHomeLogo(page(header("Example Co", "/jobs")), url)).toBe("");
    expect(employerFromHomeLogo(page(header("Breezy HR", "https://breezy.hr/")), url)).toBe("");
  });
});
