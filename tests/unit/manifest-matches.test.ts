// The job-board content scripts' matches in manifest.json come from core/posting's boards, so they
// cannot drift: one content script per board (content/boards/<id>.js, built with only that board's
// adapter), matching that board's patterns minus the ones another already covers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { minimalMatches } from "../../src/content/jobboard/matches";
import { BOARD_MATCHES, BOARDS } from "../../src/core/posting";

interface ContentScript {
  matches: string[];
  js: string[];
  run_at?: string;
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as { content_scripts: ContentScript[] };
const boardScripts = manifest.content_scripts.filter((s) =>
  s.js.some((f) => f.startsWith("content/boards/")),
);

describe("manifest content scripts", () => {
  it("has one script per board, matching the board's own patterns", () => {
    expect(boardScripts.map((s) => s.js)).toEqual(BOARDS.map((b) => [`content/boards/${b.id}.js`]));
    for (const board of BOARDS) {
      const script = boardScripts.find((s) => s.js[0] === `content/boards/${board.id}.js`);
      expect(script?.matches, board.id).toEqual(minimalMatches(board.matches));
      expect(script?.run_at, board.id).toBe("document_idle");
    }
  });

  it("matches exactly BOARD_MATCHES, with no pattern another one covers", () => {
    const listed = boardScripts.flatMap((s) => s.matches);
    expect(new Set(listed)).toEqual(new Set(minimalMatches(BOARD_MATCHES)));
    expect(listed).toHaveLength(new Set(listed).size);
  });
});

describe("minimalMatches", () => {
  it("drops duplicates and patterns a wildcard host or path already covers", () => {
    expect(
      minimalMatches([
        "https://jobs.jobvite.com/*",
        "https://*.jobvite.com/*",
        "https://*.jobvite.com/*",
        "https://*.linkedin.com/jobs/view/*",
        "https://*.linkedin.com/jobs/*",
        "https://usajobs.gov/*",
        "https://www.usajobs.gov/*",
      ]),
    ).toEqual([
      "https://*.jobvite.com/*",
      "https://*.linkedin.com/jobs/*",
      "https://usajobs.gov/*",
      "https://www.usajobs.gov/*",
    ]);
  });

  it("keeps patterns of other schemes, hosts or paths", () => {
    const patterns = [
      "https://*.bamboohr.com/careers/*",
      "https://*.bamboohr.com/jobs/*",
      "http://*.bamboohr.com/jobs/*",
    ];
    expect(minimalMatches(patterns)).toEqual(patterns);
  });
});
