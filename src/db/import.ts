// Writes what a tracker's export holds (core/import) in ONE transaction: a bad row or a failed write
// leaves the database as it was. An application already tracked — same tracker id, same link, or
// same company and role — is updated, not duplicated: steps it lacks are added to its timeline, its
// status and archived flag follow the newer export. Importing the same file again changes nothing.
import type { ImportedApplication, ImportedStep } from "../core/import/types";
import type { Application, ApplicationStatus, EventPayload, TimelineEvent } from "../core/types";
import { newId } from "./ids";
import type { DebriefDB } from "./schema";

/** core/import's ImportedApplication, as far as the database needs it. */
export type ImportedRow = Omit<ImportedApplication, "line" | "appliedAt">;

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

const jobKey = (a: { company: string; title: string }) =>
  `${a.company.trim().toLowerCase()}\u0000${a.title.trim().toLowerCase()}`;

type Step = ImportedStep;

function stepOf(e: TimelineEvent): Step | null {
  if (e.kind === "saved" || e.kind === "applied") return { kind: e.kind, at: e.at };
  if (e.kind === "status") return { kind: e.to, at: e.at };
  return null;
}

function payloadOf(step: Step, from: ApplicationStatus): EventPayload {
  if (step.kind === "saved" || step.kind === "applied") return { kind: step.kind };
  // The other tool's status is the user's own word: a status event makes deriveStatus agree.
  return { kind: "status", from, to: step.kind };
}

export async function applyImport(
  db: DebriefDB,
  rows: readonly ImportedRow[],
  now = Date.now(),
): Promise<ImportOutcome> {
  return db.transaction("rw", db.applications, db.events, async () => {
    const apps = await db.applications.toArray();
    const stepsOf = new Map<string, Step[]>();
    for (const e of await db.events.where("kind").anyOf(["saved", "applied", "status"]).toArray()) {
      const step = stepOf(e as TimelineEvent);
      if (step) stepsOf.set(e.applicationId, [...(stepsOf.get(e.applicationId) ?? []), step]);
    }
    const byKey = new Map<string, Application>();
    const byUrl = new Map<string, Application>();
    const byJob = new Map<string, Application>();
    const remember = (app: Application) => {
      if (app.importKey) byKey.set(app.importKey, app);
      byKey.set(`debrief:${app.id}`, app);
      if (app.url) byUrl.set(app.url, app);
      byJob.set(jobKey(app), app);
    };
    apps.forEach(remember);

    const changed = new Map<string, Application>();
    const added = new Set<string>();
    const events: TimelineEvent[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const found =
        (row.importKey && byKey.get(row.importKey)) ||
        (row.url && byUrl.get(row.url)) ||
        byJob.get(jobKey(row));
      const first = row.events[0]?.at ?? row.savedAt ?? now;
      const app: Application = found ?? {
        id: newId(first),
        company: row.company,
        title: row.title,
        companyDomains: [],
        status: "saved",
        source: "import",
        createdAt: first,
        updatedAt: now,
        lastActivityAt: first,
        archived: 0,
      };
      const known = stepsOf.get(app.id) ?? [];
      // When it was saved says nothing about how far it got: only later steps count.
      const lastKnown = Math.max(-Infinity, ...known.filter((s) => s.kind !== "saved").map((s) => s.at));
      let status = known.length ? app.status : "saved";
      let moved = false;
      for (const step of row.events) {
        const has = known.some(
          (k) => k.kind === step.kind && (k.at === step.at || k.kind === "saved" || k.kind === "applied"),
        );
        // Only what happened after what Debrief already knows is news.
        if (has || step.at < lastKnown) continue;
        const payload = payloadOf(step, status);
        events.push({ ...payload, id: newId(step.at), applicationId: app.id, at: step.at } as TimelineEvent);
        known.push(step);
        status = step.kind;
        moved = true;
      }
      stepsOf.set(app.id, known);
      let touched = moved;
      if (moved) {
        app.status = row.status;
        app.lastActivityAt = Math.max(app.lastActivityAt, ...row.events.map((e) => e.at));
      }
      const archived = row.archived ? 1 : 0;
      if (archived !== app.archived && (!found || row.importKey === app.importKey || archived === 1)) {
        app.archived = archived;
        touched = true;
      }
      for (const key of ["location", "url", "notes", "salary", "tags", "importKey"] as const) {
        if (row[key] !== undefined && app[key] === undefined) {
          (app as unknown as Record<string, unknown>)[key] = row[key];
          touched = true;
        }
      }
      if (!found) {
        added.add(app.id);
        remember(app);
      }
      if (touched) {
        app.updatedAt = now;
        changed.set(app.id, app);
      } else if (found) unchanged++;
    }
    await db.applications.bulkPut([...changed.values()]);
    await db.events.bulkAdd(events);
    return {
      added: added.size,
      updated: [...changed.keys()].filter((id) => !added.has(id)).length,
      unchanged,
    };
  });
}
