// npm run eval:pages [-- --split dev|test] [--errors] [--time]
// Per-board, per-field accuracy of the posting extractor over the real pages in tests/fixtures/real-pages/
// (title, company, every location, remote; on pages with no single posting: that none is offered).
import { extractPosting } from "../core/posting/index";
import { parseHtml } from "./html";
import { evaluatePage, formatErrors, formatTable, loadManifest, readPage } from "./real-pages";

const parse = (html: string, url: string): Document => parseHtml(html, url).document;

const args = process.argv.slice(2);
const at = args.indexOf("--split");
const only = at >= 0 ? args[at + 1] : undefined;
if (only !== undefined && only !== "dev" && only !== "test") {
  console.error("usage: npm run eval:pages -- [--split dev|test] [--errors] [--time]");
  process.exit(2);
}
const pages = loadManifest().filter((p) => !only || p.split === only);
const results = pages.map((p) => evaluatePage(p, parse));
for (const split of ["dev", "test"] as const) {
  const part = results.filter((r) => r.page.split === split);
  if (part.length) console.log(`${formatTable(part, `${split} split`)}\n`);
}
if (!only && results.length) console.log(formatTable(results, "all pages"));
if (args.includes("--errors")) {
  const errors = formatErrors(results);
  if (errors) console.log(`\n${errors}`);
}

// --time: extraction alone (DOM parsed first) on the four largest pages, median of 30 runs per page.
if (args.includes("--time")) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const large = pages
    .map((p) => ({ page: p, html: readPage(p) }))
    .sort((a, b) => b.html.length - a.html.length)
    .slice(0, 4);
  const all: number[] = [];
  console.log("\n| page | size | extraction median |\n| --- | --- | --- |");
  for (const { page, html } of large) {
    const doc = parse(html, page.url);
    for (let i = 0; i < 5; i++) extractPosting(doc, page.url); // warm-up
    const ms: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      extractPosting(doc, page.url);
      ms.push(performance.now() - t);
    }
    all.push(...ms);
    console.log(`| ${page.file} | ${Math.round(html.length / 1000)} kB | ${median(ms).toFixed(2)} ms |`);
  }
  console.log(`| **all four** | | ${median(all).toFixed(2)} ms |`);
}
