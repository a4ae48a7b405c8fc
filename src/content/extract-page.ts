// Injected on demand by the context menu ("Save job to Debrief"), on any page the user picked it on
// (activeTab): reads the job with the same extraction as the panel, boards outside the list through
// JSON-LD and meta tags. It only defines a reader; the background calls it and gets a PageJob back.
import { isLikelyPostingPage } from "../core/posting/extract";
import type { PageJob } from "../shared/protocol";
import { readAnyPage } from "./jobboard/page";

declare global {
  var __debriefReadPage: ((postingOnly?: boolean) => PageJob | null) | undefined;
}

/** `postingOnly`: the popup's unasked offer reads only pages that look like a posting (no heading guess). */
globalThis.__debriefReadPage = (postingOnly = false) => {
  try {
    if (postingOnly && !isLikelyPostingPage(document, location.href)) return null;
    const job = readAnyPage(document, location.href);
    // Plain JSON for the trip back; the description is not stored and can be long.
    const { description: _unused, ...posting } = job.posting;
    return { url: job.url, posting: { ...posting, sources: {} } };
  } catch (error) {
    console.debug("Debrief: could not read this page", error);
    return null;
  }
};
