// CSV export: one row per application, for spreadsheet programs. Text cells a spreadsheet would read
// as a formula (= + - @, or a leading tab / carriage return) get a leading apostrophe (OWASP's advice),
// by papaparse's escapeFormulae, so a company name copied from a hostile page cannot run anything
// when the file is opened.
import Papa from "papaparse";
import { dayKeyIn } from "../local-day";
import type { Application, Interview, TimelineEvent } from "../types";

// papaparse's own default (/^[=+\-@\t\r].*$/) misses a cell whose first line is a formula and that
// goes on to a second line ("." stops at a line end); only the first character matters.
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
  "Company",
  "Role",
  "Status",
  "Board",
  "Location",
  "URL",
  "Salary min",
  "Salary max",
  "Currency",
  "Salary period",
  "Saved on",
  "Applied on",
  "Last activity",
  "Interviews",
  "Tags",
  "Notes",
  "Archived",
  "Debrief id",
] as const;

export type CsvCell = string | number;

export interface CsvOptions {
  /** The user's zone: a date column is the day it was there, not in UTC. */
  timeZone: string;
  statusLabel?: (status: Application["status"]) => string;
}

/** The user's calendar day as YYYY-MM-DD: every spreadsheet program reads it as a date. */
export function isoDay(at: number | undefined, timeZone: string): string {
  return at === undefined ? "" : dayKeyIn(at, timeZone);
}

export function applicationRow(
  app: Application,
  events: readonly TimelineEvent[],
  interviews: readonly Interview[],
  { timeZone, statusLabel = (s) => s }: CsvOptions,
): CsvCell[] {
  const applied = events.find((e) => e.kind === "applied")?.at;
  const text = (v: string | undefined) => v ?? "";
  const num = (v: number | undefined) => (v === undefined ? "" : v);
  return [
    text(app.company),
    text(app.title),
    text(statusLabel(app.status)),
    text(app.board),
    text(app.location),
    text(app.url),
    num(app.salary?.min),
    num(app.salary?.max),
    text(app.salary?.currency),
    text(app.salary?.period),
    isoDay(app.createdAt, timeZone),
    isoDay(applied, timeZone),
    isoDay(app.lastActivityAt, timeZone),
    interviews.length,
    text(app.tags?.join("; ")),
    text(app.notes),
    app.archived ? "yes" : "no",
    text(app.id),
  ];
}

/**
 * The whole file. A UTF-8 byte order mark makes Excel read accents correctly; CRLF row ends and
 * quoting by papaparse follow RFC 4180.
 */
export function applicationsCsv(
  apps: readonly Application[],
  eventsOf: (id: string) => readonly TimelineEvent[],
  interviewsOf: (id: string) => readonly Interview[],
  options: CsvOptions,
): string {
  const rows = apps.map((app) => applicationRow(app, eventsOf(app.id), interviewsOf(app.id), options));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n", quotes: false, escapeFormulae: FORMULA_START })}\r\n`;
}
