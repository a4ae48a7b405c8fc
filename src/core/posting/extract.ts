// Reads one posting from a page: URL, then JSON-LD, then the board's adapter, then meta tags, then a
// guarded generic reader. Each source fills only the fields still empty, and is wrapped so none can throw.
import type { JobPosting } from "../types";
import { BOARDS } from "./boards/index";
import { employerFromSlug } from "./clean";
import { confidenceOf, isEmpty, tidy } from "./confidence";
import { blockText, metaContent, query } from "./dom";
import { fromEmbedded } from "./embedded";
import { fromHostedAts, isHostedJob } from "./hosted";
import { fromJsonLd } from "./jsonld";
import { fromLabelledFields } from "./labelled";
import { employerByLabel } from "./labelled-company";
import { fromGeneric, fromMeta, looksLikePosting } from "./meta";
import type { BoardAdapter, BoardUrl, Draft, PostingField } from "./model";
import { shownPlaces } from "./shown-place";
import { canonicalize, matchesPattern, toUrl } from "./urls";

/** The adapter whose match patterns cover the URL, or that claims it (embedded boards). */
export function boardFor(url: URL): BoardAdapter | undefined {
  return (
    BOARDS.find((b) => b.matches.some((p) => matchesPattern(p, url))) ??
    BOARDS.find((b) => b.claims?.(url) ?? false)
  );
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined; // one broken source must not cost the others
  }
}

export interface ParsedUrl {
  board?: string;
  postingId?: string;
  canonicalUrl: string;
}

function parse(url: URL): { adapter?: BoardAdapter; info?: BoardUrl; parsed: ParsedUrl } {
  const adapter = boardFor(url);
  const info = adapter ? safe(() => adapter.parseUrl(url)) : undefined;
  const parsed: ParsedUrl = { canonicalUrl: info?.canonicalUrl ?? canonicalize(url) };
  if (adapter) parsed.board = adapter.id;
  if (info?.postingId) parsed.postingId = info.postingId;
  return { adapter, info, parsed };
}

/** parse(), and when the URL names no job, the job the page itself shows open (adapter.openJob). */
function parseWithPage(doc: Document, url: URL): ReturnType<typeof parse> {
  const parsed = parse(url);
  const { adapter, info } = parsed;
  if (!adapter?.openJob || info?.postingId) return parsed;
  const open = safe(() => adapter.openJob?.(doc, url));
  if (!open?.postingId) return parsed;
  const canonicalUrl = open.canonicalUrl ?? parsed.parsed.canonicalUrl;
  return { adapter, info: open, parsed: { ...parsed.parsed, postingId: open.postingId, canonicalUrl } };
}

export function parsePostingUrl(input: string | URL): ParsedUrl {
  const url = toUrl(input);
  if (!url) return { canonicalUrl: String(input ?? "").trim() };
  return safe(() => parse(url).parsed) ?? { canonicalUrl: url.href };
}

function merge(into: JobPosting, draft: Draft | undefined, source: string): void {
  if (!draft) return;
  for (const key of Object.keys(draft) as PostingField[]) {
    const value = draft[key];
    if (isEmpty(value) || !isEmpty(into[key])) continue;
    (into as unknown as Record<string, unknown>)[key] = value;
    into.sources[key] = source;
  }
}

const ORDER: readonly PostingField[] = [
  "board",
  "postingId",
  "canonicalUrl",
  "title",
  "company",
  "companyDomain",
  "locations",
  "remote",
  "salary",
  "employmentType",
  "datePosted",
  "validThrough",
  "description",
];

/** Same fields, in a stable order (the CLI prints it; fixtures diff it), sources last. */
function ordered(p: JobPosting): JobPosting {
  const out: Record<string, unknown> = {};
  for (const key of ORDER) if (p[key] !== undefined) out[key] = p[key];
  const sources: JobPosting["sources"] = {};
  for (const key of ORDER) if (p.sources[key]) sources[key] = p.sources[key];
  out.sources = sources;
  if (p.confidence) out.confidence = p.confidence;
  return out as unknown as JobPosting;
}

/** A board's page is one posting when its URL (or open job) names one and the page does not say it is gone. */
function boardPosting(doc: Document, url: URL, adapter: BoardAdapter, info: BoardUrl | undefined): boolean {
  return !!info?.postingId && !safe(() => adapter.noPosting?.(doc, url));
}

