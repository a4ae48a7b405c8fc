import { describe, expect, it } from "vitest";
import {
  extractPosting,
  isLikelyPostingPage,
  looksLikeJobBoardUrl,
} from "../../../../src/core/posting/index";
import { HANG_TIMEOUT } from "../../limits";
import { parseHtml } from "./parse";

const ld = (...objects: string[]) =>
  objects.map((o) => `<script type="application/ld+json">${o}</script>`).join("");
const page = (head: string, body = "") =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const URL_ = "https://careers.acme.example/jobs/123";
const extract = (html: string, url = URL_) => extractPosting(parseHtml(html, url), url);

describe("JSON-LD", () => {
  it("reads a JobPosting inside @graph", () => {
    const p = extract(
      page(
        ld(
          '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"JobPosting","title":"Welder"}]}',
        ),
      ),
    );
    expect(p.title).toBe("Welder");
    expect(p.sources.title).toBe("jsonld");
  });

  it("reads a JobPosting from an array and from a later script, skipping malformed JSON", () => {
    const p = extract(
      page(ld("{not json", '[{"@type":"Organization"},{"@type":["JobPosting"],"title":"Baker"}]')),
    );
    expect(p.title).toBe("Baker");
  });

  it("recovers raw newlines inside strings", () => {
    const p = extract(page(ld('{"@type":"JobPosting","title":"Line\none","description":"a\n\tb"}')));
    expect(p.title).toBe("Line one");
  });

  it("decodes entities and keeps markup in titles literal", () => {
    const p = extract(
      page(ld('{"@type":"JobPosting","title":"R&amp;D Lead &lt;img src=x onerror=alert(1)&gt;"}')),
    );
    expect(p.title).toBe("R&D Lead <img src=x onerror=alert(1)>");
  });

  it("reads salary ranges, single values and periods", () => {
    const hour = extract(
      page(
        ld(
          '{"@type":"JobPosting","title":"A","baseSalary":{"currency":"eur","value":{"minValue":"18.5","maxValue":22,"unitText":"HOUR"}}}',
        ),
      ),
    );
    expect(hour.salary).toEqual({ min: 18.5, max: 22, currency: "EUR", period: "hour" });
    const year = extract(
      page(
        ld(
          '{"@type":"JobPosting","title":"A","baseSalary":{"currency":"GBP","value":{"value":40000,"unitText":"YEAR"}}}',
        ),
      ),
    );
    expect(year.salary).toEqual({ min: 40000, max: 40000, currency: "GBP", period: "year" });
    const est = extract(
      page(
        ld(
          '{"@type":"JobPosting","title":"A","estimatedSalary":[{"currency":"USD","duration":"P1Y","minValue":90000,"maxValue":99000,"unitText":"MONTH"}]}',
        ),
      ),
    );
    expect(est.salary).toEqual({ min: 90000, max: 99000, currency: "USD", period: "month" });
  });

  it("reads several locations and TELECOMMUTE", () => {
    const p = extract(
      page(
        ld(
          '{"@type":"JobPosting","title":"A","jobLocationType":["TELECOMMUTE"],"jobLocation":[{"address":{"addressLocality":"Oslo","addressCountry":{"name":"Norway"}}},{"address":"Bergen, Norway"},{"name":"Head office"}]}',
        ),
      ),
    );
    expect(p.locations).toEqual(["Oslo, Norway", "Bergen, Norway", "Head office"]);
    expect(p.remote).toBe(true);
  });

  it("never takes an ATS or social host as the company domain", () => {
    const p = extract(
      page(
        ld(
          '{"@type":"JobPosting","title":"A","hiringOrganization":{"name":"Acme","url":"https://boards.greenhouse.io/acme","sameAs":["https://linkedin.com/company/acme","https://www.acme.example"]}}',
        ),
      ),
    );
    expect(p.companyDomain).toBe("acme.example");
  });

  it("does not read a posting from an ItemList (search results)", () => {
    const p = extract(
      page(ld('{"@type":"ItemList","itemListElement":[{"@type":"JobPosting","title":"Nope"}]}')),
      "https://example.com/search",
    );
    expect(p.title).toBeUndefined();
  });

  it("leaves out address parts an ATS fills with a placeholder (iCIMS writes UNAVAILABLE)", () => {
    // The shape of the real iCIMS JSON-LD in real-pages/icims-jsonld-only-sig (dev).
    const p = extract(
      page(
        ld(
          '{"@type":"JobPosting","title":"Intern","jobLocation":[{"@type":"Place","address":{"@type":"PostalAddress","streetAddress":"UNAVAILABLE","addressLocality":"Hong Kong","addressRegion":"UNAVAILABLE","postalCode":"UNAVAILABLE","addressCountry":"HK"}},{"@type":"Place","address":{"addressLocality":"N/A","addressRegion":"PA","addressCountry":"US"}},{"@type":"Place","address":"UNAVAILABLE"}]}',
        ),
      ),
    );
    expect(p.locations).toEqual(["Hong Kong, HK", "PA, US"]);
  });
});

