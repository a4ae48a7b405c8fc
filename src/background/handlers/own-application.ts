// A content script speaks for its own page only: the job-board panel on a page may save and look up
// the posting of that page, and touch the application saved from that site (its link's site is the
// tab's), never one of another site's or one with no page at all. Extension pages are not asked (the gate runs `own` for content scripts).
// "Site" is the registrable domain with private suffixes (tldts): uk.linkedin.com and
// www.linkedin.com are one site, acme.github.io and evil.github.io two.
import { getDomain } from "tldts";
import { getDb } from "../../db";
import type { TabCaller } from "../listen";

function siteOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
    return getDomain(host, { allowPrivateDomains: true }) ?? host;
  } catch {
    return undefined;
  }
}

export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== undefined && site === siteOf(b);
}

/** A job read from the calling tab's own page: its address and the posting's are of the tab's site. */
export function isOwnPosting(
  job: { url: string; posting: { canonicalUrl?: string } },
  tab: TabCaller,
): boolean {
  return (
    sameSite(job.url, tab.url) &&
    (job.posting.canonicalUrl === undefined || sameSite(job.posting.canonicalUrl, tab.url))
  );
}

/** The application exists and was saved from the calling tab's site. */
export async function isOwnApplication(applicationId: string, tab: TabCaller): Promise<boolean> {
  const app = await getDb().applications.get(applicationId);
  return app?.url !== undefined && sameSite(app.url, tab.url);
}

/** Its own application, and (when it edits one) an interview of that same application. */
export async function isOwnDebrief(
  draft: { applicationId: string; id?: string },
  tab: TabCaller,
): Promise<boolean> {
  if (!(await isOwnApplication(draft.applicationId, tab))) return false;
  if (draft.id === undefined) return true;
  const interview = await getDb().interviews.get(draft.id);
  return interview === undefined || interview.applicationId === draft.applicationId;
}
