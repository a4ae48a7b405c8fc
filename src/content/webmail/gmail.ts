// Gmail (mail.google.com). Each field is read through a fallback chain (selectors.ts); each message
// gets one id whatever Gmail shows (gmail-id.ts).

import { PROVIDER_HOSTS } from "../../core/webmail-providers";
import { all, first } from "./chain";
import { gmailMessageId } from "./gmail-id";
import type { OpenedMessage, Reader } from "./reader";
import { splitSender } from "./reader";
import { GMAIL } from "./selectors";
import { bodyText, parseDate } from "./text";

export function gmailThreadId(doc: Document): string | undefined {
  const h2 = first(doc, GMAIL.subject);
  const raw =
    h2?.getAttribute("data-legacy-thread-id") ??
    doc.querySelector("[data-legacy-thread-id]")?.getAttribute("data-legacy-thread-id") ??
    h2?.getAttribute("data-thread-perm-id");
  return raw ? raw.replace(/^#/, "") : undefined;
}

function sender(el: Element): { name: string; address: string } {
  const span = first(el, GMAIL.sender);
  if (!span) return { name: "", address: "" };
  const address = (span.getAttribute("email") ?? span.getAttribute("data-hovercard-id") ?? "").toLowerCase();
  const name = (span.getAttribute("name") ?? span.textContent ?? "").trim();
  return address ? { name: name === address ? "" : name, address } : splitSender(span.textContent ?? "");
}

/** The body element, or null while collapsed or not loaded yet. */
function bodyOf(el: Element): Element | null {
  const body = first(el, GMAIL.body);
  if (!body || body.matches(GMAIL.bodyNotLoaded)) return null;
  return body;
}

function readOne(el: Element, doc: Document, subject: string, thread: string | undefined) {
  if (el.closest(GMAIL.notShown)) return null;
  const bodyEl = bodyOf(el);
  const id = gmailMessageId(el, bodyEl);
  if (!id || !bodyEl) return null;
  const from = sender(el);
  const dateEl = first(el, GMAIL.date);
  const date = dateEl?.getAttribute("title") || dateEl?.getAttribute("aria-label") || undefined;
  const receivedAt = parseDate(date, doc.documentElement.lang);
  const msg: OpenedMessage = {
    provider: "gmail",
    messageId: id,
    ...(thread ? { threadId: thread } : {}),
    fromName: from.name,
    fromAddress: from.address,
    subject,
    ...(date ? { date } : {}),
    ...(receivedAt !== undefined ? { receivedAt } : {}),
    body: bodyText(bodyEl, GMAIL.trim),
    element: el,
  };
  return msg;
}

/** gmail.js's current_page() == "email": the hash ends in a 16+ character thread id. */
export function gmailConversationOpen(url: string): boolean {
  try {
    return /\/[0-9a-zA-Z]{16,}$/.test(new URL(url).hash);
  } catch {
    return false;
  }
}

export const gmailReader: Reader = {
  provider: "gmail",
  hosts: PROVIDER_HOSTS.gmail,
  read(doc) {
    const root = first(doc, GMAIL.threadRoot) ?? doc;
    const subject = (first(doc, GMAIL.subject)?.textContent ?? "").trim();
    const thread = gmailThreadId(doc);
    const out: OpenedMessage[] = [];
    const seen = new Set<string>();
    for (const el of all(root, GMAIL.message, "outer")) {
      const msg = readOne(el, doc, subject, thread);
      if (msg && !seen.has(msg.messageId)) {
        seen.add(msg.messageId);
        out.push(msg);
      }
    }
    return out;
  },
  conversationOpen(_doc, url) {
    return gmailConversationOpen(url);
  },
  subjectAnchor(doc) {
    return first(doc, GMAIL.subject);
  },
};

export { canonicalId } from "./gmail-id";
