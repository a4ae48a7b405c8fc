// Reminder messages from the popup and options page (extension pages only).
import type { Routes } from "../listen";
import { refreshDerived } from "../refresh";
import { completeReminder, snooze } from "../reminders";

export const reminderHandlers: Pick<Routes, "reminders/refresh" | "reminders/done" | "reminders/snooze"> = {
  "reminders/refresh": { from: "extension", run: () => refreshDerived() },
  "reminders/done": { from: "extension", run: ({ id }) => completeReminder(id) },
  "reminders/snooze": { from: "extension", run: ({ id, until }) => snooze(id, until) },
};
