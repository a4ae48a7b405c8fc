// The embedded-state readers (src/core/posting/embedded.ts) over page heads written here in each site's
// shape (Ashby's __appData, Greenhouse's __remixContext, Next.js's __NEXT_DATA__, Workday's bootstrap
// object): what a page carries before its scripts run. Real first-served pages are in real-pages.test.ts.
import { describe, expect, it } from "vitest";
import {
  assignedJson,
  balancedObject,
  embeddedStates,
  findObject,
  fromEmbedded,
  jsStringProperty,
  scriptJson,
} from "../../../../src/core/posting/embedded";
import { parseHtml } from "./parse";

const page = (head: string, body = "") =>
  parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, "https://example.com/");

describe("balancedObject", () => {
  it("cuts at the closing brace, ignoring braces inside strings", () => {
    const text = 'x = {"a":"}{","b":{"c":1}}; y = 2;';
    expect(balancedObject(text, text.indexOf("{"))).toBe('{"a":"}{","b":{"c":1}}');
  });
  it("gives nothing for an unclosed object or a non-brace start", () => {
    expect(balancedObject('{"a":1', 0)).toBeUndefined();
    expect(balancedObject("abc", 0)).toBeUndefined();
  });
});

describe("assignedJson", () => {
  it("reads window.__appData assigned in an inline script", () => {
    const doc = page(
      `<script>window.__appData = {"organization":{"name":"Ramp"},"posting":{"title":"AI Partnerships Manager"}};</script>`,
    );
    expect(assignedJson(doc, "window.__appData")).toEqual({
      organization: { name: "Ramp" },
      posting: { title: "AI Partnerships Manager" },
    });
  });
  it("skips scripts with src, and answers undefined for broken JSON", () => {
    const doc = page(
      `<script src="x.js">window.__appData = {"a":1}</script><script>window.__appData = {oops: 1};</script>`,
    );
    expect(assignedJson(doc, "window.__appData")).toBeUndefined();
  });
  it("does not evaluate anything: a function call is only text", () => {
    const doc = page(`<script>window.__appData = {"a": alert(1)};</script>`);
    expect(assignedJson(doc, "window.__appData")).toBeUndefined();
  });
});

describe("jsStringProperty", () => {
  it("reads Workday's tenant from its bootstrap object (a JS literal, not JSON)", () => {
    const doc = page(`<script type="text/javascript">
      window.workday = window.workday || {
        tenant: "thales",
        siteId: 'Careers',
        locale: "fr-FR",
      };</script>`);
    expect(jsStringProperty(doc, "window.workday", "tenant")).toBe("thales");
    expect(jsStringProperty(doc, "window.workday", "siteId")).toBe("Careers");
    expect(jsStringProperty(doc, "window.workday", "missing")).toBe("");
  });
});

describe("scriptJson and findObject", () => {
  const next = `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"job":{"@context":"https://schema.org","@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Northwind Traders"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Lisbon","addressCountry":"PT"}}}}}}</script>`;

  it("parses __NEXT_DATA__ and finds the JobPosting inside it", () => {
    const state = scriptJson(page(next), "__NEXT_DATA__");
    expect(findObject(state, (o) => o["@type"] === "JobPosting")?.title).toBe("Data Engineer");
  });

  it("fromEmbedded reads a JobPosting carried only in embedded state", () => {
    expect(fromEmbedded(page(next))).toMatchObject({
      title: "Data Engineer",
      company: "Northwind Traders",
      locations: ["Lisbon, PT"],
    });
  });

  it("stops after a bounded number of nodes: a posting buried past the limit is not found", () => {
    let deep: Record<string, unknown> = { "@type": "JobPosting" };
    for (let i = 0; i < 25_000; i++) deep = { next: deep };
    expect(findObject(deep, (o) => o["@type"] === "JobPosting")).toBeUndefined();
    // and a wide array is sampled, not walked in full
    const wide = { items: Array.from({ length: 5_000 }, () => ({ n: 1 })) };
    expect(findObject(wide, (o) => o.n === 2)).toBeUndefined();
  });

  it("a page without embedded state has none", () => {
    expect(embeddedStates(page("<title>Plain</title>"))).toEqual([]);
    expect(fromEmbedded(page("<title>Plain</title>"))).toEqual({});
  });
});
