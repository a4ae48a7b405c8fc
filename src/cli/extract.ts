// Developer CLI: prints the JobPosting read from a saved page.
//   npm run --silent extract -- --url <page URL> <file.html>
// Parsing uses happy-dom with scripts, styles, iframes and navigation disabled: nothing is fetched.
import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { extractPosting } from "../core/posting/index";

const USAGE = "usage: npm run --silent extract -- --url <page URL> <file.html>";

function fail(message: string): never {
  console.error(`extract: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): { url: string; file: string } {
  let url = "";
  let file = "";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--url") url = argv[++i] ?? "";
    else if (arg.startsWith("--url=")) url = arg.slice(6);
    else if (arg === "-h" || arg === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else if (!file) file = arg;
    else fail(`unexpected argument: ${arg}`);
  }
  if (!url) fail("missing --url <page URL>");
  if (!file) fail("missing <file.html>");
  try {
    new URL(url);
  } catch {
    fail(`not an absolute URL: ${url}`);
  }
  return { url, file };
}

export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  // happy-dom's Document implements the DOM interfaces core/posting reads; the types are separate.
  const document = new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

const { url, file } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, "utf8");
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
const { document, close } = parseHtml(html, url);
console.log(JSON.stringify(extractPosting(document, url), null, 2));
await close();
