// "Delete everything": every table emptied in one transaction, so a failure deletes nothing.
import type { DebriefDB } from "./schema";

export async function wipeAll(db: DebriefDB): Promise<void> {
  await db.transaction("rw", db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
