// Patterns of ZipRecruiter, USAJOBS and the other US boards seen on real pages (tests/fixtures/real-pages/,
// dev split), each checked on a small page WRITTEN here (not recorded): the markup copies the nesting and
// attributes of the real page, cut down to the parts that matter.
import { describe, expect, it } from "vitest";
import { splitRemote } from "../../../../src/core/posting/boards/common";
import { extractPosting } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

const read = (html: string, url: string) => extractPosting(parseHtml(html, url), url);
const doc = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("ZipRecruiter", () => {
  // As on ziprecruiter-serp-pane-anchorage (dev): utility classes only; the list's cards come first.
  const pane = (place: string) => `
    <article id="job-card-x"><h2>Other Job</h2><a data-testid="job-card-company" href="/co/Other">Other</a></article>
    <div data-testid="right-pane"><div class="overflow-y-auto" data-testid="job-details-scroll-container">
      <div class="grid gap-y-8"><h2 class="font-bold text-primary">Platform Engineer</h2>
        <a href="/co/Acme-Digital" aria-label="Acme Digital">Acme Digital</a>
        <div class="mb-24"><p class="text-primary">${place}</p></div></div>
      <h2 class="font-bold">Job description</h2><div>Build things.</div></div></div>`;
  const url =
    "https://www.ziprecruiter.com/jobs-search?search=platform&location=Remote+%28USA%29&lk=aB3dE5fG7h";

  it("reads the search pane's job: its first heading, the company link and the line under it", () => {
    const p = read(doc("119 Platform Jobs", pane("Charleston, WV • Remote")), url);
    expect(p.title).toBe("Platform Engineer");
    expect(p.company).toBe("Acme Digital");
    expect(p.locations).toEqual(["Charleston, WV"]);
    expect(p.remote).toBe(true);
  });
});

describe("shared rules", () => {
  it("a bulleted place line's last item is the work arrangement when it names one", () => {
    expect(splitRemote({ locations: ["Austin, TX • Hybrid"] })).toMatchObject({
      locations: ["Austin, TX"],
      remote: false,
    });
    expect(splitRemote({ locations: ["Boston, MA · On-site"] })).toMatchObject({
      locations: ["Boston, MA"],
      remote: false,
    });
    // A last item that is no arrangement stays part of the place.
    expect(splitRemote({ locations: ["Denver, CO • Downtown"] }).locations).toEqual([
      "Denver, CO • Downtown",
    ]);
  });
});
