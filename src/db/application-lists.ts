// Applications read for lists, search and the posting lookup. No write here, so the popup (which only
// reads; it saves through the worker) bundles none of the domain lists applications.ts needs.
import type { PostingKey } from "../core/posting/key";
import type { Application } from "../core/types";
import type { DebriefDB } from "./schema";

/** The most recently active, not archived applications; an index range, never a full scan. */
export function listRecent(db: DebriefDB, limit = 20): Promise<Application[]> {
  return db.applications
    .where("[archived+lastActivityAt]")
    .between([0, -Infinity], [0, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

export function listAll(db: DebriefDB, { includeArchived = false } = {}): Promise<Application[]> {
  const all = db.applications.orderBy("lastActivityAt").reverse();
  return includeArchived ? all.toArray() : all.filter((app) => app.archived === 0).toArray();
}

/** The application for this posting: same board and posting id, else the same URL. */
export async function findByPosting(db: DebriefDB, job: PostingKey): Promise<Application | undefined> {
  if (job.board && job.postingId) {
    const hit = await db.applications.where("[board+postingId]").equals([job.board, job.postingId]).first();
    if (hit) return hit;
  }
  if (job.url) return db.applications.where("url").equals(job.url).first();
  return undefined;
}

/** Applications whose company or role contains the query, most recently active first. */
export function searchApplications(db: DebriefDB, query: string, limit = 8): Promise<Application[]> {
  const q = query.trim().toLowerCase();
  return db.applications
    .orderBy("lastActivityAt")
    .reverse()
    .filter((app) => app.company.toLowerCase().includes(q) || app.title.toLowerCase().includes(q))
    .limit(limit)
    .toArray();
}
