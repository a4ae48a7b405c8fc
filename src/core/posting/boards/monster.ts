// Monster: /job-openings/<slug>--<uuid> pages and search pages showing ?id=<uuid> in a pane.
import { first, firstText } from "../dom";
import type { BoardAdapter, Draft } from "../model";
import { parseSalaryText } from "../salary";
import { remoteFromText } from "../text";
import { canonicalWith, param } from "../urls";
import { type CardSelectors, cardOf, fillFromCard, readCard } from "./card";
import { readSelectors, type Selectors, splitRemote } from "./common";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export const SELECTORS: Selectors = {
  root: [
    '[data-testid="JobViewContainer"]',
    '[class*="job-view-container"]',
    "#JobPreview",
    // The element every search card names in aria-controls: the pane the open job is shown in.
    "#BigJobCardId",
  ],
  title: [
    '[data-testid="jobTitle"]',
    'h1[class*="JobViewTitle"]', // styled-components class, prefix is stable
    "main h1",
  ],
  company: ['[data-testid="company"]', 'h2[class*="JobViewHeaderCompany"]', '[class*="company-name"]'],
  locations: ['[data-testid="jobDetailLocation"]', 'h3[class*="JobViewHeaderLocation"]'],
  salary: ['[data-testid="svx_jobview-salary"]', '[data-testid="salary"]'],
  employmentType: ['[data-testid="svx_jobview-jobtype"]', '[data-testid="jobType"]'],
  description: ['[data-testid="svx-description-container-inner"]', "#JobDescription", ".job-description"],
};

// A search page's cards, as the real 2024 list shows them (monster-search-list-sdr, dev): an <article> with
// the job's id in data-job-id, its title link (to /job-openings/<slug>--<id>), employer and place.
const CARD: CardSelectors = {
  anchor: ['[data-testid="svx_jobCard"][data-job-id="{id}"]', 'a[data-testid="jobTitle"][href*="--{id}"]'],
  card: '[data-testid="svx_jobCard"]',
  title: ['[data-testid="jobTitle"]'],
  company: ['[data-testid="company"]'],
  location: ['[data-testid="jobDetailLocation"]'],
};

/** The open job as its card shows it: title, employer, place, and the card's "Remote" flag and pay tag. */
function fromCard(doc: Document, id: string): Draft {
  const d = readCard(doc, id, CARD);
  const card = cardOf(doc, id, CARD);
  if (!card) return d;
  const flag = firstText(card, ['[data-testid="jobDetailRemoteFlag"]'], 60);
  const remote = flag ? remoteFromText(flag) : undefined;
  if (remote !== undefined) d.remote = remote;
  const salary = parseSalaryText(firstText(card, ['[data-tagtype-testid="payTag"]'], 300));
  if (salary) d.salary = salary;
  return d;
}

export const monster: BoardAdapter = {
  id: "monster",
  name: "Monster",
  matches: ["https://*.monster.com/*", "https://*.monster.co.uk/*", "https://*.monster.ca/*"],
  parseUrl(url) {
    const path = /^\/job-openings\/(?:[^/]*?--)?([0-9a-f-]{36})\/?$/i.exec(url.pathname);
    if (path && UUID.test(path[1]!)) {
      return { postingId: path[1]!.toLowerCase(), canonicalUrl: canonicalWith(url, url.pathname) };
    }
    const id = param(url, "id");
    if (UUID.test(id) && id.length === 36) {
      return {
        postingId: id.toLowerCase(),
        canonicalUrl: canonicalWith(url, `/job-openings/${id.toLowerCase()}`),
        pane: true,
      };
    }
    return undefined;
  },
  extract(doc, url) {
    const open = monster.parseUrl(url);
    if (!open?.pane || !open.postingId) return splitRemote(readSelectors(doc, SELECTORS, url));
    // No pane in the page (not rendered yet): the document's first title, employer and places are the
    // list's cards, other jobs. Only the open job's own card speaks for it.
    if (!first(doc, SELECTORS.root)) return splitRemote(fromCard(doc, open.postingId));
    return splitRemote(fillFromCard(readSelectors(doc, SELECTORS, url), fromCard(doc, open.postingId)));
  },
};
