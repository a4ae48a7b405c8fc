// The popup's first-paint snapshot (localStorage) follows the database from every extension page that
// can change it, not only from the popup: after Delete everything, Delete all email data (written by the
// background, relayed by Dexie to open pages) or any other change to applications, it is rewritten from
// the database, so the next popup never paints a deleted name or a status an email set.
import { Dexie } from "dexie";
import { listRecent } from "../../db/application-lists";
import type { DebriefDB } from "../../db/schema";
import { touchesApplications } from "../../shared/tracked-push";
import { SNAPSHOT_KEY, SNAPSHOT_MAX } from "./snapshot";
import { writeSnapshot } from "./snapshot-write";

export function keepSnapshotInSync(db: DebriefDB, storage: Storage): () => void {
  let writing: Promise<void> | null = null;
  let again = false;
  const rewrite = () => {
    if (writing) {
      again = true;
      return;
    }
    writing = listRecent(db, SNAPSHOT_MAX)
      .then((apps) => writeSnapshot(storage, apps))
      // Unreadable: better no snapshot than a stale one.
      .catch(() => storage.removeItem(SNAPSHOT_KEY))
      .finally(() => {
        writing = null;
        if (again) {
          again = false;
          rewrite();
        }
      });
  };
  const onMutated = (parts: Record<string, unknown>) => {
    if (touchesApplications(parts)) rewrite();
  };
  Dexie.on("storagemutated", onMutated);
  return () => Dexie.on("storagemutated").unsubscribe(onMutated);
}
