// Parses HTML in node with happy-dom, scripts and sub-resources disabled (the CLIs' parser).
import { parseHtml as open } from "../../../../src/cli/html";

export function parseHtml(html: string, url = "https://example.com/"): Document {
  return open(html, url).document;
}
