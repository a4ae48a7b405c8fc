// The popup's "Save this job" offer on pages of no known board: which tabs it may read, and its words.
import type { JobPosting } from "../types";
import { BOARDS } from "./boards/index";
import { matchesPattern, toUrl } from "./urls";

/** A web page the job-board panel does not run on (a board's own page answers through its panel). */
export function offersExtraction(href: string | undefined): boolean {
  const url = href === undefined ? undefined : toUrl(href);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return false;
  return !BOARDS.some((board) => board.matches.some((pattern) => matchesPattern(pattern, url)));
}

/** "Save this job: Analyst at Acme"; null when the page gave no title (nothing worth offering). */
export function saveOfferLabel(posting: Pick<JobPosting, "title" | "company">): string | null {
  const title = posting.title?.trim();
  if (!title) return null;
  const company = posting.company?.trim();
  return company ? `Save this job: ${title} at ${company}` : `Save this job: ${title}`;
}
