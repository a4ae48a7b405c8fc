// A saved page parsed as a Document for the developer CLIs: parsed as a browser parses it (spec-parse.ts)
// into a happy-dom document with scripts, styles, iframes and navigation disabled, so nothing is fetched or run.
import { Window } from "happy-dom";
import { fillDocument } from "./spec-parse";

/** A window that fetches, runs and navigates nothing (the tests' webmail loader uses it too). */
export const INERT_WINDOW_SETTINGS = {
  disableJavaScriptFileLoading: true,
  disableJavaScriptEvaluation: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
  },
};

export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({ url, settings: INERT_WINDOW_SETTINGS });
  // happy-dom's Document implements the DOM interfaces the readers use; the types are separate.
  const document = new window.DOMParser().parseFromString("", "text/html") as unknown as Document;
  fillDocument(document, html);
  return { document, close: () => window.happyDOM.close() };
}

export const USAGE_URL_FILE = "--url <page URL> <file.html>";

/** `--url URL file.html` (or --url=URL), exiting with a usage message on anything else. */
export function parseUrlFileArgs(name: string, argv: string[]): { url: string; file: string } {
  const usage = `usage: npm run --silent ${name} -- ${USAGE_URL_FILE}`;
  const fail = (message: string): never => {
    console.error(`${name}: ${message}\n${usage}`);
    process.exit(2);
  };
  let url = "";
  let file = "";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--url") url = argv[++i] ?? "";
    else if (arg.startsWith("--url=")) url = arg.slice(6);
    else if (arg === "-h" || arg === "--help") {
      console.log(usage);
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
