// The readers against DOM copied or modelled from live Gmail and Outlook by other public projects
// (tests/fixtures/webmail/real/manifest.json): each page's output must equal its .expected.json, which
// holds what `npm run read-mail` prints. Every page has a manifest entry with its source and year.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../../../src/cli/html";
import { printable } from "../../../../src/cli/printable-mail";
import { readerFor } from "../../../../src/content/webmail/readers";
import { loadPage, WEBMAIL_FIXTURES } from "./load";

interface Entry {
  file: string;
  provider: string;
  url: string;
  source: string;
  year: number;
  kind: string;
  what: string;
}

const REAL = join(WEBMAIL_FIXTURES, "real");
const manifest = JSON.parse(readFileSync(join(REAL, "manifest.json"), "utf8")) as { fixtures: Entry[] };

describe("real webmail DOM", () => {
  it("lists every page with its source (owner/repo@commit:path) and year, and nothing else", () => {
    const pages = ["gmail", "outlook"].flatMap((p) =>
      readdirSync(join(REAL, p))
        .filter((f) => f.endsWith(".html"))
        .map((f) => `${p}/${f}`),
    );
    expect(manifest.fixtures.map((f) => f.file).sort()).toEqual(pages.sort());
    for (const f of manifest.fixtures) {
      expect(f.source).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+$/);
      expect(f.year).toBeGreaterThanOrEqual(2010);
      expect(f.what.length).toBeGreaterThan(20);
      expect(f.file.startsWith(`${f.provider}/`)).toBe(true);
    }
  });

  it.each(manifest.fixtures.map((f) => [f.file, f] as const))("reads %s", async (_name, f) => {
    const html = readFileSync(join(REAL, f.file), "utf8");
    const expected = JSON.parse(
      readFileSync(join(REAL, f.file.replace(/\.html$/, ".expected.json")), "utf8"),
    );
    // Parsed as `read-mail` parses a saved page, so the expected file is what the CLI prints.
    const { document, close } = parseHtml(html, f.url);
    const reader = readerFor(new URL(f.url).hostname);
    expect(reader?.provider).toBe(f.provider);
    const got = (reader?.read(document, f.url) ?? []).map(printable);
    await close();
    expect(got).toEqual(expected);
  });

  it.each(manifest.fixtures.map((f) => [f.file, f] as const))(
    "gives %s's messages the same keys after a reload",
    (_name, f) => {
      const html = readFileSync(join(REAL, f.file), "utf8");
      const ids = [0, 1].map(() => {
        const { document } = loadPage(html, f.url);
        return readerFor(new URL(f.url).hostname)
          ?.read(document, f.url)
          .map((m) => m.messageId);
      });
      expect(ids[1]).toEqual(ids[0]);
      expect(new Set(ids[0]).size).toBe(ids[0]?.length);
    },
  );
});
