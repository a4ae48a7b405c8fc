// What importing a tracker's export (core/import) changes, worked out from what Debrief already holds:
// the applications to write and the timeline events to add. An application already tracked — same
// tracker id, same link, or same company and role with nothing saying it is another posting
// (db/import-match.ts) — is updated, not duplicated: steps it lacks are added to its timeline, its
// status and archived flag follow the newer export. Importing the same file again changes nothing.
// Pure: db/import.ts reads the database, runs this, and writes the result.

import type { Steps } from "../core/import/slices";
import type { ImportedApplication, ImportedStep } from "../core/import/types";
import { historyOf } from "../core/import/values";
import type { Application, ApplicationStatus, EventPayload, TimelineEvent } from "../core/types";
import { newId } from "./ids";
import { ApplicationMatcher } from "./import-match";

/** core/import's ImportedApplication, as far as the database needs it. */
export type ImportedRow = Omit<ImportedApplication, "line" | "appliedAt">;

/** One count per row of the file: added + updated + unchanged + repeated = rows. */
export interface ImportOutcome {
  added: number;
  /** Rows for an application Debrief already had, which they moved on. */
  updated: number;
  /** Rows for an application Debrief already had, with nothing new. */
  unchanged: number;
  /** Rows for an application an earlier row of the same file is for (merged into it). */
  repeated: number;
}

export interface ImportPlan {
  put: Application[];
  add: TimelineEvent[];
  outcome: ImportOutcome;
  /** The ids of the applications it adds. */
  created: string[];
  /** The applications it changes, as they were before (db/import-undo.ts puts them back). */
  before: Application[];
}

/**
 * The event kinds an import compares with what it brings: the history of statuses, and notes (a
 * tracker's steps that are no status: ImportedApplication.timelineNotes).
 */
export const HISTORY_KINDS = ["saved", "applied", "status", "note"] as const;

type Step = ImportedStep;

function stepOf(e: TimelineEvent): Step | null {
  if (e.kind === "saved" || e.kind === "applied") return { kind: e.kind, at: e.at };
  if (e.kind === "status") return { kind: e.to, at: e.at };
  return null;
}

/** When it was first sent, as its steps say (a stand-in date says nothing of it). */
function sentAt(steps: readonly Step[] | undefined): number | undefined {
  let at: number | undefined;
  for (const s of steps ?? []) {
    if (s.kind === "applied" && !s.undated && (at === undefined || s.at < at)) at = s.at;
  }
  return at;
}

function payloadOf(step: Step, from: ApplicationStatus): EventPayload {
  if (step.kind === "saved" || step.kind === "applied") return { kind: step.kind };
  // The other tool's status is the user's own word: a status event makes deriveStatus agree.
  return { kind: "status", from, to: step.kind };
}

/**
 * `apps`: every application Debrief holds; `history`: their events of HISTORY_KINDS. Yields the rows
 * planned so far (core/import/slices), returns the plan.
 */
