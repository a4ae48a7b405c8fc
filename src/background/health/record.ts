// Problems the content scripts report ("the Gmail reader could not read this page"), kept in the
// healthProblems setting: one row per surface and site, with first and last time seen and a count, so a
// mailbox left open for weeks stays one row. Nothing here leaves the browser.
import type { DebriefDB } from "../../db/schema";
import { getSetting, type HealthProblem, type HealthSurface, setSetting } from "../../db/settings";
import { providerOf } from "../email/context";

export const HEALTH_SURFACES: readonly HealthSurface[] = ["gmail", "outlook", "jobboard"];
/** Rows kept at most (the oldest last-seen go first). */
const MAX_ROWS = 20;

/** The site a report is for, or an error for a report the sender's page cannot make. */
export function reportHost(surface: unknown, senderUrl: string | undefined): string {
  if (typeof surface !== "string" || !HEALTH_SURFACES.includes(surface as HealthSurface)) {
    throw new Error("Unknown problem report.");
  }
  let host: string;
  try {
    host = new URL(senderUrl ?? "").hostname;
  } catch {
    throw new Error("A problem can only be reported from a web page.");
  }
  // A webmail reader speaks only for its own provider's pages.
  if (surface !== "jobboard" && providerOf(senderUrl) !== surface) {
    throw new Error("Not sent from that provider's page.");
  }
  return host;
}

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
