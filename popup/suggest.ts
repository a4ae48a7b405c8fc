// Which application the popup offers first: the job in the tab the user came from (tracked or just
// readable), else one with an interview today, else the most recently active one.
import { postingKey } from "../src/core/posting/key";
import { offersExtraction } from "../src/core/posting/offer";
import { findByPosting, listRecent } from "../src/db/application-lists";
import { getDb } from "../src/db/handle";
import { browser, type Tabs } from "../src/shared/browser";
import { send, sendToTab } from "../src/shared/messaging";
import type { PageJob } from "../src/shared/protocol";
import type { Suggestion } from "../src/ui/popup/types";

/**
 * The page tabs behind the popup: the active tab; or, when the popup is open as a tab itself, the
 * few tabs used last before it.
 */
async function pageTabs(): Promise<Tabs.Tab[]> {
  const [self, tabs] = await Promise.all([
    browser.tabs.getCurrent(),
    browser.tabs.query({ currentWindow: true }),
  ]);
  if (!self) return tabs.filter((tab) => tab.active);
  return tabs
    .filter((tab) => tab.id !== self.id)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, 3);
}

/**
 * The job in those tabs: a panel's page answers itself; any other web page is read by the background
 * with the context menu's extractor (the popup opened on it granted activeTab). `found` marks the latter.
 */
async function jobInTabs(): Promise<{ job: PageJob; found: boolean } | null> {
  for (const tab of await pageTabs().catch(() => [])) {
    if (tab.id === undefined) continue;
    const job = await sendToTab(tab.id, "page/job", {}).catch(() => null);
    if (job) return { job, found: false };
    if (!offersExtraction(tab.url)) continue;
    const found = await send("job/extract", { tabId: tab.id }).catch(() => null);
    if (found) return { job: found, found: true };
  }
  return null;
}

export async function findSuggestion(now: number): Promise<Suggestion | null> {
  const db = getDb();
  const inTab = await jobInTabs();
  if (inTab) {
    const { job, found } = inTab;
    const app = await findByPosting(db, postingKey(job.posting, job.url));
    if (app) return { kind: "tracked", app, reason: "The job in your current tab" };
    if (found) return { kind: "page", job, found, reason: "A job posting on this page, not saved yet" };
    return { kind: "page", job, reason: "The job in your current tab, not saved yet" };
  }
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const todays = await db.interviews
    .where("at")
    .between(today.getTime(), today.getTime() + 86_400_000)
    .last();
  const interviewed = todays && (await db.applications.get(todays.applicationId));
  if (interviewed && interviewed.archived === 0) {
    return { kind: "tracked", app: interviewed, reason: "You had an interview today" };
  }
  const [recent] = await listRecent(db, 1);
  return recent ? { kind: "tracked", app: recent, reason: "Your most recently active application" } : null;
}
