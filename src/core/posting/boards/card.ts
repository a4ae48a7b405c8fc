// A search page with one job open names that job twice: in the detail pane, and in its card in the list
// (marked with the job's id). When the pane cannot be read (not loaded yet, rendered in an iframe, a
// layout no selector knows), the card still shows the title, company and place the user clicked.
import { firstText, query, textOf } from "../dom";
import type { Draft } from "../model";
import { clean, LIMITS } from "../text";

export interface CardSelectors {
  /** Selectors of the element carrying the id; `{id}` is replaced by the job's id. */
  anchor: readonly string[];
  /** The card around the anchor (searched upwards from it, the anchor itself included). */
  card: string;
  title: readonly string[];
  company: readonly string[];
  location: readonly string[];
}

const SAFE_ID = /^[\w-]{4,40}$/;

function closest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** The open job's card, or null. The id comes from the URL, so it is checked before it meets a selector. */
export function cardOf(doc: Document, id: string, sel: CardSelectors): Element | null {
  if (!SAFE_ID.test(id)) return null;
  for (const s of sel.anchor) {
    const anchor = query(doc, s.replaceAll("{id}", id));
    if (anchor) return closest(anchor, sel.card) ?? anchor;
  }
  return null;
}

/** Title, company and location as the open job's card shows them; {} when there is no such card. */
export function readCard(doc: Document, id: string, sel: CardSelectors): Draft {
  const card = cardOf(doc, id, sel);
  if (!card) return {};
  // A card's title link may repeat the title for screen readers: the title attribute or first line wins.
  const titleEl = sel.title.map((s) => query(card, s)).find(Boolean);
  return cardDraft(
    titleEl?.getAttribute("title") || textOf(titleEl?.firstElementChild) || textOf(titleEl),
    firstText(card, sel.company, LIMITS.company),
    firstText(card, sel.location, LIMITS.location),
  );
}

/** A card's title, company and place (from its markup or the page's data), cleaned; empty ones left out. */
export function cardDraft(title: unknown, company: unknown, place: unknown): Draft {
  const d: Draft = {};
  const t = clean(title, LIMITS.title);
  if (t) d.title = t;
  const c = clean(company, LIMITS.company);
  if (c) d.company = c;
  const l = clean(place, LIMITS.location);
  if (l) d.locations = [l];
  return d;
}

/** Fields the pane left empty, taken from the card. */
export function fillFromCard(d: Draft, card: Draft): Draft {
  if (!d.title && card.title) d.title = card.title;
  if (!d.company && card.company) d.company = card.company;
  if (!d.locations?.length && card.locations?.length) d.locations = card.locations;
  return d;
}
