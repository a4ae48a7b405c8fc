// Extension pages write the database directly; the background derives the badge, the reminder
// alarm, notifications and due statuses from it. After every write a page makes, it tells the
// background (which wakes it if it was stopped). Writes come in bursts (a restore, a bulk edit):
// one message at a time, and one more if anything was written while it was on its way.

import { onLocalWrite } from "../db/on-write";
import type { DebriefDB } from "../db/schema";
import { send } from "../shared/messaging";

export function announceWrites(
  db: DebriefDB,
  notify: () => Promise<unknown> = () => send("reminders/refresh", {}),
): void {
  let sending: Promise<unknown> | null = null;
  let again = false;
  const flush = () => {
    if (sending) {
      again = true;
      return;
    }
    sending = notify()
      .catch((error: unknown) => console.warn("Debrief: the background did not hear of a write", error))
      .finally(() => {
        sending = null;
        if (again) {
          again = false;
          flush();
        }
      });
  };
  onLocalWrite(db, flush);
}
