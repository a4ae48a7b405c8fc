// Injected on demand by the context menu ("Save job to Debrief"), on any page the user picked it on
// (activeTab): reads the job with the same extraction as the panel, boards outside the list through
// JSON-LD and meta tags. It only defines a reader; the background calls it and gets a PageJob back.
import type { PageJob } from "../shared/protocol";
import { readAnyPage } from "./jobboard/page";

declare global {
  var __debriefReadPage: (() => PageJob | null) | undefined;
}

globalThis.__debriefReadPage = () => {
  try {
    const job = readAnyPage(document, location.href);
    // Plain JSON for the trip back; the description is not stored and can be long.
    const { description: _unused, ...posting } = job.posting;
    return { url: job.url, posting: { ...posting, sources: {} } };
  } catch (error) {
    console.debug("Debrief: could not read this page", error);
    return null;
  }
};
