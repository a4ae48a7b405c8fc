// Webmail content script, registered per provider only once the user turned tagging on (see
// background/email/registration). It reads opened messages, keeps everything that does not look
// job-related inside the page, and asks the background to tag the rest. It never opens IndexedDB.
import { listenInTab, send } from "../../shared/messaging";
import type { WebmailContext } from "../../shared/protocol";
import { createWatchdog } from "../health";
import { showChip } from "./chip";
import { observe } from "./observer";
import type { Reader } from "./reader";
import { readerFor } from "./readers";
import { createScanner } from "./scanner";

// The list lives in readers.ts (importable in node, without the browser); re-exported for callers here.
export { READERS, readerFor } from "./readers";

const OFF: WebmailContext = { enabled: false, companies: [], domains: [] };

function start(reader: Reader): void {
  // Kept in page memory only; asked again when the background says tracked applications changed.
  let context: Promise<WebmailContext> | undefined;
  const getContext = () => {
    context ??= send("webmail/context", {}).catch(() => OFF);
    return context;
  };
  const scanner = createScanner({
    reader,
    doc: document,
    url: () => location.href,
    context: getContext,
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
  const watchdog = createWatchdog({
    url: () => location.href,
    check: () => ({
      open: reader.conversationOpen(document, location.href),
      readable: reader.read(document, location.href).length > 0,
    }),
    // Only while tagging is on: a reader the user turned off says nothing.
    report: () =>
      void getContext()
        .then((c) => (c.enabled ? send("health/report", { surface: reader.provider }) : null))
        .catch(() => null),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (id) => window.clearTimeout(id),
  });
  const observing = observe(document, window, () => {
    const again = scanner.scan();
    watchdog.update(reader.conversationOpen(document, location.href), scanner.lastRead > 0);
    return again;
  });
  listenInTab({
    "webmail/refresh": () => {
      context = undefined;
      const rechecked = scanner.recheck();
      observing.request();
      return { rechecked };
    },
  });
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
