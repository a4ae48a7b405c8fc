// Shapes shared by the posting sources and the board adapters.
import type { JobPosting } from "../types";

export type PostingField = keyof Omit<JobPosting, "sources" | "confidence">;
/** What one source could read; the merger keeps the first non-empty value per field. */
export type Draft = Partial<Omit<JobPosting, "sources" | "confidence">>;

/** What a board's URL says about the page. */
export interface BoardUrl {
  postingId?: string;
  canonicalUrl?: string;
  /**
   * The posting is shown in a pane of a list page that swaps jobs without a page load (LinkedIn
   * currentJobId, Indeed vjk, an embedded board): the page's head and JSON-LD do not describe it.
   */
  pane?: boolean;
}

export interface BoardAdapter {
  id: string;
  name: string;
  /** Manifest-style match patterns of the board's pages (also used to derive the manifest's matches). */
  matches: readonly string[];
  /** Pages of other hosts this board also serves (embedded boards: ?gh_jid=, ?ashby_jid=). */
  claims?: (url: URL) => boolean;
  /** Posting id and canonical URL from a URL of this board; undefined when the URL is not one posting. */
  parseUrl: (url: URL) => BoardUrl | undefined;
  /**
   * A list page whose URL names no job while its pane shows one (Glassdoor opens the first result on
   * load and names it in the URL only once another is clicked): that job, read from the page.
   */
  openJob?: (doc: Document, url: URL) => BoardUrl | undefined;
  /**
   * The page's own state says the job its URL names is not there (an expired posting still served at its
   * URL as the app's empty shell): nothing is offered, whatever the URL says.
   */
  noPosting?: (doc: Document, url: URL) => boolean;
  /** Reads the page. Only called for URLs the adapter matches or claims; may throw (the caller guards). */
  extract: (doc: Document, url: URL) => Draft;
  /**
   * Corrects the merged result with what only this board knows (a Workday payroll entity named as the
   * employer, a USAJOBS contact office named as the hiring organization). Returns the fields to replace.
   */
  refine?: (posting: Readonly<JobPosting>, url: URL, doc: Document) => Draft;
  /**
   * The employer's account name in this ATS's URL (Workday tenant, Ashby/Lever/Greenhouse board): when no
   * source names the employer, the page's own spelling of it is taken (clean.ts employerFromSlug).
   */
  employerSlug?: (url: URL) => string;
}
