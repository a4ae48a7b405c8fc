// Writes rows straight into the extension's IndexedDB from an extension page (what an import would
// do), so a test can start from a known history without clicking it together.
import type { Page } from "playwright-core";
import type { Application, Interview, Reminder, StoredEmail, TimelineEvent } from "../../src/core/types";

export interface Seed {
  applications: Application[];
  events?: TimelineEvent[];
  interviews?: Interview[];
  emails?: StoredEmail[];
  reminders?: Reminder[];
}

/** `page` must be an extension page that has opened the database (any Debrief page has). */
export async function seedDatabase(page: Page, seed: Seed): Promise<void> {
  await page.evaluate(
    async (data) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("debrief");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores = Object.entries(data).filter(([, rows]) => rows.length > 0);
      const tx = db.transaction(
        stores.map(([name]) => name),
        "readwrite",
      );
      for (const [name, rows] of stores) for (const row of rows) tx.objectStore(name).put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    seed as unknown as Record<string, unknown[]>,
  );
}

/** Reads a whole table through any extension context that can evaluate code (a page or the worker). */
export function readTable(
  target: { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> },
  name: string,
): Promise<Record<string, unknown>[]> {
  return target.evaluate(
    (store: string) =>
      new Promise<Record<string, unknown>[]>((done, fail) => {
        const open = indexedDB.open("debrief");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => {
            done(req.result);
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
    name,
  );
}
