// What the background derives from the database and keeps outside it: the statuses time changed,
// then the reminders' notifications, badge and alarm. Run when the worker starts (whatever woke it:
// a page may have written while it was stopped) and whenever a page says it wrote.
import { refreshReminders } from "./reminders";
import { refreshStatuses } from "./status-clock";

export async function refreshDerived(): Promise<{ due: number }> {
  await refreshStatuses();
  return refreshReminders();
}