export function isLikelyPostingPage(doc: Document, input: string | URL): boolean {
  return (
    safe(() => {
      const url = toUrl(input);
      if (!url || !doc) return false;
      const { adapter, info } = parseWithPage(doc, url);
      // A known board's URL (or the job its list page shows open) decides: list pages without a selected job are
      // not a posting, nor a job URL whose page says the job is gone.
      if (adapter) return boardPosting(doc, url, adapter, info);
      return looksLikePosting(doc, url) || isHostedJob(doc, url);
    }) ?? false
  );
}

/** Where a page names its employer, most telling first (for employerFromSlug). */
function pageTexts(doc: Document): string[] {
  return [
    metaContent(doc, "og:site_name"),
    doc.title,
    metaContent(doc, "og:title"),
    metaContent(doc, "og:description", 2000),
    metaContent(doc, "description", 2000),
    blockText(query(doc, "body"), 20_000),
  ];
}

export function extractPosting(doc: Document, input: string | URL): JobPosting {
  const result: JobPosting = { locations: [], sources: {} };
  const url = toUrl(input);
  if (!url || !doc) return result;
  const parsed = safe(() => parseWithPage(doc, url));
  if (!parsed) return result;
  const { adapter, info } = parsed;
  merge(result, { ...parsed.parsed }, "url");
  // In a list page's pane, the head, JSON-LD and page text belong to the list, not to this job.
  const pane = info?.pane ?? false;
  const ld = pane ? undefined : safe(() => fromJsonLd(doc));
  const board = adapter ? safe(() => adapter.extract(doc, url)) : undefined;
  // No adapter: an ATS serving the employer's own domain may still be recognised by its markup.
  const hosted = adapter || pane ? undefined : safe(() => fromHostedAts(doc, url));
  // Whether the page is one posting: a board's URL (or open job) says so, else the page must look like one.
  const posting =
    !pane &&
    !!safe(() =>
      adapter ? boardPosting(doc, url, adapter, info) : looksLikePosting(doc, url) || isHostedJob(doc, url),
    );
  // Postings no adapter reads: the lines they label themselves ("Lieu de travail : Fribourg").
  const labelled = adapter || !posting ? undefined : safe(() => fromLabelledFields(doc));
  // Places as the page shows them ("Camberwell VIC 3124") beat the structured data's re-spelling.
  if (adapter && board?.locations?.length) merge(result, { locations: board.locations }, adapter.id);
  if (hosted?.draft.locations?.length) merge(result, { locations: hosted.draft.locations }, hosted.id);
  if (labelled?.locations?.length) merge(result, { locations: labelled.locations }, "labelled");
  merge(result, ld, "jsonld");
  // The structured data's re-spelling of a place ("USA") gives way to the page's own ("Remote - United States").
  if (result.sources.locations === "jsonld") {
    const shown = safe(() => shownPlaces(doc, result.locations));
    if (shown?.length) result.locations = shown;
  }
  // Client-rendered sites (Next.js) may carry the JobPosting only in their embedded state.
  if (!pane)
    merge(
      result,
      safe(() => fromEmbedded(doc)),
      "embedded",
    );
  if (adapter) merge(result, board, adapter.id);
  if (hosted) merge(result, hosted.draft, hosted.id);
  merge(result, labelled, "labelled");
  if (!pane)
    merge(
      result,
      safe(() => fromMeta(doc, !!adapter)),
      "meta",
    );
  const generic = posting ? safe(() => fromGeneric(doc, url)) : undefined;
  merge(result, generic, "generic");
  // Job summary tables name the employer in a labelled line ("Company: Acme"), board pages included.
  if (posting && !result.company) merge(result, { company: safe(() => employerByLabel(doc)) }, "labelled");
  safe(() => tidy(result, doc, url, generic));
  if (!result.company && adapter?.employerSlug) {
    const company = safe(() => employerFromSlug(adapter.employerSlug?.(url) ?? "", pageTexts(doc)));
    if (company) {
      result.company = company;
      result.sources.company = `${adapter.id}:refined`;
    }
  }
  if (adapter?.refine) {
    const fix = safe(() => adapter.refine?.(result, url, doc));
    for (const [key, value] of Object.entries(fix ?? {}) as [PostingField, unknown][]) {
      if (isEmpty(value)) continue;
      (result as unknown as Record<string, unknown>)[key] = value;
      result.sources[key] = `${adapter.id}:refined`;
    }
  }
  result.confidence = confidenceOf(result, ld, board);
  return ordered(result);
}
