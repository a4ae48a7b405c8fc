// A file → what an import would add: the format recognised, the applications with their history,
// and every problem with its line. Used as is by `npm run import-preview` and the options page.
import type { ColumnMapping } from "../export/csv-import";
import type { ApplicationStatus } from "../types";
import { decoding, type TextEncodingName } from "./decode";
import { detectImporter, readingGeneric } from "./formats/index";
import { parseTable } from "./parse";
import { runNow, type Steps } from "./slices";
import type { CsvTable, ImportedApplication, ImportFormat, ImportProblem } from "./types";

export interface ImportPreview {
  format: ImportFormat;
  label: string;
  encoding: TextEncodingName;
  delimiter: string;
  table: CsvTable;
  applications: ImportedApplication[];
  problems: ImportProblem[];
}

/** A file with nothing to import. */
export class EmptyImportError extends Error {
  override name = "EmptyImportError";
}

export function readTable(
  table: CsvTable,
  encoding: TextEncodingName,
  timeZone: string,
  mapping?: ColumnMapping,
): ImportPreview {
  return runNow(readingTable(table, encoding, timeZone, mapping));
}

/** readTable one row a step (yields the rows read so far, out of table.records.length). */
export function* readingTable(
  table: CsvTable,
  encoding: TextEncodingName,
  timeZone: string,
  mapping?: ColumnMapping,
): Steps<ImportPreview> {
  if (table.headers.length === 0 || table.records.length === 0) {
    throw new EmptyImportError(
      "This file has no rows to import: it needs a header row and at least one row under it.",
    );
  }
  const importer = detectImporter(table.headers);
  const read = yield* importer.format === "generic"
    ? readingGeneric(table, timeZone, mapping)
    : importer.read(table, timeZone);
  for (const app of read.applications) {
    // A tracker without an applied-date column still dates the move to "applied".
    app.appliedAt ??= app.events.find((e) => e.kind === "applied")?.at;
    if (app.appliedAt === undefined) delete app.appliedAt;
  }
  const problems = [...table.problems, ...read.problems].sort((a, b) => a.line - b.line);
  return {
    format: importer.format,
    label: importer.label,
    encoding,
    delimiter: table.delimiter,
    table,
    applications: read.applications,
    problems,
  };
}

export function readImport(bytes: Uint8Array, timeZone: string): ImportPreview {
  const { text, encoding } = runNow(decoding(bytes));
  return readTable(parseTable(text), encoding, timeZone);
}

export function statusCounts(
  apps: readonly ImportedApplication[],
): Partial<Record<ApplicationStatus, number>> {
  const counts: Partial<Record<ApplicationStatus, number>> = {};
  for (const a of apps) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());

/** The preview as the CLI prints it: the fields a user checks, dates as ISO strings, empty as null. */
export function previewJson(preview: Pick<ImportPreview, "format" | "applications" | "problems">) {
  return {
    format: preview.format,
    applications: preview.applications.map((a) => ({
      company: a.company,
      title: a.title,
      status: a.status,
      archived: a.archived,
      location: a.location ?? null,
      url: a.url ?? null,
      savedAt: iso(a.savedAt),
      appliedAt: iso(a.appliedAt),
      // The timeline as it will read: the tracker's steps that are no status are notes among them.
      events: [
        ...a.events.map((e) => ({ kind: e.kind as string, at: e.at })),
        ...(a.timelineNotes ?? []).map((n) => ({ kind: "note", at: n.at, text: n.text })),
      ]
        .sort((x, y) => x.at - y.at)
        .map((e) => ({ ...e, at: iso(e.at) })),
    })),
    problems: preview.problems.map((p) => ({ line: p.line, message: p.message })),
  };
}
