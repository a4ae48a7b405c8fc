// What a job page no adapter knows shows around its heading: the place printed in the heading's own block
// ("<h1>Engineer</h1><ul class="meta"><li class="location">Lyon</li>…"), and the employer's logo in the
// link back to the site's home page (<a href="/"><img alt="Acme"></a>). Read only on pages taken for one
// posting, and only for fields no other source filled.
import { BOARD_NAME } from "./clean";
import { queryAll, textOf, walkElements } from "./dom";
import type { Draft } from "./model";
import { clean, LIMITS, remoteFromText } from "./text";

// A class naming the element as the job's place: "location", "job-location", "posting_location".
const PLACE_CLASS = /^(?:(?:job|position|posting|vacancy)[-_]?)?location$/i;
// Alt texts that name no one: "Logo", "Company logo", "Home", "Careers".
const NO_NAME =
  /^(?:(?:company|site|header|brand)\s+)?(?:logo|home(?:\s*page)?|careers?|jobs?|back|menu|image)$/i;

// Markup a rendered page keeps but does not show (an app's "Application submitted" heading waiting in an
// ng-hide block): hidden by attribute, inline style or the usual utility classes.
const HIDDEN_CLASS = /^(?:hidden|ng-hide|d-none|is-hidden|invisible|visually-hidden|sr-only)$/i;
function isHidden(el: Element): boolean {
  for (let at: Element | null = el, n = 0; at && n < 40; at = at.parentElement, n++) {
    if (at.hasAttribute("hidden") || at.getAttribute("aria-hidden") === "true") return true;
    if (/display\s*:\s*none/i.test(at.getAttribute("style") ?? "")) return true;
    if ((at.getAttribute("class") ?? "").split(/\s+/).some((c) => HIDDEN_CLASS.test(c))) return true;
  }
  return false;
}

/**
 * The job's heading: the first shown h1, in <main>, then in an <article>, then anywhere. A page with no h1
 * (older ATS templates: "<h2>Senior Analyst</h2>" under "<title>Senior Analyst - Careers At Acme") has it
 * as the first shown h2, h3 or h4 whose text the <title> opens with.
 */
export function jobHeading(doc: Document): Element | null {
  for (const selector of ["main h1", "article h1", "h1"]) {
    const shown = queryAll(doc, selector, 10).find((h) => textOf(h) && !isHidden(h));
    if (shown) return shown;
  }
  const title = clean(doc.title, LIMITS.title).toLowerCase();
  if (!title) return null;
  return (
    queryAll(doc, "h2, h3, h4", 10).find((h) => {
      const text = textOf(h).toLowerCase();
      if (text.length < 3 || isHidden(h)) return false;
      return title === text || (title.startsWith(text) && /^\s+[|–—:-]\s/.test(title.slice(text.length)));
    }) ?? null
  );
}

const hasPlaceClass = (el: Element) =>
  (el.getAttribute("class") ?? "").split(/\s+/).some((c) => PLACE_CLASS.test(c));

// One fact of a subtitle that gives the arrangement and the place: "Remote in Joinville, Santa Catarina",
// "Remote (Canada)".
const ARRANGED_PLACE = /^(?:remote|hybrid|on-?site|in[- ]office)(?:\s+in\s+\S|\s*\([^()]{2,60}\)$)/i;

/**
 * The subtitle right under the heading, facts between bars ("Engineering | Remote in Joinville, Santa
 * Catarina, Brazil | Full Time") or one per list item ("<li>$150k</li><li>| Remote (Canada)</li>"): the
 * fact that names an arrangement in a place, as written.
 */
function placeInSubtitle(heading: Element): string {
  const next = heading.nextElementSibling;
  if (!next) return "";
  const items = next.tagName === "UL" || next.tagName === "OL" ? Array.from(next.children).slice(0, 7) : [];
  if (!items.length && next.childElementCount > 3) return "";
  const facts = items.length
    ? items.map((li) => textOf(li, 200).replace(/^[|•·]\s*/, ""))
    : textOf(next, 200).split(/\s+[|•·]\s+/);
  if (facts.length < 2 || facts.length > 6) return "";
  const fact = facts.find((f) => ARRANGED_PLACE.test(f) && f.length <= LIMITS.location);
  return fact?.replace(/\(\s+|\s+\)/g, (m) => m.trim()) ?? "";
}

/**
 * The place in the heading's block: an element classed as the location among the heading's siblings, else
 * the subtitle's "Remote in …" fact.
 */
export function placeByHeading(heading: Element | null): string {
  const block = heading?.parentElement;
  if (!heading || !block) return "";
  for (const el of walkElements(block, 200)) {
    if (el === heading || heading.contains(el) || !hasPlaceClass(el)) continue;
    const text = textOf(el, LIMITS.location + 1);
    if (text && text.length <= LIMITS.location) return text;
  }
  return placeInSubtitle(heading) || placeInFactList(block);
}

/**
 * A heading row followed by a list of facts classed as the location ("<div class="job-location"><ul>
 * <li>Bangkok, Bangkok, Thailand</li><li>Engineering</li><li>Full-Time</li><li>On-Site</li>"): the place is
 * its first item, and an item that is only arrangement wording is the arrangement (fromGeneric's
 * splitRemote reads it from the " • " it is joined with).
 */
function placeInFactList(row: Element): string {
  const next = row.nextElementSibling;
  if (!next || !hasPlaceClass(next)) return "";
  const items = queryAll(next, "li", 8).map((li) => textOf(li, LIMITS.location + 1));
  if (items.length < 2 || !items[0] || items[0].length > LIMITS.location) return "";
  const arrangement = items.slice(1).find((t) => t.length <= 20 && remoteFromText(t) !== undefined);
  return arrangement ? `${items[0]} • ${arrangement}` : items[0];
}

/** "Acme logo" → "Acme"; "" when the alt names no one or names a board. */
function nameFromAlt(alt: string | null): string {
  const raw = clean(alt ?? "", LIMITS.company + 10);
  if (NO_NAME.test(raw)) return "";
  const name = raw.replace(/^logo\s+(?:of\s+)?|\s+logo$/i, "").trim();
  if (!name || name.length > LIMITS.company || NO_NAME.test(name) || BOARD_NAME.test(name)) return "";
  return name;
}

/** The employer named by the logo in the page's link to its site's home page. */
export function employerFromHomeLogo(doc: Document, url: URL): string {
  for (const img of queryAll(doc, "a[href] img[alt]", 20)) {
    const link = img.closest("a");
    let home: URL;
    try {
      home = new URL(link?.getAttribute("href") ?? "", url);
    } catch {
      continue;
    }
    if (home.host !== url.host || (home.pathname !== "/" && home.pathname !== "")) continue;
    const name = nameFromAlt(img.getAttribute("alt"));
    if (name) return name;
  }
  return "";
}

/** The masthead's fields: the place by the heading and the employer by the home logo. */
export function fromMasthead(doc: Document, url: URL, heading: Element | null = jobHeading(doc)): Draft {
  const d: Draft = {};
  const place = placeByHeading(heading);
  if (place) d.locations = [place];
  const company = employerFromHomeLogo(doc, url);
  if (company) d.company = company;
  return d;
}
