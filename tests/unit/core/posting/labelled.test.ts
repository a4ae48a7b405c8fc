// The labelled-line reader (core/posting/labelled.ts). Every page here is WRITTEN (not recorded): small
// company career pages in the shapes such sites print their facts ("Lieu de travail : Fribourg" as a
// bold run and text, a <dt>/<dd> pair, a heading over a list, "Standort: Berlin" on one line).
import { describe, expect, it } from "vitest";
import { extractPosting, isLikelyPostingPage } from "../../../../src/core/posting/index";
import { fromLabelledFields, labelled as valueByLabel } from "../../../../src/core/posting/labelled";
import { arrangementFrom, readLabel } from "../../../../src/core/posting/labelled-words";
import { parseHtml } from "./parse";

const URL_ = "https://www.example-co.ch/jobs/ingenieur-devops/";
const page = (facts: string, extra = "") => `<!DOCTYPE html><html><head><title>Ingénieur DevOps</title>
  </head><body><nav><ul><li>Lieu : Toutes les villes</li></ul></nav><main><h1>Ingénieur DevOps</h1>
  ${facts}
  <h2>Vos missions</h2><p>Automatiser les déploiements.</p>
  <h2>Votre profil</h2><p>Cinq ans d'expérience.</p>
  <h2>Nous offrons</h2><p>Un cadre agréable.</p>
  <a class="button" href="/jobs/ingenieur-devops/postuler">Postuler</a>${extra}</main></body></html>`;
const labelled = (html: string) => fromLabelledFields(parseHtml(html, URL_));

describe("labelled job facts", () => {
  it("reads a bold label and the rest of its line, in French", () => {
    const d = labelled(
      page(
        `<p><strong>Lieu de travail :</strong> Fribourg<br><strong>Télétravail (2j max/semaine) :</strong> Non</p>`,
      ),
    );
    expect(d.locations).toEqual(["Fribourg"]);
    expect(d.remote).toBe(false);
  });

  it("reads one-line pairs in German and English, and a <dt>/<dd> pair", () => {
    expect(labelled(page(`<ul><li>Standort: Berlin</li><li>Homeoffice: 100 %</li></ul>`))).toEqual({
      locations: ["Berlin"],
      remote: true,
    });
    expect(labelled(page(`<div><span>Work location: Leeds, UK</span></div>`)).locations).toEqual([
      "Leeds, UK",
    ]);
    expect(
      labelled(page(`<dl><dt>Locations</dt><dd>Stockholm</dd><dt>Remote status</dt><dd>Hybrid</dd></dl>`)),
    ).toEqual({ locations: ["Stockholm"], remote: false });
  });

  it("takes each item of a listed value as one place, and 'Remote' as the arrangement", () => {
    const d = labelled(page(`<h3>Arbeitsort</h3><ul><li>München</li><li>Zürich, Schweiz</li></ul>`));
    expect(d.locations).toEqual(["München", "Zürich, Schweiz"]);
    expect(labelled(page(`<p><b>Location:</b> Remote</p>`))).toEqual({ remote: true });
  });

  it("leaves alone navigation filters, form fields, sentences and lone badges", () => {
    // The page's only "Lieu" is the nav filter: nothing is read.
    expect(labelled(page(""))).toEqual({});
    expect(labelled(page(`<form><label>Location</label><input name="city"></form>`))).toEqual({});
    expect(
      labelled(
        page(`<h3>Location</h3><p>Our office sits in the old town, near the lake and the station.</p>`),
      ),
    ).toEqual({});
    expect(labelled(page(`<span>Remote</span><span>No visa sponsorship</span>`))).toEqual({});
    // A filter's options read as one text, and a tab strip repeating its label.
    expect(
      labelled(page(`<div><span>Location</span><div><span>All</span><span>Worldwide</span></div></div>`)),
    ).toEqual({});
    expect(labelled(page(`<div><span>Lieu</span><span>Présentation Présentation</span></div>`))).toEqual({});
  });

  it("judges the arrangement from yes/no, shares and wording", () => {
    const remote = readLabel("Remote:")!;
    const tele = readLabel("Télétravail (2 jours par semaine)")!;
    expect(tele).toEqual({ kind: "arrangement", name: "télétravail", qualifier: "2 jours par semaine" });
    expect(arrangementFrom(remote, "Yes")).toBe(true);
    expect(arrangementFrom(remote, "No")).toBe(false);
    expect(arrangementFrom(tele, "Oui")).toBe(false); // some days at home: hybrid
    expect(arrangementFrom(readLabel("Home office")!, "Ja")).toBe(false);
    expect(arrangementFrom(readLabel("Mobiles Arbeiten")!, "40%")).toBe(false);
    expect(arrangementFrom(readLabel("Remote status")!, "Fully remote")).toBe(true);
    expect(arrangementFrom(remote, "Depends")).toBeUndefined();
    expect(readLabel("Responsibilities")).toBeUndefined();
  });

  it("gives the place to a career page with no structured data, which the popup then offers", () => {
    const html = page(`<p><strong>Lieu de travail :</strong> Fribourg</p>`);
    const doc = parseHtml(html, URL_);
    expect(isLikelyPostingPage(doc, URL_)).toBe(true);
    const p = extractPosting(doc, URL_);
    expect([p.title, p.locations, p.sources.locations]).toEqual([
      "Ingénieur DevOps",
      ["Fribourg"],
      "labelled",
    ]);
  });

  it("the page shows the place in its own words, ahead of the JSON-LD's re-spelling", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
      "title":"Ingénieur DevOps","hiringOrganization":{"name":"Example Co"},
      "jobLocation":{"address":{"addressLocality":"Fribourg","addressRegion":"FR","addressCountry":"CH"}}}</script>`;
    const p = extractPosting(parseHtml(page(`<p>Lieu de travail: Fribourg / Berne</p>`, ld), URL_), URL_);
    expect(p.locations).toEqual(["Fribourg", "Berne"]);
    expect(p.company).toBe("Example Co");
  });
});

// The one reader adapters call with their board's label words (Ashby's "Location Type", BambooHR's
// "Employment Type"): the same value-beside-a-label rule as the page-wide reader above.
describe("a value by its label, for board adapters", () => {
  const body = (html: string) => parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`, URL_);

  it("reads a term and its description, two spans, and a bold label with its line", () => {
    expect(
      valueByLabel(body("<dl><dt>Employment Type</dt><dd>Full time</dd></dl>"), ["Employment Type"]),
    ).toBe("Full time");
    expect(valueByLabel(body("<div><span>Location</span><span>Berlin, DE</span></div>"), ["Location"])).toBe(
      "Berlin, DE",
    );
    expect(valueByLabel(body("<p><strong>Salary:</strong> $90k – $110k</p>"), ["Salary"], 200)).toBe(
      "$90k – $110k",
    );
  });

  it("takes only the labels asked for, never a form field's own label, and caps the value", () => {
    const doc = body("<p><b>Department:</b> Sales</p><label>Location</label><input name='city'>");
    expect(valueByLabel(doc, ["Location"])).toBe("");
    expect(valueByLabel(doc, ["Department"])).toBe("Sales");
    expect(
      valueByLabel(body(`<dt>Location</dt><dd>${"Long place ".repeat(50)}</dd>`), ["Location"], 20).length,
    ).toBeLessThanOrEqual(20);
  });
});
