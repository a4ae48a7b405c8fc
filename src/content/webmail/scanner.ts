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
  /** How many messages the last scan read (the health watchdog's "readable"). */
  readonly lastRead: number;
  /**
   * The context changed (tracked companies): messages kept in the page are looked at again on the next
   * scan. Returns how many.
   */
  recheck(): number;
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
  /** Messages that stayed in the page (tagging off, or not job-looking), with the body they had. */
  const kept = new Map<string, string>();
  /**
   * What each message element last showed. The same element and text under a new id means the URL (or
   * selected row) moved on before the page re-rendered: that text belongs to the old id, so it waits.
   */
  const shown = new WeakMap<Element, { id: string; body: string }>();
  let lastRead = 0;

  const show = (msg: OpenedMessage) => {
    const tag = tags.get(msg.messageId);
    const anchor = tag ? deps.reader.subjectAnchor(deps.doc, msg) : null;
    if (tag && anchor) deps.show(anchor, tag, (next) => tags.set(msg.messageId, next));
  };

  const handle = async (msg: OpenedMessage) => {
    try {
      const context = await deps.context();
      if (!context.enabled || !looksJobRelated(msg, context)) {
        kept.set(msg.messageId, msg.body); // Nothing leaves the page.
        return;
      }
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
    get lastRead() {
      return lastRead;
    },
    recheck() {
      const n = kept.size;
      for (const [id, body] of kept) {
        handled.delete(id);
        lastBody.set(id, body); // Already seen settled: the next scan sends it if it still matches.
      }
      kept.clear();
      return n;
    },
    scan() {
      let again = false;
      const messages = deps.reader.read(deps.doc, deps.url());
      lastRead = messages.length;
      for (const msg of messages) {
        const id = msg.messageId;
        const was = shown.get(msg.element);
        // Mid-switch: old content under the new id. The re-render to come is a mutation: scanned then.
        if (was && was.id !== id && was.body === msg.body) continue;
        shown.set(msg.element, { id, body: msg.body });
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
