// Saved pages are parsed as a browser parses them (src/cli/spec-parse.ts): what follows a <style> inside
// an inline <svg> is kept (happy-dom's own parser dropped the rest of the page there), nothing is run,
// template content stays in its fragment, and deep markup cannot overflow the stack.
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../../src/cli/html";

const open = (html: string) => parseHtml(html, "https://www.indeed.com/jobs?q=x").document;

describe("saved pages parsed as a browser parses them", () => {
  it("keeps everything after a <style> or <script> inside an inline <svg>", () => {
    const d = open(
      `<body><svg><path d="M0,0"></path><style>#a { fill: red }</style><script>var x = 1;</script></svg>
       <h1 class="title">Line Cook</h1><p>Diner Co</p></body>`,
    );
    expect(d.querySelector("h1.title")?.textContent).toBe("Line Cook");
    expect(d.querySelector("p")?.textContent).toBe("Diner Co");
    expect(d.querySelector("svg style")?.textContent).toBe("#a { fill: red }");
  });

  it("runs no script, and keeps a page's title, attributes and namespaces", () => {
    const d = open(
      `<!DOCTYPE html><html lang="en"><head><title>Jobs | Indeed</title></head><body>
       <script>document.title = "changed"; window.ran = true;</script>
       <a data-jk="b6bab53a3af7b954" href="/rc/clk?jk=b6bab53a3af7b954">Open</a>
       <svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#i"></use></svg></body></html>`,
    );
    expect(d.title).toBe("Jobs | Indeed");
    expect((d.defaultView as unknown as { ran?: boolean } | null)?.ran).toBeUndefined();
    expect(d.querySelector('[data-jk="b6bab53a3af7b954"]')?.getAttribute("href")).toContain("jk=");
    expect(d.querySelector("svg")?.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(d.documentElement.getAttribute("lang")).toBe("en");
  });

  it("keeps template content in its fragment, and fixes markup as a browser does", () => {
    const d = open(
      `<body><template><h1>Not shown</h1></template><p>one<p>two</div><table><td>cell</table></body>`,
    );
    expect(d.querySelector("h1")).toBeNull();
    expect((d.querySelector("template") as HTMLTemplateElement).content.textContent).toBe("Not shown");
    expect(d.querySelectorAll("p").length).toBe(2);
    expect(d.querySelector("table tbody tr td")?.textContent).toBe("cell");
  });

  it("copies markup 20,000 elements deep without overflowing the stack", () => {
    const d = open(`<body>${"<span>".repeat(20_000)}deep${"</span>".repeat(20_000)}</body>`);
    let el: Element | null = d.body;
    let depth = 0;
    while (el?.firstElementChild) {
      el = el.firstElementChild;
      depth++;
    }
    expect([depth, el?.firstChild?.nodeValue]).toEqual([20_000, "deep"]);
  });
});
