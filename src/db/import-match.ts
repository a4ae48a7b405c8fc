// Which application an imported row is for, among those Debrief holds (and those the same file has
// added so far). The tracker's own id decides first (or the board's: a job saved from its LinkedIn
// page is the row of LinkedIn's export with that job id); then the same link; then the same company and
// role, unless the two say they are different postings: another id of the same tracker, another
// link, another place, or an application sent on another day. So a job seeker who applied to the
// same title at one employer twice (in two cities, or two months apart) keeps two applications,
// while a newer export of the same rows, which only adds steps and fills in empty cells, still finds
// each row's application. Pure: used by db/import-plan.ts.

import { canonicalize, toUrl } from "../core/posting/urls";
import { jobKey } from "../core/same-job";
import { samePlace } from "../core/same-place";
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

const trackerOf = (key: string) => key.slice(0, key.indexOf(":") + 1);

const has = (s: string | undefined): s is string => s !== undefined && s.trim() !== "";

/**
 * A link as far as telling postings apart goes: host without "www.", path without a trailing slash,
 * and (for the lookup) the query without tracking parameters. LinkedIn's export writes
 * http://www.linkedin.com/jobs/view/1/ where the job's page gave https://www.linkedin.com/jobs/view/1/.
 */
const links = new Map<string, { page: string; full: string }>();

function linkOf(url: string): { page: string; full: string } {
  const known = links.get(url);
  if (known) return known;
  if (links.size >= 50_000) links.clear();
  const link = readLink(url);
  links.set(url, link);
  return link;
}

function readLink(url: string): { page: string; full: string } {
  const u = toUrl(url.trim());
  if (!u) return { page: url.trim(), full: url.trim() };
  const page = `${u.host.toLowerCase().replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}`;
  return { page, full: u.search ? `${page}${new URL(canonicalize(u)).search}` : page };
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

/**
 * One company-and-role's applications. Past a few, also indexed by the two things that most often tell
 * them apart, so a row is not compared with every namesake.
 */
interface Bucket {
  all: Set<Application>;
  index?: {
    byPage: Map<string, Set<Application>>;
    noPage: Set<Application>;
    byDay: Map<number, Set<Application>>;
    noDay: Set<Application>;
  };
}

/** Namesakes compared one by one before the bucket is indexed. */
const SCAN = 16;

/** Where an application sits, so it can be moved when it learns a link or a day sent. */
interface Placed {
  job: string;
  page?: string;
  day?: number;
  url?: string;
}

const dayOf = (at: number) => Math.floor(at / DAY);

/**
 * Finds rows' applications without comparing each row with every namesake: a row with a link looks
 * only at namesakes on that page or with no link, a row with a day sent at those sent within a day or
 * not yet sent (a file of thousands of one title at one employer stays fast).
 */
export class ApplicationMatcher {
  private readonly byKey = new Map<string, Application>();
  private readonly byUrl = new Map<string, Set<Application>>();
  private readonly byJob = new Map<string, Bucket>();
  private readonly placed = new Map<Application, Placed>();
  /** First-seen order: of equals, the earliest is taken (Debrief's order, then the file's). */
  private readonly order = new Map<Application, number>();

  /** `appliedAtOf`: when an application was sent, as its timeline says now (it grows as rows are planned). */
  constructor(private readonly appliedAtOf: (app: Application) => number | undefined) {}

  /** Indexes `app`, or indexes it again after a row filled in its link, id or day sent. */
  remember(app: Application): void {
    if (!this.order.has(app)) this.order.set(app, this.order.size);
    if (app.importKey) this.byKey.set(app.importKey, app);
    this.byKey.set(`debrief:${app.id}`, app);
    // A job saved from its board's page is that board's id: "linkedin:4079472459" is how LinkedIn's
    // own export names the same job (core/import/formats/linkedin-time.ts).
    if (app.board && app.postingId) this.byKey.set(`${app.board}:${app.postingId}`, app);
    const was = this.placed.get(app);
    const url = has(app.url) ? app.url : undefined;
    const appliedAt = this.appliedAtOf(app);
    const day = appliedAt === undefined ? undefined : dayOf(appliedAt);
    if (was && was.url === url && was.day === day) return;
    const now: Placed = { job: was?.job ?? jobKey(app), page: url ? linkOf(url).page : undefined, day, url };
    let bucket = this.byJob.get(now.job);
    if (was) this.unplace(app, was, bucket);
    if (url) add(this.byUrl, linkOf(url).full, app);
    if (!bucket) {
      bucket = { all: new Set() };
      this.byJob.set(now.job, bucket);
    }
    this.placed.set(app, now);
    bucket.all.add(app);
    if (bucket.index) place(bucket.index, app, now);
    else if (bucket.all.size > SCAN) {
      bucket.index = { byPage: new Map(), noPage: new Set(), byDay: new Map(), noDay: new Set() };
      for (const a of bucket.all) place(bucket.index, a, this.placed.get(a)!);
    }
  }

  find(row: MatchedRow): Application | undefined {
    const byId = row.importKey ? this.byKey.get(row.importKey) : undefined;
    if (byId) return byId;
    const byLink = has(row.url) ? this.byUrl.get(linkOf(row.url).full) : undefined;
    return this.best(row, [byLink]) ?? this.best(row, this.namesakes(row));
  }

  /** The namesakes that can be the row's application, as few as the index allows. */
  private namesakes(row: MatchedRow): (Set<Application> | undefined)[] {
    const bucket = this.byJob.get(jobKey(row));
    const index = bucket?.index;
    if (!index) return [bucket?.all];
    if (has(row.url)) return [index.byPage.get(linkOf(row.url).page), index.noPage];
    if (row.appliedAt !== undefined) {
      const d = dayOf(row.appliedAt);
      return [index.byDay.get(d - 1), index.byDay.get(d), index.byDay.get(d + 1), index.noDay];
    }
    return [bucket.all];
  }

  private best(row: MatchedRow, sets: (Set<Application> | undefined)[]): Application | undefined {
    let found: Application | undefined;
    let score = -1;
    let rank = Infinity;
    for (const set of sets) {
      for (const app of set ?? []) {
        const appliedAt = this.appliedAtOf(app);
        if (differenceOf(row, app, appliedAt)) continue;
        const s = agreement(row, app, appliedAt);
        const r = this.order.get(app) ?? Infinity;
        if (s > score || (s === score && r < rank)) [found, score, rank] = [app, s, r];
      }
    }
    return found;
  }

  private unplace(app: Application, was: Placed, bucket: Bucket | undefined): void {
    if (was.url) this.byUrl.get(linkOf(was.url).full)?.delete(app);
    bucket?.all.delete(app);
    const index = bucket?.index;
    if (!index) return;
    if (was.page === undefined) index.noPage.delete(app);
    else index.byPage.get(was.page)?.delete(app);
    if (was.day === undefined) index.noDay.delete(app);
    else index.byDay.get(was.day)?.delete(app);
  }
}

function place(index: NonNullable<Bucket["index"]>, app: Application, at: Placed) {
  if (at.page === undefined) index.noPage.add(app);
  else add(index.byPage, at.page, app);
  if (at.day === undefined) index.noDay.add(app);
  else add(index.byDay, at.day, app);
}

function add<K>(map: Map<K, Set<Application>>, key: K, app: Application) {
  const set = map.get(key);
  if (set) set.add(app);
  else map.set(key, new Set([app]));
}
