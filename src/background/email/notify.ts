// After an email is stored: a notification (if the user wants them) and the badge and alarm, which
// refreshReminders recomputes from the re-planned reminders.
import { CATEGORY_LABELS } from "../../core/email";
import { getDb } from "../../db";
import { getSetting } from "../../db/settings";
import { browser } from "../../shared/browser";
import { applicationPagePath } from "../../shared/pages";
import type { EmailTag } from "../../shared/protocol";
import { refreshReminders } from "../reminders";

const PREFIX = "email:";

export async function afterIngest(tag: EmailTag, notable: boolean): Promise<void> {
  if (notable && tag.application && (await getSetting(getDb(), "notifications")) !== false) {
    const what = CATEGORY_LABELS[tag.category];
    await browser.notifications
      .create(`${PREFIX}${tag.application.applicationId}:${tag.emailId}`, {
        type: "basic",
        iconUrl: browser.runtime.getURL("icons/icon-128.png"),
        title: `${what.charAt(0).toUpperCase()}${what.slice(1)} — ${tag.application.company}`,
        message: tag.proposedStatus
          ? `Tagged on your timeline. Open the email's chip to confirm the status change.`
          : "Tagged on your timeline.",
      })
      .catch(() => undefined);
  }
  await refreshReminders();
}

/** A click on an email notification opens the application; registered at the worker's top level. */
export function listenForEmailNotifications(): void {
  browser.notifications.onClicked.addListener(async (id) => {
    if (!id.startsWith(PREFIX)) return;
    const applicationId = id.slice(PREFIX.length).split(":")[0] ?? "";
    await browser.tabs.create({
      url: browser.runtime.getURL(applicationPagePath(applicationId)),
    });
    await browser.notifications.clear(id);
  });
}

/** Closes every email notification still shown: after "Delete all email data" none may stay. */
export async function clearEmailNotifications(): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(shown)
      .filter((id) => id.startsWith(PREFIX))
      .map((id) => browser.notifications.clear(id)),
  );
}
