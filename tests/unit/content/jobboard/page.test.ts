// What the panel reads from a page, and that each board's own content script (built with only that
// board's adapter) reads its pages exactly as the full extractor does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jobIdentity, jobKey, readAnyPage, readPostingPage } from "../../../../src/content/jobboard/page";
import { BOARDS, parsePostingUrl } from "../../../../src/core/posting";
import { matchesPattern } from "../../../../src/core/posting/urls";
import { parseHtml } from "../../core/posting/parse";

const DIR = "tests/fixtures/posting";
const fixtures = readdirSync(DIR).flatMap((board) =>
  readdirSync(join(DIR, board))
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => {
      const name = f.replace(".expected.json", "");
      const { url, expected } = JSON.parse(readFileSync(join(DIR, board, f), "utf8"));
      return {
        board,
        name,
        url: url as string,
        expected,
        html: readFileSync(join(DIR, board, `${name}.html`), "utf8"),
      };
    }),
);

describe("readPostingPage", () => {
  it.each(fixtures.map((f) => [`${f.board}/${f.name}`, f] as const))("reads %s", (_, f) => {
    const job = readPostingPage(parseHtml(f.html, f.url), f.url);
    if (!f.expected.title) return;
    expect(job?.posting.title).toBe(f.expected.title);
    expect(job?.url).toBe(f.url);
  });

  it("shows nothing on a board's list page without a selected job", () => {
    const f = fixtures.find((x) => x.board === "linkedin" && x.name === "search-pane")!;
    const url = "https://www.linkedin.com/jobs/search/?keywords=nurse";
    expect(readPostingPage(parseHtml(f.html, url), url)).toBeNull();
  });
});

describe("readAnyPage", () => {
  it("falls back to the page's heading on a page that is no posting", () => {
    const url = "https://example.com/about";
    const job = readAnyPage(parseHtml("<body><h1> Our  team </h1></body>", url), url);
    expect(job.posting.title).toBe("Our team");
    expect(job.posting.canonicalUrl).toBe(url);
  });
});

describe("job identity", () => {
  it("is the board and posting id, and the key changes with what is shown", () => {
    const a = {
      url: "u",
      posting: { board: "linkedin", postingId: "1", title: "A", locations: [], sources: {} },
    };
    const b = { ...a, posting: { ...a.posting, title: "B" } };
    expect(jobIdentity(a)).toBe("linkedin:1");
    expect(jobIdentity(b)).toBe(jobIdentity(a));
    expect(jobKey(b)).not.toBe(jobKey(a));
    expect(jobKey(null)).toBe("");
  });
});

describe("per-board content scripts", () => {
  it("every fixture URL a board's patterns match resolves to that board in the full list", () => {
    for (const f of fixtures) {
      const url = new URL(f.url);
      const owner = BOARDS.find((b) => b.matches.some((p) => matchesPattern(p, url)));
      if (!owner) continue; // embedded boards: only the shortcut and the context menu read them
      const others = BOARDS.filter((b) => b !== owner && b.matches.some((p) => matchesPattern(p, url)));
      expect(
        others.map((b) => b.id),
        f.url,
      ).toEqual([]);
      expect(parsePostingUrl(f.url).board).toBe(owner.id);
    }
  });
});
