// Statuses that time changes ("gone quiet" 21 days after a follow-up with no reply): every read is
// already right as of now (db/schema.ts reads through statusAsOf); this writes them when they fall
// due, so the status index and open views follow, with one alarm at the next such moment.
import { getDb } from "../db";
import { refreshDueStatuses } from "../db/status";
import { browser } from "../shared/browser";

export const STATUS_ALARM = "debrief:statuses";

export async function refreshStatuses(now = Date.now()): Promise<void> {
  const { nextAt } = await refreshDueStatuses(getDb(), now);
  if (nextAt === null) await browser.alarms.clear(STATUS_ALARM);
  else await browser.alarms.create(STATUS_ALARM, { when: Math.max(nextAt, now + 1000) });
}

/** Registers the alarm listener; called synchronously from the worker's top level. */
export function listenForStatusClock(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === STATUS_ALARM) void refreshStatuses();
  });
}
