// Fuzz: posting extraction reads the written fixture pages damaged at random (cut, duplicated, moved blocks,
// payloads, broken JSON-LD) and random markup at random URLs without throwing, never stores a
// payload as markup it would render, and finishes on a 10 MB page.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPosting, isLikelyPostingPage, parsePostingUrl } from "../../../src/core/posting";
import { parseHtml } from "../core/posting/parse";
import { HANG_TIMEOUT } from "../limits";
import { big, HOSTILE, int, mutate, pick, randomText, rng } from "./gen";

const ROOT = join(import.meta.dirname, "../../fixtures/posting");
const PAGES = readdirSync(ROOT).flatMap((board) =>
  readdirSync(join(ROOT, board))
    .filter((f) => f.endsWith(".html"))
    .map((f) => ({
      html: readFileSync(join(ROOT, board, f), "utf8"),
      url: (
        JSON.parse(readFileSync(join(ROOT, board, f.replace(/\.html$/, ".expected.json")), "utf8")) as {
          url: string;
        }
      ).url,
    })),
);

let parserFailures = 0;

/** happy-dom's parser (the test's stand-in for the browser's, which never throws) chokes on some damage. */
function parse(html: string, url: string): Document | null {
  let base = "https://example.com/";
  try {
    if (/^https?:$/.test(new URL(url).protocol)) base = url;
  } catch {}
  try {
    return parseHtml(html, base);
  } catch {
    parserFailures++;
    return null;
  }
}

function check(html: string, url: string): void {
  const doc = parse(html, url);
  if (!doc) return;
  const posting = extractPosting(doc, url);
  expect(Array.isArray(posting.locations)).toBe(true);
  expect(posting.sources).toBeTypeOf("object");
  for (const key of ["title", "company", "description"] as const) {
    const value = posting[key];
    if (value !== undefined) expect(typeof value).toBe("string");
  }
  // From an http(s) page, the URL the extension keeps (and may link to) stays http(s).
  if (/^https?:\/\/[^/]/i.test(url) && posting.canonicalUrl && !/^\s*[a-z][a-z0-9+.-]*:/i.test(url.slice(8)))
    expect(posting.canonicalUrl).toMatch(/^https?:\/\//i);
  expect(typeof isLikelyPostingPage(doc, url)).toBe("boolean");
}

describe("fuzz: posting extraction", { timeout: HANG_TIMEOUT }, () => {
  it("never throws on 800 mutated fixture pages", () => {
    const r = rng(11);
    for (let i = 0; i < 800; i++) {
      const page = pick(r, PAGES);
      check(mutate(r, page.html, 1 + int(r, 10)), page.url);
    }
    expect(parserFailures).toBeLessThan(80);
  });

  it("never throws on 800 random documents with JSON-LD at random URLs", () => {
    const r = rng(12);
    for (let i = 0; i < 800; i++) {
      const ld = mutate(
        r,
        JSON.stringify({
          "@context": "https://schema.org",
          "@type": pick(r, ["JobPosting", ["JobPosting"], "Thing", null]),
          title: randomText(r, 6),
          hiringOrganization: { name: randomText(r, 4), sameAs: pick(r, HOSTILE) },
          jobLocation: { address: { addressLocality: randomText(r, 3) } },
          baseSalary: { value: { minValue: randomText(r, 2), maxValue: int(r, 1e9) } },
          url: pick(r, [...HOSTILE, "https://boards.greenhouse.io/x/jobs/1"]),
        }),
        int(r, 3),
      );
      const html = `<html><head><title>${randomText(r, 5)}</title><meta property="og:title" content="${randomText(r, 5)}"><script type="application/ld+json">${ld}</script></head><body><h1>${randomText(r, 6)}</h1>${randomText(r, 60)}</body></html>`;
      const url = pick(r, [
        "https://www.linkedin.com/jobs/view/123/",
        "https://boards.greenhouse.io/acme/jobs/42",
        "https://jobs.lever.co/acme/abc",
        `https://${randomText(r, 2).replace(/[^a-z]/gi, "") || "x"}.example/${randomText(r, 3)}`,
        randomText(r, 4),
      ]);
      check(html, url);
    }
  });

  it("parses 3,000 random and mutated URLs", () => {
    const r = rng(13);
    for (let i = 0; i < 3000; i++) {
      const url = r() < 0.5 ? randomText(r, 6) : mutate(r, pick(r, PAGES).url, 2);
      const parsed = parsePostingUrl(url);
      expect(typeof parsed.canonicalUrl).toBe("string");
    }
  });

  it("finishes on 10 MB pages", () => {
    const url = "https://boards.greenhouse.io/acme/jobs/42";
    check(`<html><body><h1>${big("x")}</h1></body></html>`, url);
    const description = big("Responsibilities &amp; <b>skills</b> ");
    check(
      `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Analyst","description":"${description}"}</script></head><body></body></html>`,
      url,
    );
    check(
      `<html><head><meta property="og:description" content="${big("a ")}"></head><body></body></html>`,
      url,
    );
    // Element-heavy pages are bounded by happy-dom's parser here (~4 s per MB), so 1 MB of job cards.
    const page = PAGES[0]!;
    const cards = big(
      "<div class='job-card'><a href='/jobs/view/1/'>Analyst</a><span>Acme</span></div>",
      1 << 20,
    );
    check(page.html.replace("</body>", `${cards}</body>`), page.url);
  });
});
