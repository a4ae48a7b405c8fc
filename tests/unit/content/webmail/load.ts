// Loads a recorded webmail page into happy-dom at its real URL, as the reader would see it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { INERT_WINDOW_SETTINGS } from "../../../../src/cli/html";

export const WEBMAIL_FIXTURES = join(process.cwd(), "tests/fixtures/webmail");

export interface Expected {
  /** The URL the page was recorded at. */
  url: string;
  /** The reader's output, element left out. */
  messages: Record<string, unknown>[];
  /** What the in-page prefilter decides for each message (no tracked companies). */
  jobRelated: boolean[];
}

export function loadPage(html: string, url: string): { window: Window; document: Document } {
  const window = new Window({ url, settings: INERT_WINDOW_SETTINGS });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

export function fixtures(provider: string): { name: string; html: string; expected: Expected }[] {
  const dir = join(WEBMAIL_FIXTURES, "written", provider);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => ({
      name: `written/${provider}/${f}`,
      html: readFileSync(join(dir, f), "utf8"),
      expected: JSON.parse(
        readFileSync(join(dir, f.replace(/\.html$/, ".expected.json")), "utf8"),
      ) as Expected,
    }));
}
