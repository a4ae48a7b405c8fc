// ATS pages read from their embedded state when the visible markup gives nothing: the real Greenhouse
// job-boards page (tests/fixtures/real-pages/, dev split) with its rendered job header and body cut out,
// so only window.__remixContext is left to name the job.
import { describe, expect, it } from "vitest";
import { loadManifest, readPage } from "../../../../src/cli/real-pages";
import { fromRemixState } from "../../../../src/core/posting/boards/greenhouse";
import { extractPosting, isLikelyPostingPage } from "../../../../src/core/posting/index";
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

// Written here (not recorded): Ashby's script shell, as every jobs.ashbyhq.com job URL is first served, with
// the __appData it carries for a job that is gone and for a live one.
describe("Ashby job URL whose embedded state has no posting", () => {
  const url = "https://jobs.ashbyhq.com/acme/1e1a651f-693d-4f9d-bfd9-280a50d28d13";
  const shell = (appData: string) =>
    `<!DOCTYPE html><html><head><title>Jobs</title></head><body><div id="root"><div class="spinner"></div></div>
    <script>window.__appData = ${appData};</script></body></html>`;

  it("is not offered when __appData says posting null", () => {
    const doc = parseHtml(shell(`{"organization":{"name":"Acme"},"posting":null,"jobBoard":null}`), url);
    expect(isLikelyPostingPage(doc, url)).toBe(false);
  });

  it("is offered when __appData carries the posting, or when the shell has no state at all", () => {
    const live = parseHtml(shell(`{"organization":{"name":"Acme"},"posting":{"title":"Engineer"}}`), url);
    expect(isLikelyPostingPage(live, url)).toBe(true);
    expect(extractPosting(live, url)).toMatchObject({ title: "Engineer", company: "Acme" });
    const rendered = parseHtml("<html><body><h1>Engineer</h1></body></html>", url);
    expect(isLikelyPostingPage(rendered, url)).toBe(true);
  });

  it("is offered when the page shows the job's heading all the same (rendered from elsewhere)", () => {
    const rendered = shell(`{"organization":{"name":"Acme"},"posting":null}`).replace(
      '<div class="spinner"></div>',
      '<h1 class="ashby-job-posting-heading">Engineer</h1>',
    );
    expect(isLikelyPostingPage(parseHtml(rendered, url), url)).toBe(true);
  });

  it("an employer's page embedding an Ashby board is not judged by a state it does not carry", () => {
    const embedded = "https://acme.com/careers?ashby_jid=1e1a651f-693d-4f9d-bfd9-280a50d28d13";
    const doc = parseHtml(shell(`{"posting":null}`), embedded);
    expect(isLikelyPostingPage(doc, embedded)).toBe(true);
  });
});
