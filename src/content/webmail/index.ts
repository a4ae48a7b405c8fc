// Webmail content script, registered per provider only once the user turned tagging on (see
// background/email/registration). It reads opened messages, keeps everything that does not look
// job-related inside the page, and asks the background to tag the rest. It never opens IndexedDB.
import { send } from "../../shared/messaging";
import type { WebmailContext } from "../../shared/protocol";
import { showChip } from "./chip";
import { observe } from "./observer";
import type { Reader } from "./reader";
import { readerFor } from "./readers";
import { createScanner } from "./scanner";

// The list lives in readers.ts (importable in node, without the browser); re-exported for callers here.
export { READERS, readerFor } from "./readers";

function start(reader: Reader): void {
  let context: Promise<WebmailContext> | undefined;
  const scanner = createScanner({
    reader,
    doc: document,
    url: () => location.href,
    // Once per page load, kept in page memory only.
    context: () => {
      context ??= send("webmail/context", {}).catch(() => ({ enabled: false, companies: [], domains: [] }));
      return context;
    },
    ingest: (message) => send("email/ingest", message),
    show: (anchor, tag, update) =>
      showChip(
        anchor,
        tag,
        {
          applications: () => send("email/applications", {}),
          correct: (change) => send("email/correct", { emailId: tag.emailId, ...change }),
          status: (accept) => send("email/status", { emailId: tag.emailId, accept }),
        },
        update,
      ),
  });
  observe(document, window, () => scanner.scan());
}

// Injected into an open tab and registered for its next loads: the second run finds the first.
const started = globalThis as { __debriefWebmailReader?: true };
const reader = typeof location === "undefined" ? undefined : readerFor(location.hostname);
if (reader && !started.__debriefWebmailReader) {
  started.__debriefWebmailReader = true;
  try {
    start(reader);
  } catch (error) {
    console.debug("Debrief: webmail reader not started", error);
  }
}
