// What the panel knows of the page's job, read by core/posting. Pure over a Document and a URL.
import { extractPosting, isLikelyPostingPage } from "../../core/posting";
import { postingIdentity, postingKey } from "../../core/posting/key";
import type { JobPosting } from "../../core/types";
import type { PageJob } from "../../shared/protocol";

/** The posting on a page of a known board, or null when the page shows none (a list, a search). */
export function readPostingPage(doc: Document, href: string): PageJob | null {
  if (!isLikelyPostingPage(doc, href)) return null;
  const posting = extractPosting(doc, href);
  return posting.title || posting.company ? { url: href, posting } : null;
}

/**
 * Whatever the page says about a job, for an explicit request (shortcut, context menu) on any page:
 * JSON-LD and meta tags, else the page's heading or title, for the user to correct before saving.
 */
export function readAnyPage(doc: Document, href: string): PageJob {
  const posting: JobPosting = extractPosting(doc, href);
  if (!posting.title) {
    const heading = doc.querySelector("h1")?.textContent ?? doc.title ?? "";
    const title = heading.replace(/\s+/g, " ").trim().slice(0, 200);
    if (title) {
      posting.title = title;
      posting.sources.title = "heading";
    }
  }
  if (!posting.canonicalUrl) posting.canonicalUrl = href.split("#")[0] ?? href;
  return { url: href, posting };
}

/** Same job, same fields? Decides whether a re-read changes what the panel shows. */
export function jobKey(job: PageJob | null): string {
  if (!job) return "";
  const { board, postingId, canonicalUrl, title, company, locations } = job.posting;
  return JSON.stringify([board, postingId, canonicalUrl, title, company, locations]);
}

/** The posting's identity: edits made in the panel belong to it and reset when the page shows another. */
export function jobIdentity(job: PageJob | null): string {
  if (!job) return "";
  return postingIdentity(postingKey(job.posting, job.url));
}
