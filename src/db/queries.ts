// The applications table's queries. The table loads a lean projection of every row once per
// liveQuery run (one getAll: ~10k rows in tens of ms) and filters, searches and sorts it in memory,
// so a search keystroke never touches IndexedDB. Bulk writes use the primary key.
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from "../core/types";
import type { DebriefDB } from "./schema";

/** What a table row or board card needs, plus a lower-cased haystack for full-text search. */
export interface ApplicationRow {
  id: string;
  company: string;
  title: string;
  status: ApplicationStatus;
  board?: string;
  location?: string;
  createdAt: number;
  lastActivityAt: number;
  archived: 0 | 1;
  /** company, role, notes, tags and location, lower-cased once. */
  haystack: string;
}

export type SortKey = "company" | "title" | "status" | "board" | "createdAt" | "lastActivityAt";
export type DateField = "createdAt" | "lastActivityAt";

export interface TableQuery {
  text: string;
  statuses: ApplicationStatus[];
  /** "" for any board; "none" for applications added by hand. */
  board: string;
  dateField: DateField;
  /** Inclusive UTC ms bounds, or null. */
  from: number | null;
  to: number | null;
  archived: "active" | "archived" | "all";
  sort: { key: SortKey; dir: "asc" | "desc" };
}

export const DEFAULT_QUERY: TableQuery = {
  text: "",
  statuses: [],
  board: "",
  dateField: "createdAt",
  from: null,
  to: null,
  archived: "active",
  sort: { key: "lastActivityAt", dir: "desc" },
};

export function toRow(app: Application): ApplicationRow {
  const row: ApplicationRow = {
    id: app.id,
    company: app.company,
    title: app.title,
    status: app.status,
    createdAt: app.createdAt,
    lastActivityAt: app.lastActivityAt,
    archived: app.archived,
    haystack: [app.company, app.title, app.notes, app.location, ...(app.tags ?? [])]
      .filter(Boolean)
      .join("\n")
      .toLowerCase(),
  };
  if (app.board) row.board = app.board;
  if (app.location) row.location = app.location;
  return row;
}

/** Every application as a lean row, most recently active first (the table's default order). */
export async function loadApplicationRows(db: DebriefDB): Promise<ApplicationRow[]> {
  const apps = await db.applications.orderBy("lastActivityAt").reverse().toArray();
  return apps.map(toRow);
}

/**
 * The first screenful in the default order (active, most recent first), through an index: shown
 * while the full projection loads, so first content does not wait for ten thousand rows.
 */
export async function loadFirstRows(db: DebriefDB, limit = 60): Promise<ApplicationRow[]> {
  const apps = await db.applications
    .where("[archived+lastActivityAt]")
    .between([0, -Infinity], [0, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
  return apps.map(toRow);
}

const STATUS_RANK = Object.fromEntries(APPLICATION_STATUSES.map((s, i) => [s, i])) as Record<
  ApplicationStatus,
  number
>;
const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

export function sortRows(rows: readonly ApplicationRow[], sort: TableQuery["sort"]): ApplicationRow[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  const { key } = sort;
  const compare =
    key === "createdAt" || key === "lastActivityAt"
      ? (a: ApplicationRow, b: ApplicationRow) => a[key] - b[key]
      : key === "status" // pipeline order (saved → applied → …), not alphabetical
        ? (a: ApplicationRow, b: ApplicationRow) => STATUS_RANK[a.status] - STATUS_RANK[b.status]
        : (a: ApplicationRow, b: ApplicationRow) => collator.compare(a[key] ?? "", b[key] ?? "");
  // Ties fall back to the most recent activity, so the order is stable between renders.
  return [...rows].sort((a, b) => sign * compare(a, b) || b.lastActivityAt - a.lastActivityAt);
}

/** Filters already sorted rows; every word of the search must appear somewhere. */
export function filterRows(rows: readonly ApplicationRow[], q: TableQuery): ApplicationRow[] {
  const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
  const statuses = q.statuses.length > 0 ? new Set(q.statuses) : null;
  return rows.filter((r) => {
    if (q.archived === "active" && r.archived === 1) return false;
    if (q.archived === "archived" && r.archived === 0) return false;
    if (statuses && !statuses.has(r.status)) return false;
    if (q.board === "none" ? r.board !== undefined : q.board && r.board !== q.board) return false;
    const when = r[q.dateField];
    if (q.from !== null && when < q.from) return false;
    if (q.to !== null && when > q.to) return false;
    return words.every((w) => r.haystack.includes(w));
  });
}

/** The boards that appear in the data, for the board filter. */
export function boardsOf(rows: readonly ApplicationRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.board ? [r.board] : [])))].sort();
}

/** Archives (or restores) many applications at once; returns the ids that changed, for undo. */
export async function setArchived(
  db: DebriefDB,
  ids: readonly string[],
  archived: boolean,
): Promise<string[]> {
  const value = archived ? 1 : 0;
  return db.transaction("rw", db.applications, async () => {
    const rows = await db.applications.bulkGet([...ids]);
    const changed = rows.flatMap((r) => (r && r.archived !== value ? [r.id] : []));
    const now = Date.now();
    await db.applications.bulkUpdate(
      changed.map((key) => ({ key, changes: { archived: value, updatedAt: now } })),
    );
    return changed;
  });
}
