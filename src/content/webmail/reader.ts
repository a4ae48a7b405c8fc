// What every provider's reader gives: the opened messages of the page, and where the chip goes.
import type { EmailProvider } from "../../core/types";
import type { WebmailMessage } from "../../shared/protocol";

export interface OpenedMessage extends WebmailMessage {
  /** The message's element, for the observer to see it (not sent anywhere). */
  element: Element;
}

export interface Reader {
  provider: EmailProvider;
  /** Hostnames the reader is for. */
  hosts: readonly string[];
  /** Opened messages whose body is on the page, oldest first. */
  read(doc: Document, url: string): OpenedMessage[];
  /** Whether the URL (and, for Outlook, the selected row) says a conversation is open. */
  conversationOpen(doc: Document, url: string): boolean;
  /** The element the chip goes beside (the subject), or null. */
  subjectAnchor(doc: Document, message: OpenedMessage): Element | null;
}

/** Name and address from "Jane Doe <jane@x.com>" or a bare address. */
export function splitSender(text: string): { name: string; address: string } {
  const m = /<?([^\s<>()"']+@[^\s<>()"']+\.[^\s<>()"']+)>?/.exec(text);
  const address = (m?.[1] ?? "").toLowerCase();
  const name = (m ? text.replace(m[0], "") : text).replace(/["'()]/g, "").trim();
  return { name, address };
}
