// One scan of the page: read the opened messages, wait until a body has stopped changing (the same
// text on two scans), prefilter in the page, send what looks job-related once, and show the chip.
import type { EmailTag, WebmailContext, WebmailMessage } from "../../shared/protocol";
import { looksJobRelated } from "./prefilter";
import type { OpenedMessage, Reader } from "./reader";

export interface ScannerDeps {
  reader: Reader;
  doc: Document;
  url(): string;
  /** Asked once per page load; cached by the caller. */
  context(): Promise<WebmailContext>;
  ingest(message: WebmailMessage): Promise<EmailTag | null>;
  show(anchor: Element, tag: EmailTag, update: (tag: EmailTag) => void): void;
}

export interface Scanner {
  /** True when a body is still settling: scan again soon even if the page stays quiet. */
  scan(): boolean;
  /** Message ids already handled in this page (sent, or kept in the page). */
  readonly handled: ReadonlySet<string>;
}

/** The message as it goes to the background: no element, nothing but the fields of the protocol. */
export function toWire(msg: OpenedMessage): WebmailMessage {
  const { element: _element, ...wire } = msg;
  return wire;
}

export function createScanner(deps: ScannerDeps): Scanner {
  const lastBody = new Map<string, string>();
  const handled = new Set<string>();
  const tags = new Map<string, EmailTag>();

  const show = (msg: OpenedMessage) => {
    const tag = tags.get(msg.messageId);
    const anchor = tag ? deps.reader.subjectAnchor(deps.doc, msg) : null;
    if (tag && anchor) deps.show(anchor, tag, (next) => tags.set(msg.messageId, next));
  };

  const handle = async (msg: OpenedMessage) => {
    try {
      const context = await deps.context();
      if (!context.enabled || !looksJobRelated(msg, context)) return; // Nothing leaves the page.
      const tag = await deps.ingest(toWire(msg));
      if (!tag) return;
      tags.set(msg.messageId, tag);
      show(msg);
    } catch (error) {
      console.debug("Debrief: email not tagged", error);
    }
  };

  return {
    handled,
    scan() {
      let again = false;
      for (const msg of deps.reader.read(deps.doc, deps.url())) {
        const id = msg.messageId;
        if (handled.has(id)) {
          show(msg); // The provider may have re-rendered the view: put the chip back.
          continue;
        }
        const before = lastBody.get(id);
        lastBody.set(id, msg.body);
        if (!msg.body || before !== msg.body) {
          again = true;
          continue;
        }
        handled.add(id);
        lastBody.delete(id);
        void handle(msg);
      }
      return again;
    },
  };
}
