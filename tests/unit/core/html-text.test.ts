// The one HTML-to-text routine (src/core/html-text.ts) behind postings, webmail bodies and mail that
// arrives as markup. Fragments written here; the surfaces' own fixtures (posting, webmail, email) are
// checked through their readers in their suites.
import { describe, expect, it } from "vitest";
import { elementText, MAIL_TEXT, markupText, POSTING_TEXT, shownText } from "../../../src/core/html-text";
import { parseHtml } from "./posting/parse";

const body = (html: string) => parseHtml(`<!doctype html><html><body>${html}</body></html>`).body;

const FRAGMENTS = [
  "<p><b>Who we are</b></p><p>Lone Star Freight moves 2,000 pallets a day.</p><ul><li>Lead a team of 20</li><li>Own safety walks</li></ul>",
  "<div>Hi Ana,</div><div><br></div><div>Thanks for your time today &amp; see you Monday.</div>",
  "<table><tr><td>Role</td><td>Analyst</td></tr><tr><td>Place</td><td>Leeds</td></tr></table>",
  "<h2>Requirements</h2><ol><li>SQL</li><li>Python</li></ol><script>alert(1)</script><p>Apply &ndash; now</p>",
  "<pre>line one\n  line two</pre><p>after</p>",
];

describe("HTML as text: one routine, two ways in", () => {
  it.each(FRAGMENTS)("reads a string as it reads the parsed element: %s", (html) => {
    for (const style of [POSTING_TEXT, MAIL_TEXT]) {
      expect(markupText(html, style)).toBe(elementText(body(html), style));
    }
  });

  it("gives a posting paragraphs and bullets, and a mail body its lines", () => {
    const html = FRAGMENTS[0]!;
    expect(markupText(html, POSTING_TEXT)).toBe(
      "Who we are\n\nLone Star Freight moves 2,000 pallets a day.\n\n• Lead a team of 20\n• Own safety walks",
    );
    expect(markupText(html, MAIL_TEXT)).toBe(
      // List items are lines of their own with a blank line between, as the readers have always kept them.
      "Who we are\n\nLone Star Freight moves 2,000 pallets a day.\n\nLead a team of 20\n\nOwn safety walks",
    );
    expect(markupText(FRAGMENTS[2]!, MAIL_TEXT)).toBe("Role Analyst\n\nPlace Leeds");
  });

  it("leaves out code, controls and hidden parts, and keeps markup in text as text", () => {
    const html =
      '<p>Keep</p><button>Apply now</button><p aria-hidden="true">hidden</p><style>p{}</style><p>&lt;b&gt;literal&lt;/b&gt;</p>';
    expect(elementText(body(html), MAIL_TEXT)).toBe("Keep\n\n<b>literal</b>");
    expect(markupText(html, MAIL_TEXT)).toBe("Keep\n\nhidden\n\n<b>literal</b>");
  });

  it("reads escaped markup (as some JSON-LD ships it) as markup", () => {
    expect(markupText("&lt;p&gt;Provide care.&lt;/p&gt;&lt;p&gt;Weekends off.&lt;/p&gt;", POSTING_TEXT)).toBe(
      "Provide care.\n\nWeekends off.",
    );
  });

  it("walks children by index only, as Firefox's Xray wrappers allow a content script", () => {
    // A node list with a length and indexes but no iterator: Array.from, for…of or spread would throw.
    const list = (nodes: object[]) => {
      const l: Record<number | "length", unknown> = { length: nodes.length };
      nodes.forEach((n, i) => {
        l[i] = n;
      });
      Object.defineProperty(l, Symbol.iterator, {
        get() {
          throw new Error("no iterator through an Xray wrapper");
        },
      });
      return l;
    };
    const text = (value: string) => ({ nodeType: 3, nodeValue: value });
    const el = (tagName: string, kids: object[]) => ({
      nodeType: 1,
      tagName,
      childNodes: list(kids),
      getAttribute: () => null,
    });
    const root = el("DIV", [el("P", [text("Thanks,")]), el("P", [text("Ana")])]) as unknown as Element;
    expect(elementText(root, MAIL_TEXT)).toBe("Thanks,\n\nAna");
  });

  it("reads markup nested 20,000 deep without running out of stack", () => {
    const depth = 20_000;
    const doc = parseHtml("<!doctype html><body></body>");
    let node: Element = doc.body;
    for (let i = 0; i < depth; i++) node = node.appendChild(doc.createElement("span"));
    node.textContent = "deep text";
    expect(elementText(doc.body, MAIL_TEXT, { budget: 100 })).toBe("deep text");
  });

  it("caps the text and stops reading past its budget", () => {
    const long = `<p>${"word ".repeat(10_000)}</p>`;
    expect(markupText(long, POSTING_TEXT, 100)).toHaveLength(100);
    expect(elementText(body(long), POSTING_TEXT, { max: 100 }).endsWith("…")).toBe(true);
    // 10,000 void tags: each is passed over without looking for an end tag it cannot have.
    expect(markupText(`${"<img src=x>".repeat(10_000)}<p>end</p>`, MAIL_TEXT)).toBe("end");
  });
});

describe("a field's text", () => {
  it("is its textContent without code or styling inside it (a CSS-in-JS <style> in a company link)", () => {
    const b = body(
      '<a id="c">Uddhav <b>Innovations</b><style>.serp-page-1jtd2m7{inline-size:1.5rem}</style><script>x()</script><noscript>Enable JS</noscript></a><h1 id="t">Flutter Developer</h1>',
    );
    expect(shownText(b.querySelector("#c")!)).toBe("Uddhav Innovations");
    expect(shownText(b.querySelector("#t")!)).toBe("Flutter Developer");
  });
});
