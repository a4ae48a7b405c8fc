// "Save job to Debrief" in the page's context menu, on any page. A click grants activeTab; the small
// extractor (content/extract-page.js) is injected into the frame that was clicked and reads the job
// with the same code as the panel, so boards outside the list work through JSON-LD and meta tags.
import { getDb, saveJob } from "../db";
import { browser } from "../shared/browser";
import { sendToTab } from "../shared/messaging";
import { timelineUrl } from "./handlers/job";
import { readJobInTab } from "./read-tab-job";

export const SAVE_JOB_MENU = "save-job";
const NOTIFICATION_PREFIX = "saved-job:";

async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications
    .create(id, { type: "basic", iconUrl: browser.runtime.getURL("icons/icon-128.png"), title, message })
    .catch((error: unknown) => console.warn("Debrief: notification not shown", error));
}

/** Saves the job shown in the tab; the same posting saved twice is one application. */
export async function saveJobFromTab(tabId: number, frameId = 0) {
  let job = await readJobInTab(tabId, frameId).catch(() => null);
  // A frame we may not script (another origin inside the page): the page itself may still say.
  if (!job && frameId !== 0) job = await readJobInTab(tabId, 0);
  if (!job || (!job.posting.title && !job.posting.company)) throw new Error("No job found on this page.");
  const { application, created } = await saveJob(getDb(), job.posting, job.url);
  const label = [application.title, application.company].filter(Boolean).join(" · ");
  await notify(
    `${NOTIFICATION_PREFIX}${application.id}`,
    created ? "Saved to Debrief" : "Already in Debrief",
    label,
  );
  // A panel on the page shows it as tracked now.
  await sendToTab(tabId, "panel/refresh", {}).catch(() => null);
  return { applicationId: application.id, created };
}

/** Registers the menu and its listeners; called synchronously from the worker's top level. */
export function listenForContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: SAVE_JOB_MENU,
      title: "Save job to Debrief",
      contexts: ["page", "selection"],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_JOB_MENU || tab?.id === undefined) return;
    saveJobFromTab(tab.id, info.frameId ?? 0).catch((error: unknown) =>
      notify(
        `${NOTIFICATION_PREFIX}error`,
        "Debrief could not save this page",
        String((error as Error)?.message ?? error),
      ),
    );
  });
  browser.notifications.onClicked.addListener(async (notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const id = notificationId.slice(NOTIFICATION_PREFIX.length);
    if (id !== "error") await browser.tabs.create({ url: timelineUrl(id) });
    await browser.notifications.clear(notificationId);
  });
}
