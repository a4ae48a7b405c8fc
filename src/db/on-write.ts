// Calls `listener` after each committed transaction of THIS context that wrote something, with the
// tables it wrote. A Dexie middleware, so every write counts, whichever repository function made it;
// writes of other contexts (which Dexie broadcasts for liveQuery) do not. Register before the
// database opens.
import type { DBCoreTransaction } from "dexie";
import type { DebriefDB } from "./schema";

export function onLocalWrite(db: DebriefDB, listener: (tables: string[]) => void): void {
  const written = new WeakMap<DBCoreTransaction, Set<string>>();
  db.use({
    stack: "dbcore",
    name: "debrief-on-local-write",
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(req) {
            const result = await table.mutate(req);
            let tables = written.get(req.trans);
            if (!tables) {
              tables = new Set();
              written.set(req.trans, tables);
              // In Dexie's IndexedDB core the DBCore transaction is the IDBTransaction itself.
              const idb = req.trans as unknown as IDBTransaction;
              const done = tables;
              idb.addEventListener("complete", () => listener([...done]), { once: true });
            }
            tables.add(name);
            return result;
          },
        };
      },
    }),
  });
}
