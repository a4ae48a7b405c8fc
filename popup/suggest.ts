// Which application the popup offers first: the job in the tab the user came from (tracked or just
// readable), else one with an interview today, else the most recently active one.
import { postingKey } from "../src/core/posting/key";
import { findByPosting, getDb, listRecent } from "../src/db";
import { browser, type Tabs } from "../src/shared/browser";
import { sendToTab } from "../src/shared/messaging";
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

async function jobInTabs(): Promise<PageJob | null> {
  for (const tab of await pageTabs().catch(() => [])) {
    const job = tab.id === undefined ? null : await sendToTab(tab.id, "page/job", {}).catch(() => null);
    if (job) return job;
  }
  return null;
}

export async function findSuggestion(now: number): Promise<Suggestion | null> {
  const db = getDb();
  const job = await jobInTabs();
  if (job) {
    const app = await findByPosting(db, postingKey(job.posting, job.url));
    if (app) return { kind: "tracked", app, reason: "The job in your current tab" };
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