export function* planningImport(
  apps: Application[],
  history: readonly TimelineEvent[],
  rows: readonly ImportedRow[],
  now: number,
): Steps<ImportPlan> {
  const stepsOf = new Map<string, Step[]>();
  const notesOf = new Map<string, Set<string>>();
  for (const e of history) {
    if (e.kind === "note") addNote(notesOf, e.applicationId, e);
    const step = stepOf(e);
    if (!step) continue;
    const known = stepsOf.get(e.applicationId);
    if (known) known.push(step);
    else stepsOf.set(e.applicationId, [step]);
  }
  const matcher = new ApplicationMatcher((app) => sentAt(stepsOf.get(app.id)));
  for (const app of apps) matcher.remember(app);

  const changed = new Map<string, Application>();
  const inFile = new Set<string>();
  /** Applications this import adds: their steps keep the dates the file gives, stand-ins too. */
  const created = new Set<string>();
  const before = new Map<string, Application>();
  const events: TimelineEvent[] = [];
  const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0, repeated: 0 };
  for (const [i, row] of rows.entries()) {
    yield i;
    const found = matcher.find({ ...row, appliedAt: sentAt(row.events) });
    // As it was, before this import touches it (its fields are replaced below, never changed in place).
    if (found && !created.has(found.id) && !before.has(found.id)) before.set(found.id, { ...found });
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
    // A row with no date at all still says how far it got: a new application reaches that status on
    // the day it is imported (when Debrief learnt of it). An application already tracked learns
    // nothing from it: the steps would be dated anew at each import.
    const steps = row.events.length || found ? row.events : historyOf({ status: row.status, savedAt: now });
    // When it was saved says nothing about how far it got: only later steps count.
    const lastKnown = Math.max(-Infinity, ...known.filter((s) => s.kind !== "saved").map((s) => s.at));
    let status = known.length ? app.status : "saved";
    let moved = false;
    let movedAt = -Infinity;
    // A status past applied that the tracker gave no date for, on an application Debrief had before
    // this import, is news of the day it is imported: its stand-in date (the day it was saved) would
    // put a newer status first on the timeline, or hide it behind what Debrief already knows. (An
    // applied step keeps its stand-in: sent is sent, and the day saved is the nearest known to it.)
    const tracked = found !== undefined && !created.has(app.id);
    for (const step of steps) {
      const undated = tracked && step.undated === true && step.kind !== "saved" && step.kind !== "applied";
      const has = known.some(
        (k) =>
          k.kind === step.kind &&
          (k.at === step.at || k.kind === "saved" || k.kind === "applied" || (undated && k.at >= step.at)),
      );
      // Only what happened after what Debrief already knows is news.
      if (has || (!undated && step.at < lastKnown)) continue;
      const at = undated ? Math.max(step.at, lastKnown, now) : step.at;
      const payload = payloadOf(step, status);
      events.push({ ...payload, id: newId(at), applicationId: app.id, at } as TimelineEvent);
      known.push({ kind: step.kind, at });
      status = step.kind;
      moved = true;
      movedAt = Math.max(movedAt, at);
    }
    stepsOf.set(app.id, known);
    // The tracker's steps that are no status: notes, each added once; they move no status.
    let noted = false;
    for (const note of row.timelineNotes ?? []) {
      if (!addNote(notesOf, app.id, note)) continue;
      events.push({ kind: "note", text: note.text, id: newId(note.at), applicationId: app.id, at: note.at });
      app.lastActivityAt = Math.max(app.lastActivityAt, note.at);
      noted = true;
    }
    let touched = moved || noted;
    if (moved) {
      app.status = row.status;
      app.lastActivityAt = Math.max(app.lastActivityAt, movedAt, ...steps.map((e) => e.at));
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
    // The tracker's own record of the employer's domain helps tag their emails (core/email/match).
    if (row.companyDomains?.length && app.companyDomains.length === 0) {
      app.companyDomains = [...row.companyDomains];
      touched = true;
    }
    // Indexed anew: a row can give it a link, an id or the day it was sent.
    matcher.remember(app);
    if (touched) {
      app.updatedAt = now;
      changed.set(app.id, app);
    }
    if (!found) {
      outcome.added++;
      created.add(app.id);
    } else if (inFile.has(app.id)) outcome.repeated++;
    else if (touched) outcome.updated++;
    else outcome.unchanged++;
    inFile.add(app.id);
  }
  return {
    put: [...changed.values()],
    add: events,
    outcome,
    created: [...created],
    before: [...before.values()].filter((a) => changed.has(a.id)),
  };
}

/** Remembers a note of the application; false when it has that one already (same text, same time). */
function addNote(
  notesOf: Map<string, Set<string>>,
  applicationId: string,
  note: { at: number; text: string },
) {
  const key = `${note.at}\u0000${note.text}`;
  const known = notesOf.get(applicationId);
  if (known?.has(key)) return false;
  if (known) known.add(key);
  else notesOf.set(applicationId, new Set([key]));
  return true;
}
