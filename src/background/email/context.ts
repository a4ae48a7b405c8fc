// What a reader may know before anything leaves the page: whether tagging is on for its provider,
// and the tracked companies' names and domains for its prefilter. Archived applications are left out.
import { companyDomains } from "../../core/company-domain";
import type { EmailProvider } from "../../core/types";
import type { DebriefDB } from "../../db/schema";
import { getSetting } from "../../db/settings";
import type { TrackedJob, WebmailContext } from "../../shared/protocol";

export async function webmailContext(
  db: DebriefDB,
  provider: EmailProvider | undefined,
): Promise<WebmailContext> {
  const enabled = provider !== undefined && (await getSetting(db, "webmailProviders")).includes(provider);
  if (!enabled) return { enabled: false, companies: [], domains: [] };
  const apps = await activeApplications(db);
  const companies = new Set<string>();
  const domains = new Set<string>();
  for (const app of apps) {
    if (app.company.trim().length >= 3) companies.add(app.company.trim());
    // Rows stored before domains were reduced on write are reduced here too.
    for (const d of companyDomains(app.companyDomains)) domains.add(d);
  }
  return { enabled, companies: [...companies], domains: [...domains] };
}

/** Not archived, most recently active first (an index range, not a scan). */
function activeApplications(db: DebriefDB, limit = Number.POSITIVE_INFINITY) {
  const range = db.applications
    .where("[archived+lastActivityAt]")
    .between([0, -Infinity], [0, Infinity])
    .reverse();
  return (Number.isFinite(limit) ? range.limit(limit) : range).toArray();
}

export async function chipApplications(db: DebriefDB, limit = 100): Promise<TrackedJob[]> {
  const apps = await activeApplications(db, limit);
  return apps.map((a) => ({ applicationId: a.id, status: a.status, company: a.company, title: a.title }));
}
