// Bad input: a 10 MB real page, 50 JobPosting blocks, malformed and hostile JSON-LD, pages that are no
// job. Nothing throws, nothing is taken from a page that does not say which job it shows, and page text
// stays plain text. (Time on big pages is measured in bench/, never asserted here.)
import { describe, expect, it } from "vitest";
import { loadManifest, readPage } from "../../../../src/cli/real-pages";
import { extractPosting, isLikelyPostingPage } from "../../../../src/core/posting/index";
import { LIMITS } from "../../../../src/core/posting/text";
import { HANG_TIMEOUT } from "../../limits";
import { parseHtml } from "./parse";

const ld = (body: string) => `<script type="application/ld+json">${body}</script>`;
const job = (title: string, company = "Acme") =>
  JSON.stringify({
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title,
    hiringOrganization: { name: company },
  });
const URL_ = "https://acme.example/jobs/42";

function read(html: string, url = URL_) {
  const doc = parseHtml(html, url);
  return { posting: extractPosting(doc, url), offered: isLikelyPostingPage(doc, url) };
}

describe("bad input", () => {
  it(
    "reads a 10 MB page (a real page padded with 10 MB of text and markup) without throwing",
    () => {
      const real = loadManifest().find((p) => p.file === "linkedin-guest-heidi.html.gz")!;
      const html = readPage(real);
      const block = `<section class="filler"><p>${"Responsibilities and qualifications. ".repeat(2_000)}</p></section>`;
      const padded = html.replace("</body>", `${block.repeat(Math.ceil(10_000_000 / block.length))}</body>`);
      expect(padded.length).toBeGreaterThan(10_000_000);
      const { posting } = read(padded, real.url);
      expect(posting.title).toBe(real.expected?.title);
      expect(posting.company).toBe(real.expected?.company);
      expect((posting.description ?? "").length).toBeLessThanOrEqual(LIMITS.description);
    },
    HANG_TIMEOUT,
  );

  it("takes no job from 50 JobPosting blocks naming different jobs", () => {
    const blocks = Array.from({ length: 50 }, (_, i) => ld(job(`Job ${i}`, `Employer ${i}`))).join("");
    const { posting, offered } = read(`<html><head>${blocks}</head><body><p>Jobs near you</p></body></html>`);
    expect(posting.title).toBeUndefined();
    expect(posting.company).toBeUndefined();
    expect(offered).toBe(false);
    // One array holding several jobs is the same list.
    const arr = read(`<html><head>${ld(`[${job("A")},${job("B")}]`)}</head><body></body></html>`);
    expect(arr.posting.title).toBeUndefined();
  });

  it("reads one job repeated in several blocks", () => {
    const blocks = Array.from({ length: 50 }, () => ld(job("Welder"))).join("");
    const { posting, offered } = read(`<html><head>${blocks}</head><body></body></html>`);
    expect(posting.title).toBe("Welder");
    expect(offered).toBe(true);
  });

  it.each([
    ["truncated", '{"@type":"JobPosting","title":"Wel'],
    ["not JSON", "alert(1)//"],
    ["deeply nested", `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`],
    ["wrong types", '{"@type":"JobPosting","title":{"$ne":1},"hiringOrganization":[[[]]],"jobLocation":42}'],
    [
      "prototype keys",
      '{"@type":"JobPosting","title":"Welder","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
    ],
  ])("survives %s JSON-LD", (_name, body) => {
    const { posting } = read(`<html><head>${ld(body)}</head><body><h1>Welder</h1></body></html>`);
    expect(typeof (posting.title ?? "")).toBe("string");
    expect(typeof (posting.company ?? "")).toBe("string");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps hostile JSON-LD values as capped plain text", () => {
    const body = JSON.stringify({
      "@type": "JobPosting",
      title: '<img src=x onerror="alert(1)">Welder',
      hiringOrganization: { name: "Acme</script><script>alert(2)</script>" },
      jobLocation: Array.from({ length: 5_000 }, (_, i) => ({ address: { addressLocality: `Town ${i}` } })),
      description: "<p>x</p>".repeat(150_000),
    }).replace(/<\//g, "<\\/"); // as a page must write it inside <script>
    const { posting } = read(`<html><head>${ld(body)}</head><body></body></html>`);
    expect(posting.locations.length).toBeLessThanOrEqual(LIMITS.locations);
    expect((posting.title ?? "").length).toBeLessThanOrEqual(LIMITS.title);
    expect((posting.description ?? "").length).toBeLessThanOrEqual(LIMITS.description);
    // Markup arrives as literal text (the panel shows it in an input's value, never as HTML).
    expect(posting.title).toContain("<img");
  });

  // That nothing is offered on the real pages that show no single job is checked page by page, with
  // the ones still wrong pinned, in real-pages.test.ts (its notPosting field).
});
