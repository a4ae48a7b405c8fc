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

/**
 * Each microdata place as its line shows it: the address may hold only the town while the line goes on
 * ("<a itemprop=jobLocation>Manchester</a>, <span>Lancashire</span>"), so a short parent line that starts
 * with the address and holds no other place is read whole.
 */
function microdataPlaces(doc: Document): string[] {
  const out: string[] = [];
  for (const el of queryAll(doc, '[itemprop="jobLocation"]', LIMITS.locations)) {
    const own = textOf(query(el, '[itemprop="address"]') ?? el, LIMITS.location);
    if (!own) continue;
    const parent = el.parentElement;
    const alone = parent && queryAll(parent, '[itemprop="jobLocation"]', 2).length === 1;
    const line = alone ? textOf(parent, SHOWN_LINE + 1).replace(/\s+,/g, ",") : "";
    const place = line.length <= SHOWN_LINE && line.startsWith(own) ? line : own;
    if (!out.includes(place)) out.push(place);
  }
  return out;
}
const SHOWN_LINE = 80;

export function fromGeneric(doc: Document, url: URL): Draft {
  if (query(doc, MICRODATA.root![0]!)) {
    const d = readSelectors(doc, MICRODATA, url);
    const places = microdataPlaces(doc);
    if (places.length) d.locations = places;
    return splitRemote(d);
  }
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
  /responsibilit|you('|’)ll be responsible|you will be responsible|vos missions|votre mission|vos responsabilit|ihre aufgaben|deine aufgaben|deine rolle|tus funciones|responsabilidades|mansioni/i,
  /qualification|what you('|’)ll bring|what you bring|who you are|qualifikation|votre profil|profil recherch|ihr profil|dein profil|tu perfil|requisitos|il tuo profilo/i,
  /requirements|anforderungen|comp[ée]tences requises|exigences/i,
  /about the (role|job|position|team)|[àa] propos du poste|über die stelle|über diese position|sobre el puesto/i,
  /what you('|’)ll do|was du bewegst|ce que vous ferez/i,
  /job description|description du poste|stellenbeschreibung|descripci[óo]n del puesto/i,
  /employment type|type de contrat|type d'emploi|anstellungsart|besch[äa]ftigungsart|vertragsart|tipo de contrato/i,
  /benefits|nous offrons|ce que nous offrons|nos avantages|wir bieten|was wir bieten|deine benefits|ofrecemos/i,
  /salary|compensation|pay range|salaire|r[ée]mun[ée]ration|gehalt|verg[üu]tung|salario/i,
  /equal opportunity employer/i,
];
/** Controls that start an application ("Apply", "Start your application", "Postuler", "Jetzt bewerben"). */
const APPLY =
  /^\s*(apply\b|start (?:your |an )?application\b|postuler|postulez|candidater|jetzt bewerben|bewerben|bewirb dich|hier bewerben|online bewerben|solicitar|aplicar|postula|candidati|candidatura|solliciteer|ansök|søk)/i;

/** Wording that sends the application by e-mail, in the languages the cues above know. */
const BY_MAIL =
  /\b(?:to apply|how to apply|apply by e-?mail|send (?:us )?(?:your|an?) (?:cv|resume|résumé|application))\b|bewerbung (?:per|via) e-?mail|envoyez votre (?:cv|candidature)|env[ií]a tu (?:cv|curr[ií]culum)/i;

/** Page-content test for sites no adapter knows: structured data, or a job-like URL with posting text and an apply control. */
export function looksLikePosting(doc: Document, url: URL): boolean {
  if (findJobPosting(doc) || query(doc, MICRODATA.root![0]!)) return true;
  if (!JOB_PATH.test(url.pathname + url.search) || !jobHeading(doc)) return false;
  const sample = blockText(query(doc, "body"), 20_000);
  const cues = CUES.filter((re) => re.test(sample)).length;
  if (cues < 3) return false;
  const controls = queryAll(doc, 'a, button, input[type="submit"]', 2000);
  if (controls.some((el) => APPLY.test(el.textContent || el.getAttribute("value") || ""))) return true;
  // Small employers take applications by e-mail: "To apply, send your resume to: jobs@…".
  return BY_MAIL.test(sample) && controls.some((el) => /^mailto:/i.test(el.getAttribute("href") ?? ""));
}
