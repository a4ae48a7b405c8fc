// Last-resort sources: meta tags (og:title, description) and a guarded generic reader that runs only
// when the page looks like a single job posting.

import { readSelectors, type Selectors, splitRemote } from "./boards/common";
import { BOARD_NAME, companyFromBoardTitle } from "./clean";
import { blockText, first, metaContent, query, queryAll, textOf } from "./dom";
import { findJobPosting } from "./jsonld";
import { fromMasthead, jobHeading } from "./masthead";
import type { Draft } from "./model";
import { clean, LIMITS } from "./text";

/** og:title / twitter:title / <title>; og:description; og:site_name as company. */
export function fromMeta(doc: Document, onBoard: boolean): Draft {
  const d: Draft = {};
  const site = metaContent(doc, "og:site_name", LIMITS.company);
  // Suffixes (" | LinkedIn", " - Careers") are taken off by cleanTitle once the company is known.
  const title =
    metaContent(doc, "og:title") || metaContent(doc, "twitter:title") || clean(doc.title, LIMITS.title);
  if (title && !BOARD_NAME.test(title)) d.title = title;
  const description =
    metaContent(doc, "og:description", LIMITS.description) ||
    metaContent(doc, "description", LIMITS.description);
  if (description) d.description = description;
  // On an employer's own site the site name is the employer ("Acme Careers" → "Acme").
  const company = site.replace(/\s+(careers|jobs)$/i, "").trim();
  if (!onBoard && company && !BOARD_NAME.test(company)) d.company = company;
  // On a board the site name is the board's; its <title> may still name the employer.
  const fromTitle = onBoard ? companyFromBoardTitle(doc.title) : "";
  if (fromTitle) d.company = fromTitle;
  return d;
}

// schema.org microdata, the other structured form a posting page may carry.
const MICRODATA: Selectors = {
  root: ['[itemtype*="schema.org/JobPosting"]'],
  title: ['[itemprop="title"]'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '[itemprop="hiringOrganization"]'],
  locations: ['[itemprop="jobLocation"] [itemprop="address"]', '[itemprop="jobLocation"]'],
  employmentType: ['[itemprop="employmentType"]'],
  datePosted: ['[itemprop="datePosted"]'],
  description: ['[itemprop="description"]'],
};

export function fromGeneric(doc: Document, url: URL): Draft {
  if (query(doc, MICRODATA.root![0]!)) return splitRemote(readSelectors(doc, MICRODATA, url));
  const heading = jobHeading(doc);
  const d: Draft = fromMasthead(doc, url, heading);
  const title = textOf(heading, LIMITS.title);
  if (title) d.title = title;
  const description = blockText(first(doc, ['[class*="description" i]', "article", "main", '[role="main"]']));
  if (description) d.description = description;
  return splitRemote(d);
}

// Job-like path words, with the French, German, Spanish, Italian and Dutch ones career sites use.
const JOB_PATH =
  /(job|career|position|opening|vacanc|posting|requisition|role|emploi|offre|poste|stelle|karriere|empleo|oferta|lavoro|vacature)/i;
// Section headings and phrases of a job ad. Each cue counts once, whatever language says it.
const CUES = [
  /responsibilit|vos missions|votre mission|vos responsabilit|ihre aufgaben|deine aufgaben|deine rolle|tus funciones|responsabilidades|mansioni/i,
  /qualification|qualifikation|votre profil|profil recherch|ihr profil|dein profil|tu perfil|requisitos|il tuo profilo/i,
  /requirements|anforderungen|comp[ée]tences requises|exigences/i,
  /about the (role|job|position|team)|[àa] propos du poste|über die stelle|über diese position|sobre el puesto/i,
  /what you('|’)ll do|was du bewegst|ce que vous ferez/i,
  /job description|description du poste|stellenbeschreibung|descripci[óo]n del puesto/i,
  /employment type|type de contrat|type d'emploi|anstellungsart|besch[äa]ftigungsart|vertragsart|tipo de contrato/i,
  /benefits|nous offrons|ce que nous offrons|nos avantages|wir bieten|was wir bieten|deine benefits|ofrecemos/i,
  /salary|compensation|pay range|salaire|r[ée]mun[ée]ration|gehalt|verg[üu]tung|salario/i,
  /equal opportunity employer/i,
];
/** Controls that start an application ("Apply", "Postuler", "Jetzt bewerben", "Solliciteer"). */
const APPLY =
  /^\s*(apply\b|postuler|postulez|candidater|jetzt bewerben|bewerben|bewirb dich|hier bewerben|online bewerben|solicitar|aplicar|postula|candidati|candidatura|solliciteer|ansök|søk)/i;

/** Page-content test for sites no adapter knows: structured data, or a job-like URL with posting text and an apply control. */
export function looksLikePosting(doc: Document, url: URL): boolean {
  if (findJobPosting(doc) || query(doc, MICRODATA.root![0]!)) return true;
  if (!JOB_PATH.test(url.pathname + url.search) || !query(doc, "h1")) return false;
  const sample = blockText(query(doc, "body"), 20_000);
  const cues = CUES.filter((re) => re.test(sample)).length;
  if (cues < 3) return false;
  return queryAll(doc, 'a, button, input[type="submit"]', 2000).some((el) =>
    APPLY.test(el.textContent || el.getAttribute("value") || ""),
  );
}
