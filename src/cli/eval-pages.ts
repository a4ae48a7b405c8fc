// npm run eval:pages [-- --split dev|test] [--errors]
// Per-board, per-field accuracy of the posting extractor over the real pages in tests/fixtures/real-pages/
// (title, company, every location, remote; on pages with no single posting: that none is offered).
import { parseHtml } from "./html";
import { evaluatePage, formatErrors, formatTable, loadManifest } from "./real-pages";

const parse = (html: string, url: string): Document => parseHtml(html, url).document;

const args = process.argv.slice(2);
const at = args.indexOf("--split");
const only = at >= 0 ? args[at + 1] : undefined;
if (only !== undefined && only !== "dev" && only !== "test") {
  console.error("usage: npm run eval:pages -- [--split dev|test] [--errors]");
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
