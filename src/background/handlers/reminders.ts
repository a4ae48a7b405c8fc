// Reminder messages from the popup and options page.
import type { Handlers } from "../../shared/messaging";
import { completeReminder, refreshReminders, snooze } from "../reminders";

export const reminderHandlers: Pick<Handlers, "reminders/refresh" | "reminders/done" | "reminders/snooze"> = {
  "reminders/refresh": () => refreshReminders(),
  "reminders/done": ({ id }) => completeReminder(id),
  "reminders/snooze": ({ id, until }) => snooze(id, until),
};
