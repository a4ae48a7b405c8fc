// ATS pages read from their embedded state when the visible markup gives nothing: the real Greenhouse
// job-boards page (tests/fixtures/real-pages/, dev split) with its rendered job header and body cut out,
// so only window.__remixContext is left to name the job.
import { describe, expect, it } from "vitest";
import { loadManifest, readPage } from "../../../../src/cli/real-pages";
import { fromRemixState } from "../../../../src/core/posting/boards/greenhouse";
import { extractPosting } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

const page = loadManifest().find((p) => p.file === "greenhouse-jobboards-sonatus.html.gz");

describe("Greenhouse job-boards embedded state", () => {
  it("the real page is in the corpus", () => {
    expect(page?.split).toBe("dev");
  });

  it("reads title, employer, place and description from window.__remixContext", () => {
    const html = readPage(page!);
    const d = fromRemixState(parseHtml(html, page!.url));
    expect(d).toMatchObject({
      title: "Senior Staff AI Engineer",
      company: "Sonatus",
      locations: ["Sunnyvale, CA"],
    });
    expect(d.description).toMatch(/Sonatus/);
  });

  it("with the visible job header, body and head titles removed, the posting still comes from the state", () => {
    const doc = parseHtml(readPage(page!), page!.url);
    for (const el of doc.querySelectorAll(".job__header, .job__description, title, meta[property^='og:']"))
      el.remove();
    expect(doc.querySelector("h1, .job__location")).toBeNull();
    const p = extractPosting(doc, page!.url);
    expect(p).toMatchObject({
      title: "Senior Staff AI Engineer",
      company: "Sonatus",
      locations: ["Sunnyvale, CA"],
    });
    expect(p.sources.company).toBe("greenhouse");
  });

  it("a page without the state gives nothing from it", () => {
    expect(fromRemixState(parseHtml("<html><body><h1>Hi</h1></body></html>"))).toEqual({});
  });
});
