// Fuzz: the webmail readers read recorded Gmail and Outlook pages damaged at random, random markup
// and a 10 MB message without throwing, and what they return is plain text of bounded size.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// The readers' own files, not webmail/index (that one starts the content script and its messaging).
import { gmailReader } from "../../../src/content/webmail/gmail";
import { outlookReader } from "../../../src/content/webmail/outlook";
import type { Reader } from "../../../src/content/webmail/reader";
import { parseHtml } from "../core/posting/parse";
import { HANG_TIMEOUT } from "../limits";
import { big, int, mutate, pick, randomText, rng } from "./gen";

const READERS: readonly Reader[] = [gmailReader, outlookReader];
const ROOT = join(import.meta.dirname, "../../fixtures/webmail/written");
const PAGES = READERS.flatMap((reader) => {
  const dir = join(ROOT, reader.provider);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => ({ reader, html: readFileSync(join(dir, f), "utf8") }));
});
const URL_OF: Record<string, string> = {
  gmail: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmPqRtLvNbHcXwZ",
  outlook: "https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1iNWJmLTBkN2YtMDACLTAwCgAQAH",
};

function check(reader: Reader, html: string): void {
  const url = URL_OF[reader.provider]!;
  let doc: Document;
  try {
    doc = parseHtml(html, url);
  } catch {
    return; // happy-dom's parser, not the reader: a browser's parser never throws.
  }
  const messages = reader.read(doc, url);
  expect(Array.isArray(messages)).toBe(true);
  for (const m of messages) {
    expect(m.provider).toBe(reader.provider);
    for (const field of ["messageId", "fromName", "fromAddress", "subject", "body"] as const)
      expect(typeof m[field]).toBe("string");
    expect(m.body.length).toBeLessThan(20_000);
    reader.subjectAnchor(doc, m);
  }
}

describe("fuzz: webmail readers", { timeout: HANG_TIMEOUT }, () => {
  it("never throw on 1,200 mutated recorded pages", () => {
    const r = rng(21);
    for (let i = 0; i < 1200; i++) {
      const page = pick(r, PAGES);
      check(page.reader, mutate(r, page.html, 1 + int(r, 8)));
    }
  });

  it("never throw on 1,000 random documents", () => {
    const r = rng(22);
    for (let i = 0; i < 1000; i++) {
      const reader = pick(r, READERS);
      const page = pick(
        r,
        PAGES.filter((p) => p.reader === reader),
      );
      // The page's structure with random text poured into it.
      const html = page.html.replace(/>([^<]{1,200})</g, () => `>${randomText(r, 8)}<`);
      check(reader, html);
    }
  });

  it("finish on a 10 MB message body", () => {
    for (const page of PAGES) {
      const html = page.html.replace(
        /(<div[^>]*class="[^"]*a3s[^"]*"[^>]*>)/,
        `$1${big("Interview next week. ")}`,
      );
      check(
        page.reader,
        html.length > page.html.length
          ? html
          : page.html.replace("</body>", `<div>${big("x ")}</div></body>`),
      );
    }
  });
});
