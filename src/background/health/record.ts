// Problems the content scripts report ("the Gmail reader could not read this page"), kept in the
// healthProblems setting: one row per surface and site, with first and last time seen and a count, so a
// mailbox left open for weeks stays one row. Nothing here leaves the browser.

import type { HealthProblem, HealthSurface } from "../../core/types";
import type { DebriefDB } from "../../db/schema";
import { getSetting, setSetting } from "../../db/settings";

/** Rows kept at most (the oldest last-seen go first). */
const MAX_ROWS = 20;

export async function recordProblem(
  db: DebriefDB,
  surface: HealthSurface,
  host: string,
  now: number,
): Promise<HealthProblem[]> {
  return db.transaction("rw", db.settings, async () => {
    const rows = [...(await getSetting(db, "healthProblems"))];
    const i = rows.findIndex((r) => r.surface === surface && r.host === host);
    const old = rows[i];
    if (old) rows[i] = { ...old, lastAt: now, count: old.count + 1 };
    else rows.push({ surface, host, firstAt: now, lastAt: now, count: 1 });
    rows.sort((a, b) => b.lastAt - a.lastAt);
    const kept = rows.slice(0, MAX_ROWS);
    await setSetting(db, "healthProblems", kept);
    return kept;
  });
}
