// One database handle per extension context (popup, options, background each open their own).
import { type DebriefDB, openDb } from "./schema";

let instance: DebriefDB | undefined;

export function getDb(): DebriefDB {
  instance ??= openDb();
  return instance;
}
