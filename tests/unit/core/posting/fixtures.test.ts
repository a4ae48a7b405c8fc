// Every page under tests/fixtures/posting/<board>/ is extracted and compared with the subset of fields in
// its .expected.json; "absent" lists fields that must stay empty. These pages were WRITTEN here to imitate
// each board's layout (they are not saved copies of real pages: those are in tests/fixtures/real-pages/,
// checked by real-pages.test.ts). They pin edge cases a real page may not show.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOARDS, extractPosting } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

const ROOT = join(import.meta.dirname, "../../../fixtures/posting");

interface Expected {
  url: string;
  expected: Record<string, unknown>;
  absent?: string[];
}

function fixtures(): { dir: string; name: string }[] {
  const out: { dir: string; name: string }[] = [];
  for (const dir of readdirSync(ROOT).sort()) {
    for (const file of readdirSync(join(ROOT, dir)).sort()) {
      if (file.endsWith(".html")) out.push({ dir, name: file.slice(0, -5) });
    }
  }
  return out;
}

describe("written posting fixtures (imitating each layout)", () => {
  for (const { dir, name } of fixtures()) {
    it(`${dir}/${name}`, () => {
      const html = readFileSync(join(ROOT, dir, `${name}.html`), "utf8");
      const spec = JSON.parse(readFileSync(join(ROOT, dir, `${name}.expected.json`), "utf8")) as Expected;
      const posting = extractPosting(parseHtml(html, spec.url), spec.url);
      expect(posting).toMatchObject(spec.expected);
      for (const field of spec.absent ?? []) expect(posting, field).not.toHaveProperty(field);
      // Nothing invented: no placeholder strings stored as data.
      expect(JSON.stringify(posting)).not.toMatch(/"(unknown|n\/a|not specified)[^"]*"/i);
    });
  }
});

describe("written fixture coverage", () => {
  it("every adapter with written pages has an expected result for each", () => {
    const all = fixtures();
    for (const board of BOARDS) {
      for (const p of all.filter((f) => f.dir === board.id)) {
        expect(
          () => readFileSync(join(ROOT, p.dir, `${p.name}.expected.json`)),
          `${p.dir}/${p.name}`,
        ).not.toThrow();
      }
    }
  });
});
