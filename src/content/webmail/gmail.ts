// Gmail (mail.google.com). Its message DOM has been stable for a decade: each opened message is a
// div.adn carrying its legacy hex id, the thread's subject is h2.hP with the thread ids, the sender is
// span.gD with the address as an attribute, and the body is div.a3s (absent while collapsed).

import type { OpenedMessage, Reader } from "./reader";
import { splitSender } from "./reader";
import { GMAIL } from "./selectors";
import { bodyText, parseDate } from "./text";

function messageId(el: Element): string {
  const legacy = el.getAttribute("data-legacy-message-id");
  if (legacy) return legacy;
  // data-message-id is "#msg-f:1790…" (decimal); kept as is when the legacy id is missing.
  return (el.getAttribute("data-message-id") ?? "").replace(/^#/, "");
}

function threadId(doc: Document): string | undefined {
  const h2 = doc.querySelector(GMAIL.subject);
  const id =
    h2?.getAttribute("data-legacy-thread-id") ??
    h2?.getAttribute("data-thread-perm-id") ??
    doc.querySelector("[data-legacy-thread-id]")?.getAttribute("data-legacy-thread-id");
  return id || undefined;
}

function sender(el: Element): { name: string; address: string } {
  const span = el.querySelector(GMAIL.sender) ?? el.querySelector(GMAIL.senderFallback);
  if (!span) return { name: "", address: "" };
  const address = (span.getAttribute("email") ?? span.getAttribute("data-hovercard-id") ?? "").toLowerCase();
  const name = (span.getAttribute("name") ?? span.textContent ?? "").trim();
  return address ? { name: name === address ? "" : name, address } : splitSender(span.textContent ?? "");
}

function readOne(el: Element, doc: Document): OpenedMessage | null {
  const id = messageId(el);
  const bodyEl = el.querySelector(GMAIL.body);
  if (!id || !bodyEl) return null;
  const from = sender(el);
  const dateEl = el.querySelector(GMAIL.date) ?? el.querySelector(GMAIL.dateFallback);
  const date = dateEl?.getAttribute("title") || dateEl?.getAttribute("aria-label") || undefined;
  const thread = threadId(doc);
  const receivedAt = parseDate(date, doc.documentElement.lang);
  return {
    provider: "gmail",
    messageId: id,
    ...(thread ? { threadId: thread } : {}),
    fromName: from.name,
    fromAddress: from.address,
    subject: (doc.querySelector(GMAIL.subject)?.textContent ?? "").trim(),
    ...(date ? { date } : {}),
    ...(receivedAt !== undefined ? { receivedAt } : {}),
    body: bodyText(bodyEl, GMAIL.trim),
    element: el,
  };
}

export const gmailReader: Reader = {
  provider: "gmail",
  hosts: ["mail.google.com"],
  read(doc) {
    const out: OpenedMessage[] = [];
    const seen = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll(GMAIL.message))) {
      const msg = readOne(el, doc);
      if (msg && !seen.has(msg.messageId)) {
        seen.add(msg.messageId);
        out.push(msg);
      }
    }
    return out;
  },
  subjectAnchor(doc) {
    return doc.querySelector(GMAIL.subject);
  },
};
