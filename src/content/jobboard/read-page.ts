// What the panel knows of the page's job. The slice reads the heading only; core/posting's
// extractor replaces this once it lands.
import type { JobPosting } from "../../core/types";

export function readPageJob(doc: Document, url: string): JobPosting {
  const heading = doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  const posting: JobPosting = { locations: [], sources: {}, canonicalUrl: url.split(/[?#]/)[0] ?? url };
  if (heading) {
    posting.title = heading.slice(0, 200);
    posting.sources.title = "heading";
  }
  return posting;
}
