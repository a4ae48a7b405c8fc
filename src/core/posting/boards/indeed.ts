// Indeed: /viewjob?jk=<id> pages and search pages whose right pane shows ?vjk=<id>.
import { assignedJson, findObject } from "../embedded";
import type { BoardAdapter, Draft } from "../model";
import { clean } from "../text";
import { canonicalWith, param } from "../urls";
import { type CardSelectors, cardDraft, fillFromCard, readCard } from "./card";
import { readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  root: [
    "#jobsearch-ViewjobPaneWrapper",
    ".jobsearch-RightPane",
    ".jobsearch-ViewJobLayout--embedded", // search page's pane
    ".jobsearch-ViewJobLayout-jobDisplay",
  ],
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '[data-testid="simpler-jobTitle"]', // the search pane's shorter header
    ".jobsearch-JobInfoHeader-title", // pages served before data-testid was added (h1; h2 in the pane)
    ".jobsearch-JobInfoHeader-title-container h1",
  ],
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    ".jobsearch-CompanyInfoContainer a", // older header without test ids
  ],
  locations: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '[data-testid="job-location"]',
    ".jobsearch-JobInfoHeader-subtitle > div:last-child", // older header without test ids
  ],
  salary: [
    '[aria-label="Pay"] li',
    '[role="group"][aria-label="Pay"]',
    "#salaryInfoAndJobType span:first-child",
    '[data-testid="jobsearch-OtherJobDetailsContainer"]',
  ],
  employmentType: [
    '[aria-label="Job type"] li',
    '[role="group"][aria-label="Job type"]',
    "#salaryInfoAndJobType",
  ],
  workplace: [
    // "Hybrid work" / "Remote" sits in the block right after the location.
    '[data-testid="inlineHeader-companyLocation"] + div',
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  ],
  description: ["#jobDescriptionText", ".jobsearch-jobDescriptionText"],
};

// viewjob pages as served until about 2019: plain class names (search pages reuse them for every card,
// so they are read on viewjob pages only).
const OLD_VIEWJOB: Selectors = {
  title: ["b.jobtitle", ".jobtitle"],
  company: [".jobsearch-InlineCompanyRating > div:first-child", "span.company"],
  locations: ["span.location"],
};

// The open job's card in the list: its title link carries data-jk (mosaic cards since 2021, older
// "SerpJobCard" rows too).
const CARD: CardSelectors = {
  anchor: ['[data-jk="{id}"]', "#job_{id}", '[id="sj_{id}"]'],
  card: ".job_seen_beacon, .cardOutline, .result, .jobsearch-SerpJobCard, li",
  title: ['[id^="jobTitle-"]', "h2.jobTitle", "h2.title", ".jobtitle", "a[title]"],
  company: ['[data-testid="company-name"]', ".companyName", ".company"],
  location: ['[data-testid="text-location"]', ".companyLocation", ".location"],
};

// Search pages are served with every result card as data, before any script draws the list or the
// pane: window.mosaic.providerData["mosaic-provider-jobcards"] = { metaData: { mosaicProviderJobCardsModel:
// { results: [{ jobkey, title, company, formattedLocation, … }] } } } (the structure Indeed scrapers read).
const CARD_DATA = 'window.mosaic.providerData["mosaic-provider-jobcards"]';

/** The open job's entry in the served card data; {} when the page has none for that job. */
export function readCardData(doc: Document, jobKey: string): Draft {
  const data = assignedJson(doc, CARD_DATA);
  const entry = data && findObject(data, (o) => o.jobkey === jobKey);
  if (!entry) return {};
  return cardDraft(clean(entry.displayTitle) || entry.title, entry.company, entry.formattedLocation);
}

// viewjob pages are served with the job's header as data too: window._initialData = { jobInfoWrapperModel:
// { jobInfoModel: { jobInfoHeaderModel: { jobTitle, companyName, formattedLocation, remoteWorkModel } } } }.
// A page whose markup is not drawn yet (or was not kept) still names its job there.
const VIEWJOB_DATA = "window._initialData";

/** The viewjob header in the served data; {} when the page has none. */
export function readViewjobData(doc: Document): Draft {
  const data = assignedJson(doc, VIEWJOB_DATA);
  const header = data && findObject(data, (o) => typeof o.jobTitle === "string" && "companyName" in o);
  if (!header) return {};
  const d = cardDraft(header.jobTitle, header.companyName, header.formattedLocation);
  const work = header.remoteWorkModel;
  const kind = work && typeof work === "object" ? String((work as Record<string, unknown>).type ?? "") : "";
  if (/^REMOTE/i.test(kind)) d.remote = true;
  else if (/HYBRID|ON_?SITE|IN_?PERSON/i.test(kind)) d.remote = false;
  return d;
}

export const indeed: BoardAdapter = {
  id: "indeed",
  name: "Indeed",
  matches: ["https://*.indeed.com/*"],
  parseUrl(url) {
    const host = url.hostname === "indeed.com" ? "www.indeed.com" : url.hostname;
    const jk = param(url, "jk");
    const vjk = param(url, "vjk");
    const id = /viewjob|\/rc\/clk|\/pagead\/clk/i.test(url.pathname) ? jk || vjk : vjk || jk;
    if (!/^[0-9a-f]{8,32}$/i.test(id)) return undefined;
    const canonicalUrl = canonicalWith(new URL(`https://${host}`), "/viewjob", { jk: id });
    return { postingId: id, canonicalUrl, pane: !/viewjob/i.test(url.pathname) };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    const open = indeed.parseUrl(url);
    if (open?.pane && open.postingId) {
      fillFromCard(d, readCard(doc, open.postingId, CARD));
      fillFromCard(d, readCardData(doc, open.postingId));
    } else if (!d.title) {
      fillFromCard(d, readSelectors(doc, OLD_VIEWJOB, url));
      const data = readViewjobData(doc);
      fillFromCard(d, data);
      if (d.remote === undefined && data.remote !== undefined) d.remote = data.remote;
    }
    // The title element ends with a visually-hidden " - job post".
    if (d.title) d.title = d.title.replace(/\s*-\s*job post\s*$/i, "");
    return splitRemote(d);
  },
};
