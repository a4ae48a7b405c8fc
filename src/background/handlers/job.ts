// Jobs read by the job-board panel and the context menu: save (deduplicated), look up, "I applied".
import { EVENT_LABEL, emailEventLabel } from "../../core/labels";
import { postingKey } from "../../core/posting/key";
import type { Application, TimelineEvent } from "../../core/types";
import {
  addEvent,
  createApplication,
  type DebriefDB,
  findByPosting,
  getDb,
  listEvents,
  saveJob,
} from "../../db";
import { browser } from "../../shared/browser";
import { applicationPagePath } from "../../shared/pages";
import type { Arg, Reply, TrackedJob } from "../../shared/protocol";
import type { Routes } from "../listen";
import { readJobInTab } from "../read-tab-job";
import { isOwnApplication, isOwnPosting } from "./own-application";

export function timelineUrl(applicationId: string): string {
  return browser.runtime.getURL(applicationPagePath(applicationId));
}

/** The application as the panel shows it: status, the latest event in words, a timeline link. */
export async function trackedJob(db: DebriefDB, app: Application): Promise<TrackedJob> {
  const events = await listEvents(db, app.id);
  const last = events.reduce<TimelineEvent | undefined>((a, e) => (!a || e.at >= a.at ? e : a), undefined);
  const job: TrackedJob = {
    applicationId: app.id,
    status: app.status,
    company: app.company,
    title: app.title,
    timelineUrl: timelineUrl(app.id),
  };
  if (last) {
    const text = last.kind === "email" ? emailEventLabel(last.category) : EVENT_LABEL[last.kind];
    job.lastEvent = { kind: last.kind, at: last.at, text };
  }
  return job;
}

/** Adds the applied event unless the timeline already has one. */
async function markApplied(db: DebriefDB, app: Application): Promise<Application> {
  const events = await listEvents(db, app.id);
  if (!events.some((e) => e.kind === "applied")) await addEvent(db, app.id, { kind: "applied" });
  return (await db.applications.get(app.id)) ?? app;
}

async function saveFromPage({ url, posting, applied }: Arg<"job/save">): Promise<Reply<"job/save">> {
  if (!posting.title && !posting.company) throw new Error("This page has no job title or company to save.");
  const db = getDb();
  const saved = await saveJob(db, posting, url, { applied: applied === true });
  // The same posting saved again with "I applied" still records the application.
  const application =
    applied && !saved.created ? await markApplied(db, saved.application) : saved.application;
  return { application, created: saved.created, job: await trackedJob(db, application) };
}

async function lookup({ url, posting }: Arg<"job/lookup">): Promise<Reply<"job/lookup">> {
  const db = getDb();
  const app = await findByPosting(db, postingKey(posting, url));
  return app ? trackedJob(db, app) : null;
}

async function applied({ applicationId }: Arg<"job/applied">): Promise<Reply<"job/applied">> {
  const db = getDb();
  const app = await db.applications.get(applicationId);
  if (!app) throw new Error("That application no longer exists.");
  return trackedJob(db, await markApplied(db, app));
}

/** The job in a tab the popup was opened on; a page we may not script (chrome://, no grant) has none. */
async function extract({ tabId }: Arg<"job/extract">): Promise<Reply<"job/extract">> {
  const job = await readJobInTab(tabId, 0, true).catch(() => null);
  return job?.posting.title ? job : null;
}

/** The popup's quick add; written here so the popup bundles no domain lists (db/applications.ts). */
function add({ company, title }: Arg<"application/add">): Promise<Reply<"application/add">> {
  return createApplication(getDb(), { company, title });
}

/** Any tab's content script may save and look up jobs: the panel can be shown on any page. */
export const jobHandlers: Pick<
  Routes,
  "job/save" | "job/lookup" | "job/applied" | "application/add" | "job/extract"
> = {
  // A content script saves and looks up the posting of its own page, and marks only its site's job.
  "job/save": { from: "tab", own: isOwnPosting, run: saveFromPage },
  "job/lookup": { from: "tab", own: isOwnPosting, run: lookup },
  "job/applied": {
    from: "tab",
    own: ({ applicationId }, tab) => isOwnApplication(applicationId, tab),
    run: applied,
  },
  "application/add": { from: "extension", run: add },
  // Only the popup: it names any tab, and reading a page is the user's call.
  "job/extract": { from: "extension", run: extract },
};
