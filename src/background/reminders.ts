// Reminders in the background: one alarm at the next due time; when it fires, a notification per
// newly due reminder (Done / Snooze 1 day), and the toolbar badge counts what is due. Nothing is kept
// in globals: every step reads the database, so a restarted worker carries on where it was.

import type { Reminder } from "../core/types";
import {
  countDue,
  getDb,
  listToNotify,
  listUpcoming,
  markNotified,
  markReminderDone,
  snoozeReminder,
} from "../db";
import { getSetting } from "../db/settings";
import { browser } from "../shared/browser";
import { applicationPagePath } from "../shared/pages";

export const REMINDER_ALARM = "debrief:reminders";
const NOTIFICATION_PREFIX = "reminder:";
const DAY = 86_400_000;

/** Where a reminder's notification leads: the note to write for it, opened on its application's page. */
export function reminderUrl(reminder: Pick<Reminder, "id" | "applicationId" | "kind">): string {
  const draft = reminder.kind === "custom" ? undefined : reminder.id;
  return browser.runtime.getURL(applicationPagePath(reminder.applicationId, draft));
}

async function notify(reminder: Reminder, company: string): Promise<void> {
  const options = {
    type: "basic" as const,
    iconUrl: browser.runtime.getURL("icons/icon-128.png"),
    title: reminder.title,
    message: `${company ? `${company} — due now` : "Due now"}${reminder.kind === "custom" ? "" : ". Click to write it."}`,
    buttons: [{ title: "Done" }, { title: "Snooze 1 day" }],
  };
  const id = `${NOTIFICATION_PREFIX}${reminder.id}`;
  try {
    await browser.notifications.create(id, options);
  } catch {
    // Firefox has no notification buttons; the notification still opens the application.
    const { buttons: _unsupported, ...plain } = options;
    await browser.notifications.create(id, plain);
  }
}

export async function updateBadge(now = Date.now()): Promise<number> {
  const due = await countDue(getDb(), now);
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : "" });
  await browser.action.setBadgeBackgroundColor({ color: "#4f46e5" });
  return due;
}

/** Notifies what became due, updates the badge and sets the alarm for the next due time. */
export async function refreshReminders(now = Date.now()): Promise<{ due: number }> {
  const db = getDb();
  const fresh = await listToNotify(db, now);
  if (fresh.length > 0 && (await getSetting(db, "notifications")) !== false) {
    const apps = await db.applications.bulkGet(fresh.map((r) => r.applicationId));
    await Promise.all(fresh.map((r, i) => notify(r, apps[i]?.company ?? "")));
  }
  await markNotified(
    db,
    fresh.map((r) => r.id),
    now,
  );
  const due = await updateBadge(now);
  const [next] = await listUpcoming(db, now, 1);
  if (next) await browser.alarms.create(REMINDER_ALARM, { when: Math.max(next.dueAt, now + 1000) });
  else await browser.alarms.clear(REMINDER_ALARM);
  return { due };
}

export async function completeReminder(id: string): Promise<{ due: number }> {
  await markReminderDone(getDb(), id);
  await browser.notifications.clear(`${NOTIFICATION_PREFIX}${id}`);
  return refreshReminders();
}

export async function snooze(id: string, until: number = Date.now() + DAY): Promise<{ due: number }> {
  await snoozeReminder(getDb(), id, until);
  await browser.notifications.clear(`${NOTIFICATION_PREFIX}${id}`);
  return refreshReminders();
}

/** Registers the reminder listeners; called synchronously from the worker's top level. */
export function listenForReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refreshReminders();
  });
  browser.notifications.onButtonClicked.addListener((notificationId, index) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const id = notificationId.slice(NOTIFICATION_PREFIX.length);
    void (index === 0 ? completeReminder(id) : snooze(id));
  });
  browser.notifications.onClicked.addListener(async (notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const reminder = await getDb().reminders.get(notificationId.slice(NOTIFICATION_PREFIX.length));
    if (reminder) await browser.tabs.create({ url: reminderUrl(reminder) });
    await browser.notifications.clear(notificationId);
  });
  browser.runtime.onStartup.addListener(() => void refreshReminders());
  browser.runtime.onInstalled.addListener(() => void refreshReminders());
}
