// Parses HTML in node with happy-dom, scripts and sub-resources disabled.
import { Window } from "happy-dom";

export function parseHtml(html: string, url = "https://example.com/"): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  // happy-dom's Document implements the DOM interfaces core/posting reads; the types are separate.
  return new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
}
