// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com). Its class names are
// hashed and renamed often, so it is read through role, aria-* (localised: see OUTLOOK_LABELS),
// data-app-section, data-testid and the item id in the URL.
import type { Reader } from "./reader";
import { splitSender } from "./reader";
import {
  OUTLOOK,
  OUTLOOK_FROM_PREFIXES,
  outlookBodySelector,
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

/** Exchange conversation ids start "AAQk"; item (message) ids "AAMk". */
const isConversationId = (id: string) => id.startsWith("AAQk");

/** A short, stable key for one message of a conversation (FNV-1a over sender and date). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
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
  return { name, address };
}

interface Expanded {
  el: Element;
  body: Element;
  date: string | undefined;
  receivedAt: number | undefined;
}

function expanded(pane: ParentNode, lang: string): Expanded[] {
  const out: Expanded[] = [];
  for (const el of Array.from(pane.querySelectorAll(outlookMessageSelector))) {
    const body = el.querySelector(outlookBodySelector) ?? el.querySelector(OUTLOOK.bodyFallback);
    if (!body) continue; // Collapsed: only a header line.
    const dateEl = el.querySelector(OUTLOOK.date) ?? el.querySelector(OUTLOOK.dateFallback);
    const date =
      dateEl?.getAttribute("title") ||
      dateEl?.getAttribute("datetime") ||
      dateEl?.textContent?.trim() ||
      undefined;
    out.push({ el, body, date, receivedAt: parseDate(date, lang) });
  }
  return out;
}

/**
 * Outlook names one item in the URL. With conversations on, that is the conversation: the newest
 * expanded message is the one the user opened, and it gets a key of its own within the conversation so
 * that a later reply in the same conversation is a new email.
 */
function newest(items: Expanded[]): Expanded | undefined {
  if (items.every((i) => i.receivedAt !== undefined)) {
    return [...items].sort((a, b) => (b.receivedAt ?? 0) - (a.receivedAt ?? 0))[0];
  }
  return items[0]; // Outlook's default order is newest first.
}

export const outlookReader: Reader = {
  provider: "outlook",
  hosts: ["outlook.live.com", "outlook.office.com", "outlook.office365.com"],
  read(doc, url) {
    const itemId = urlItemId(url);
    const pane = first(doc, OUTLOOK.readingPane);
    if (!itemId || !pane) return [];
    const item = newest(expanded(pane, doc.documentElement.lang));
    if (!item) return [];
    const from = sender(item.el);
    const row = doc.querySelector(OUTLOOK.selectedRow)?.getAttribute("data-convid") ?? undefined;
    const threadId = row || (isConversationId(itemId) ? itemId : undefined);
    const messageId = isConversationId(itemId)
      ? `${itemId}.${shortHash(`${from.address}|${item.date ?? ""}`)}`
      : itemId;
    return [
      {
        provider: "outlook",
        messageId,
        ...(threadId ? { threadId } : {}),
        fromName: from.name,
        fromAddress: from.address,
        subject: (first(pane, OUTLOOK.subject)?.textContent ?? "").trim(),
        ...(item.date ? { date: item.date } : {}),
        ...(item.receivedAt !== undefined ? { receivedAt: item.receivedAt } : {}),
        body: bodyText(item.body, OUTLOOK.trim),
        element: item.el,
      },
    ];
  },
  subjectAnchor(doc) {
    const pane = first(doc, OUTLOOK.readingPane);
    return pane ? first(pane, OUTLOOK.subject) : null;
  },
};
