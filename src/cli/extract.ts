// Developer CLI: prints the JobPosting read from a saved page.
//   npm run --silent extract -- --url <page URL> <file.html>
// Parsing uses happy-dom with scripts, styles, iframes and navigation disabled: nothing is fetched.
import { readFileSync } from "node:fs";
import { extractPosting } from "../core/posting/index";
import { parseHtml, parseUrlFileArgs } from "./html";

const { url, file } = parseUrlFileArgs("extract", process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, "utf8");
} catch (error) {
  console.error(`extract: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const { document, close } = parseHtml(html, url);
console.log(JSON.stringify(extractPosting(document, url), null, 2));
await close();
