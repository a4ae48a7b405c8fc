// Which application an imported row is for, among those Debrief holds (and those the same file has
// added so far). The tracker's own id decides first (or the board's: a job saved from its LinkedIn
// page is the row of LinkedIn's export with that job id); then the same link; then the same company and
// role, unless the two say they are different postings: another id of the same tracker, another
// link, another place, or an application sent on another day. So a job seeker who applied to the
// same title at one employer twice (in two cities, or two months apart) keeps two applications,
// while a newer export of the same rows, which only adds steps and fills in empty cells, still finds
// each row's application. Pure: used by db/import-plan.ts.

import { canonicalize, toUrl } from "../core/posting/urls";
import type { Application } from "../core/types";

/** What matching reads of an imported row. */
export interface MatchedRow {
  company: string;
  title: string;
  location?: string;
  url?: string;
  importKey?: string;
  /** When it was sent, if the export says. */
  appliedAt?: number;
}

const DAY = 86_400_000;

const jobKey = (a: { company: string; title: string }) =>
  `${a.company.trim().toLowerCase()}\u0000${a.title.trim().toLowerCase()}`;

const trackerOf = (key: string) => key.slice(0, key.indexOf(":") + 1);

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** "Amsterdam" for "Amsterdam, North Holland, Netherlands": the place before any region or country. */
const placeOf = (location: string) => words(location.split(",")[0] ?? "");

/**
 * The same place, written more or less fully: one's first part ("New York" of "New York, NY") is
 * among the other's words. "Remote" and "Cologne, Germany" are two places; so are Berlin and Stockholm.
 */
function samePlace(a: string, b: string): boolean {
  const within = (place: string[], other: string) => {
    const all = new Set(words(other));
    return place.length > 0 && place.every((w) => all.has(w));
  };
  return within(placeOf(a), b) || within(placeOf(b), a);
}

const has = (s: string | undefined): s is string => s !== undefined && s.trim() !== "";

/**
 * A link as far as telling postings apart goes: host without "www.", path without a trailing slash,
 * and (for the lookup) the query without tracking parameters. LinkedIn's export writes
 * http://www.linkedin.com/jobs/view/1/ where the job's page gave https://www.linkedin.com/jobs/view/1/.
 */
function linkOf(url: string): { page: string; full: string } {
  const u = toUrl(url.trim());
  if (!u) return { page: url.trim(), full: url.trim() };
  const page = `${u.host.toLowerCase().replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}`;
  return { page, full: `${page}${new URL(canonicalize(u)).search}` };
}

/**
 * Why `app` cannot be the application `row` is for, or null. Only what both give counts: an empty
 * cell, or a step not yet taken, says nothing. Days are compared to within a day, as a date-only
 * cell is a day's midnight and a step taken in Debrief has its clock time.
 */
export function differenceOf(
  row: MatchedRow,
  app: Application,
  appliedAt: number | undefined,
): string | null {
  if (row.importKey && app.importKey && row.importKey !== app.importKey) {
    if (trackerOf(row.importKey) === trackerOf(app.importKey)) return "another id";
  }
  // Only another page is another posting: two queries on one page may be one job's link tracked twice.
  if (has(row.url) && has(app.url) && linkOf(row.url).page !== linkOf(app.url).page) return "another link";
  if (has(row.location) && has(app.location) && !samePlace(row.location, app.location))
    return "another place";
  if (row.appliedAt !== undefined && appliedAt !== undefined && Math.abs(row.appliedAt - appliedAt) >= DAY) {
    return "sent on another day";
  }
  return null;
}

/** How much more than company and role the two share: the best candidate is taken. */
function agreement(row: MatchedRow, app: Application, appliedAt: number | undefined): number {
  let score = 0;
  if (row.importKey && row.importKey === app.importKey) score += 8;
  if (row.appliedAt !== undefined && appliedAt !== undefined) score += 4;
  if (has(row.url) && has(app.url) && linkOf(row.url).full === linkOf(app.url).full) score += 2;
  if (has(row.location) && has(app.location)) score += 1;
  return score;
}

export class ApplicationMatcher {
  private readonly byKey = new Map<string, Application>();
  private readonly byUrl = new Map<string, Application[]>();
  private readonly byJob = new Map<string, Application[]>();

  /** `appliedAtOf`: when an application was sent, as its timeline says now (it grows as rows are planned). */
  constructor(private readonly appliedAtOf: (app: Application) => number | undefined) {}

  remember(app: Application): void {
    if (app.importKey) this.byKey.set(app.importKey, app);
    this.byKey.set(`debrief:${app.id}`, app);
    // A job saved from its board's page is that board's id: "linkedin:4079472459" is how LinkedIn's
    // own export names the same job (core/import/formats/linkedin-time.ts).
    if (app.board && app.postingId) this.byKey.set(`${app.board}:${app.postingId}`, app);
    if (app.url) push(this.byUrl, linkOf(app.url).full, app);
    push(this.byJob, jobKey(app), app);
  }

  /** A link or an id learnt after `remember` (an update fills in empty cells). */
  learnt(app: Application, url: string | undefined, importKey: string | undefined): void {
    if (importKey) this.byKey.set(importKey, app);
    if (url) push(this.byUrl, linkOf(url).full, app);
  }

  find(row: MatchedRow): Application | undefined {
    const byId = row.importKey ? this.byKey.get(row.importKey) : undefined;
    if (byId) return byId;
    const byLink = has(row.url) ? this.byUrl.get(linkOf(row.url).full) : undefined;
    return this.best(row, byLink) ?? this.best(row, this.byJob.get(jobKey(row)));
  }

  private best(row: MatchedRow, candidates: Application[] | undefined): Application | undefined {
    let found: Application | undefined;
    let score = -1;
    for (const app of candidates ?? []) {
      const appliedAt = this.appliedAtOf(app);
      if (differenceOf(row, app, appliedAt)) continue;
      const s = agreement(row, app, appliedAt);
      // The earliest of equals: the order Debrief holds them in, then the file's.
      if (s > score) [found, score] = [app, s];
    }
    return found;
  }
}

function push(map: Map<string, Application[]>, key: string, app: Application) {
  const list = map.get(key);
  if (!list) map.set(key, [app]);
  else if (!list.includes(app)) list.push(app);
}
