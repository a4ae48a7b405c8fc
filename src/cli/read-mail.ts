// Developer CLI: prints the messages a webmail reader finds on a saved Gmail or Outlook page, as a
// JSON array (zero messages: []). The reader is chosen by the URL's host, as in the browser.
//   npm run --silent read-mail -- --url <page URL> <file.html>
import { readFileSync } from "node:fs";
import { readerFor } from "../content/webmail/readers";
import { parseHtml, parseUrlFileArgs } from "./html";
import { printable } from "./printable-mail";

const { url, file } = parseUrlFileArgs("read-mail", process.argv.slice(2));
const reader = readerFor(new URL(url).hostname);
if (!reader) {
  console.error(`read-mail: no reader for ${new URL(url).hostname} (Gmail and Outlook on the web only)`);
  process.exit(2);
}
let html: string;
try {
  html = readFileSync(file, "utf8");
} catch (error) {
  console.error(`read-mail: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const { document, close } = parseHtml(html, url);
const messages = reader.read(document, url).map(printable);
console.log(JSON.stringify(messages, null, 2));
await close();
