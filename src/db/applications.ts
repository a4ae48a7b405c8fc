// Applications: create, update, archive, and save a job read from a page (deduplicated). Writes keep
// only company domains that can be a company's (core/company-domain, which carries the public-suffix and
// free-mail lists); the reads are in application-lists.ts, so a page that only reads stays without them.
import { companyDomains } from "../core/company-domain";
import { postingKey } from "../core/posting/key";
import type { Application, ApplicationSource, JobPosting, TimelineEvent } from "../core/types";
import { findByPosting } from "./application-lists";
import { newId } from "./ids";
import type { DebriefDB } from "./schema";

export interface NewApplication {
  company: string;
  title: string;
  location?: string;
  url?: string;
  board?: string;
  postingId?: string;
  companyDomains?: string[];
  salary?: Application["salary"];
  notes?: string;
  source?: ApplicationSource;
}

export type ApplicationChanges = Partial<
  Pick<
    Application,
    "company" | "title" | "location" | "url" | "salary" | "notes" | "tags" | "contacts" | "companyDomains"
  >
>;

function clean(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** Creates an application with its "saved" (and optionally "applied") event, in one transaction. */
export async function createApplication(
  db: DebriefDB,
  input: NewApplication,
  options: { applied?: boolean; now?: number } = {},
): Promise<Application> {
  const company = clean(input.company);
  const title = clean(input.title);
  if (!company && !title) throw new Error("An application needs a company or a role title.");
  const now = options.now ?? Date.now();
  const app: Application = {
    id: newId(),
    company,
    title,
    // Registrable domains only, never free mail or a shared host: they open the webmail gate.
    companyDomains: companyDomains(input.companyDomains),
    status: options.applied ? "applied" : "saved",
    source: input.source ?? "manual",
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
    archived: 0,
  };
  for (const key of ["location", "url", "board", "postingId", "notes"] as const) {
    const value = clean(input[key]);
    if (value) app[key] = value;
  }
  if (input.salary) app.salary = input.salary;
  const events: TimelineEvent[] = [{ kind: "saved", id: newId(), applicationId: app.id, at: now }];
  if (options.applied) events.push({ kind: "applied", id: newId(), applicationId: app.id, at: now });
  await db.transaction("rw", db.applications, db.events, async () => {
    await db.applications.add(app);
    await db.events.bulkAdd(events);
  });
  return app;
}

export async function updateApplication(
  db: DebriefDB,
  id: string,
  changes: ApplicationChanges,
): Promise<void> {
  const now = Date.now();
  const next = changes.companyDomains
    ? { ...changes, companyDomains: companyDomains(changes.companyDomains) }
    : changes;
  const updated = await db.applications.update(id, { ...next, updatedAt: now });
  if (!updated) throw new Error(`No application ${id}`);
}

export async function archiveApplication(db: DebriefDB, id: string, archived = true): Promise<void> {
  const updated = await db.applications.update(id, { archived: archived ? 1 : 0, updatedAt: Date.now() });
  if (!updated) throw new Error(`No application ${id}`);
}

/** Saves a job read from a page. The same posting saved twice is one application. */
export async function saveJob(
  db: DebriefDB,
  posting: JobPosting,
  pageUrl: string,
  options: { applied?: boolean; now?: number } = {},
): Promise<{ application: Application; created: boolean }> {
  return db.transaction("rw", db.applications, db.events, async () => {
    const key = postingKey(posting, pageUrl);
    const existing = await findByPosting(db, key);
    if (existing) return { application: existing, created: false };
    const input: NewApplication = {
      company: posting.company ?? "",
      title: posting.title ?? "",
      url: key.url,
      source: "jobboard",
      companyDomains: posting.companyDomain ? [posting.companyDomain] : [],
    };
    if (posting.locations.length > 0) input.location = posting.locations.join("; ");
    if (posting.board) input.board = posting.board;
    if (posting.postingId) input.postingId = posting.postingId;
    if (posting.salary) input.salary = posting.salary;
    const application = await createApplication(db, input, options);
    return { application, created: true };
  });
}
