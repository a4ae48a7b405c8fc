// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com). Its class names are
// hashed and renamed often, so it is read through ids, role, aria-* (localised: see OUTLOOK_LABELS),
// data-app-section and data-testid, each field through a fallback chain (selectors.ts).
//
// Outlook puts no per-message id in the page. A message's key is the conversation id (the URL's item id,
// else the selected row's data-convid, as Mailvelope does) plus a hash of its sender and date, which do
// not change on reload or when a reply arrives; without a readable date, sender and the body's first
// 200 characters; position in the conversation only when there is nothing else.

import { PROVIDER_HOSTS } from "../../core/webmail-providers";
import { all, first } from "./chain";
import type { OpenedMessage, Reader } from "./reader";
import { splitSender } from "./reader";
import {
  OUTLOOK,
  OUTLOOK_BODY,
  OUTLOOK_FROM_PREFIXES,
  outlookFromSelector,
  outlookMessageSelector,
} from "./selectors";
import { bodyText, parseDate } from "./text";

/** The item id in ".../mail/inbox/id/AAQk…", ".../deeplink/read/AAMk…" or "?ItemID=…". */
export function urlItemId(url: string): string | undefined {
  try {
    const u = new URL(url);
    const m = /\/(?:id|read)\/([^/?#]+)/.exec(u.pathname);
    const raw = m?.[1] ?? u.searchParams.get("ItemID") ?? u.searchParams.get("itemid");
    return raw ? decodeURIComponent(raw) : undefined;
  } catch {
    return undefined;
  }
}

/** Exchange conversation ids start "AAQk" (in the URL) or "AQQk" (data-convid); item ids "AAMk". */
const isConversationId = (id: string) => /^A[AQ]Qk/.test(id);

/** A short, stable key (FNV-1a, base 36). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function sender(el: Element): { name: string; address: string } {
  const fromEl = el.querySelector(outlookFromSelector);
  const label = fromEl?.getAttribute("aria-label") ?? "";
  const prefix = OUTLOOK_FROM_PREFIXES.find((p) => label.startsWith(p)) ?? "";
  const fromLabel = splitSender(label.slice(prefix.length));
  const titled = (fromEl ?? el).querySelector(OUTLOOK.senderAddress)?.getAttribute("title") ?? "";
  const fromTitle = splitSender(titled);
  const fromText = splitSender(fromEl?.textContent ?? "");
  const address = fromTitle.address || fromLabel.address || fromText.address;
  const name = fromLabel.name || fromText.name || fromTitle.name;
  return { name: name === address ? "" : name, address };
}

/**
 * The message around a body: the element with the localised "Email message" label, else the highest
 * ancestor inside the pane that holds no other body (the card with its header).
 */
function messageOf(body: Element, pane: Element, counts: ReadonlyMap<Element, number>): Element {
  const labelled = body.closest(outlookMessageSelector);
  if (labelled && pane.contains(labelled)) return labelled;
  let card = body;
  for (let p = body.parentElement; p && p !== pane && counts.get(p) === 1; p = p.parentElement) card = p;
  return card;
}

/** How many bodies each ancestor (up to the pane) holds: one walk up from each body. */
function bodyCounts(bodies: readonly Element[], pane: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const body of bodies) {
    for (let p = body.parentElement; p && p !== pane; p = p.parentElement) {
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  return counts;
}

interface Expanded {
  el: Element;
  body: Element;
  date: string | undefined;
  receivedAt: number | undefined;
}

function expanded(pane: Element, lang: string): Expanded[] {
  const bodies = all(pane, OUTLOOK_BODY, "inner");
  const counts = bodyCounts(bodies, pane);
  return bodies.map((body) => {
    const el = messageOf(body, pane, counts);
    const dateEl = first(el, OUTLOOK.date);
    const date =
      dateEl?.getAttribute("title") ||
      dateEl?.getAttribute("datetime") ||
      dateEl?.textContent?.trim() ||
      undefined;
    return { el, body, date, receivedAt: parseDate(date, lang) };
  });
}

/** Oldest first: by date when every date was read, else Outlook's default order (newest on top). */
function oldestFirst(items: Expanded[]): Expanded[] {
  if (items.every((i) => i.receivedAt !== undefined)) {
    return [...items].sort((a, b) => (a.receivedAt ?? 0) - (b.receivedAt ?? 0));
  }
  return [...items].reverse();
}

/** The subject's text: the first span with text inside the heading (OUTLOOK.subjectText), else the heading's. */
function subjectOf(heading: Element | null): string {
  if (!heading) return "";
  for (const step of OUTLOOK.subjectText) {
    // Array.from, not for…of over the NodeList (Firefox's Xray wrappers).
    const texts = Array.from(heading.querySelectorAll(step.selector)).map((s) =>
      (s.textContent ?? "").trim(),
    );
    const own = texts.find((t) => t !== "");
    if (own) return own;
  }
  return (heading.textContent ?? "").trim();
}

function conversationId(doc: Document, url: string): string | undefined {
  const item = urlItemId(url);
  if (item && isConversationId(item)) return item;
  return first(doc, OUTLOOK.selectedRow)?.getAttribute("data-convid") || undefined;
}

export const outlookReader: Reader = {
  provider: "outlook",
  hosts: PROVIDER_HOSTS.outlook,
  read(doc, url) {
    const pane = first(doc, OUTLOOK.readingPane);
    if (!pane) return [];
    const itemId = urlItemId(url);
    const conversation = conversationId(doc, url);
    let items = oldestFirst(expanded(pane, doc.documentElement.lang));
    // The URL names one message (conversations off): the newest expanded one is it.
    const single = itemId && !isConversationId(itemId) ? itemId : undefined;
    if (single) items = items.slice(-1);
    else if (!conversation) return []; // Nothing to key the messages by that survives a reload.
    const subject = subjectOf(first(pane, OUTLOOK.subject));
    return items.map((item, position): OpenedMessage => {
      const from = sender(item.el);
      const body = bodyText(item.body, OUTLOOK.trim);
      // Sender and date are what Outlook shows for a message and keep on reload; without a date, the
      // body's start tells two messages of one sender apart. Position only when nothing else is there.
      const key = item.date
        ? shortHash(`${from.address}|${item.date}`)
        : from.address || body
          ? shortHash(`${from.address}|${body.slice(0, 200)}`)
          : `${position}`;
      return {
        provider: "outlook",
        messageId: single ?? `${conversation}.${key}`,
        ...(conversation ? { threadId: conversation } : {}),
        fromName: from.name,
        fromAddress: from.address,
        subject,
        ...(item.date ? { date: item.date } : {}),
        ...(item.receivedAt !== undefined ? { receivedAt: item.receivedAt } : {}),
        body,
        element: item.el,
      };
    });
  },
  conversationOpen(doc, url) {
    return urlItemId(url) !== undefined || first(doc, OUTLOOK.selectedRow) !== null;
  },
  subjectAnchor(doc) {
    const pane = first(doc, OUTLOOK.readingPane);
    return pane ? first(pane, OUTLOOK.subject) : null;
  },
};