describe("pages without a posting", () => {
  it("a blog article is not a posting and yields no data", () => {
    const html = page(
      '<title>5 tips for your next interview | Blog</title><meta property="og:title" content="5 tips for your next interview">',
      "<article><h1>5 tips for your next interview</h1><p>Research the company's benefits and requirements.</p></article>",
    );
    const url = "https://blog.example.com/2025/03/interview-tips";
    expect(isLikelyPostingPage(parseHtml(html, url), url)).toBe(false);
    const p = extract(html, url);
    expect(p.description).toBeUndefined();
    expect(p.sources.title).toBe("meta");
  });

  it("a LinkedIn search list without currentJobId is not a posting", () => {
    const url = "https://www.linkedin.com/jobs/search/?keywords=nurse";
    const html = page(
      "<title>Nurse jobs</title>",
      '<ul><li class="job-card-container"><a href="/jobs/view/4011111111/">ICU Nurse</a></li></ul>',
    );
    expect(isLikelyPostingPage(parseHtml(html, url), url)).toBe(false);
    expect(extract(html, url).postingId).toBeUndefined();
  });

  it("an unknown careers page with posting text and an apply button is a posting", () => {
    const url = "https://acme.example/careers/senior-welder";
    const html = page(
      "<title>Senior Welder</title>",
      "<main><h1>Senior Welder</h1><h2>Responsibilities</h2><p>Weld.</p><h2>Qualifications</h2><p>5 years.</p><h2>Benefits</h2><p>Dental.</p><a href='/apply'>Apply now</a></main>",
    );
    expect(isLikelyPostingPage(parseHtml(html, url), url)).toBe(true);
    expect(extract(html, url).title).toBe("Senior Welder");
  });

  it("bad input gives an empty result, never a throw", () => {
    expect(extractPosting(parseHtml("<html></html>"), "not a url")).toEqual({ locations: [], sources: {} });
    expect(extractPosting(null as unknown as Document, "https://x.example/")).toEqual({
      locations: [],
      sources: {},
    });
    expect(looksLikeJobBoardUrl("::")).toBe(false);
  });
});

describe("hostile text", () => {
  it("keeps markup in a DOM title as text", () => {
    const url = "https://jobs.lever.co/acme/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    const p = extract(
      page("", '<div class="posting-headline"><h2>&lt;img src=x onerror=alert(1)&gt; Engineer</h2></div>'),
      url,
    );
    expect(p.title).toBe("<img src=x onerror=alert(1)> Engineer");
  });

  it("strips tags and scripts from descriptions", () => {
    const p = extract(
      page(
        ld(
          '{"@type":"JobPosting","title":"A","description":"<p>Hi</p><script>alert(1)<\\/script><img src=x onerror=alert(1)>"}',
        ),
      ),
    );
    expect(p.description).toBe("Hi");
  });
});

describe("huge pages", () => {
  it(
    "extracts from a ~10 MB page and bounds the description",
    () => {
      const filler =
        "<div class='row'><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></div>".repeat(
          120_000,
        );
      const html = page(
        ld(`{"@type":"JobPosting","title":"Big","description":"${"word ".repeat(200_000)}"}`),
        `<main><h1>Big</h1>${filler}<div class="job__description">${"text ".repeat(200_000)}</div></main>`,
      );
      expect(html.length).toBeGreaterThan(10_000_000);
      const url = "https://job-boards.greenhouse.io/acme/jobs/1234567";
      const doc = parseHtml(html, url);
      const p = extractPosting(doc, url);
      expect(p.title).toBe("Big");
      expect(p.description!.length).toBeLessThanOrEqual(5000);
      expect(isLikelyPostingPage(doc, url)).toBe(true);
      // Same page on an unknown host: the generic guard and reader also finish.
      const other = "https://acme.example/job/1";
      expect(isLikelyPostingPage(doc, other)).toBe(true);
      expect(extractPosting(doc, other).title).toBe("Big");
    },
    HANG_TIMEOUT,
  );
});
