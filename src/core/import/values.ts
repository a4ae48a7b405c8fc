// Cell values as trackers write them: empty markers ("-", "N/A"), dates in several shapes, formula
// cells, and the history (saved → applied → current status) an application's dates imply.
import { parseDate, statusFromText } from "../export/csv-import";
import type { ApplicationStatus } from "../types";
import type { CsvTable, ImportedStep, ImportProblem } from "./types";

/** Header as compared: case, spaces, `_`, `-` and `.` ignored. */
export const normHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[_\-.\s]+/g, "");

/** The header (as written) whose normalised form is one of `names`, first name first. */
export function findHeader(headers: readonly string[], ...names: string[]): string | undefined {
  for (const name of names) {
    const hit = headers.find((h) => normHeader(h) === normHeader(name));
    if (hit) return hit;
  }
  return undefined;
}

export function hasHeaders(headers: readonly string[], ...names: string[]): boolean {
  return names.every((n) => findHeader(headers, n) !== undefined);
}

/** Huntr writes "-" in empty cells, Simplify "N/A". */
const EMPTY = /^(-|–|n\/?a|null|undefined|none)$/i;

/** A cell's text: trimmed, empty markers as "", our own export's protecting apostrophe dropped. */
export function cellText(record: Record<string, string>, header: string | undefined): string {
  if (!header) return "";
  const text = (record[header] ?? "").trim().replace(/^'(?=[=+\-@\t\r])/, "");
  return EMPTY.test(text) ? "" : text;
}

const HYPERLINK = /^=HYPERLINK\(\s*"([^"]*)"\s*(?:[,;]\s*"([^"]*)"\s*)?\)$/i;

/**
 * A cell that a spreadsheet would run as a formula. =HYPERLINK("url","label") gives its label (and
 * url); anything else is kept as plain text, which Debrief never evaluates, and reported.
 */
export function formulaCell(text: string): { text: string; url?: string; formula: boolean } {
  if (!text.startsWith("=")) return { text, formula: false };
  const m = HYPERLINK.exec(text);
  if (m) return { text: m[2] ?? m[1]!, url: m[1], formula: true };
  return { text, formula: true };
}

/**
 * A date (date-only values are the day's midnight in the user's `timeZone`, core/local-day): epoch seconds or milliseconds, ISO, US M/D/Y, or D.M.Y (European); day-first for slashes
 * when the file is semicolon-separated (a European spreadsheet). Null when empty or unreadable.
 */
export function readDate(text: string, timeZone: string, dayFirst = false): number | null {
  // An export repeats the same few hundred days over and over, and a zone conversion costs ~50 µs:
  // remembering them makes a 200,000-row file several times faster.
  const key = `${timeZone}\u0000${dayFirst ? 1 : 0}\u0000${text}`;
  const known = seen.get(key);
  if (known !== undefined) return known;
  if (seen.size >= 50_000) seen.clear();
  const at = readDateUncached(text, timeZone, dayFirst);
  seen.set(key, at);
  return at;
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * A date and time with no zone written, that the tracker wrote in UTC (Huntr: its ids, MongoDB
 * ObjectIds, hold the same second as createdAt read as UTC). Null for anything else.
 */
export function utcStamp(text: string): number | null {
  const m = STAMP.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as number[];
  const at = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0, ms || 0);
  return new Date(at).getUTCDate() === d ? at : null;
}

const seen = new Map<string, number | null>();

function readDateUncached(text: string, timeZone: string, dayFirst: boolean): number | null {
  const t = text.trim();
  if (!t) return null;
  if (/^\d{13}$/.test(t)) return Number(t);
  if (/^\d{10}$/.test(t)) return Number(t) * 1000;
  const eu = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(t);
  if (eu) return parseDate(`${eu[3]!.length === 2 ? `20${eu[3]}` : eu[3]}-${eu[2]}-${eu[1]}`, timeZone);
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (slash && dayFirst && +slash[1]! <= 12 && +slash[2]! <= 12)
    return parseDate(`${slash[2]}/${slash[1]}/${slash[3]}`, timeZone);
  return parseDate(t, timeZone);
}

/** Reads a date cell, reporting text that is not a date (empty markers are not reported). */
export function dateCell(
  record: Record<string, string>,
  header: string | undefined,
  ctx: { line: number; problems: ImportProblem[]; table: CsvTable; timeZone: string; utcStamps?: boolean },
): number | undefined {
  const text = cellText(record, header);
  if (!text) return undefined;
  const at =
    (ctx.utcStamps ? utcStamp(text) : null) ?? readDate(text, ctx.timeZone, ctx.table.delimiter === ";");
  if (at === null) {
    ctx.problems.push({ line: ctx.line, message: `${header}: "${text}" is not a date` });
    return undefined;
  }
  return at;
}

export { statusFromText };

/** "yes", "true", "1", "x" as a spreadsheet writes a ticked box. */
export const isTrue = (text: string) => /^(true|yes|y|1|x|archived)$/i.test(text.trim());

/**
 * The history that a row's dates imply: saved, applied (when known), then the current status at the
 * date it was reached (or, not known, the latest date we have). Steps never go back in time.
 */
export function historyOf(row: {
  status: ApplicationStatus;
  savedAt?: number;
  appliedAt?: number;
  statusAt?: number;
}): ImportedStep[] {
  const steps: ImportedStep[] = [];
  const first = row.savedAt ?? row.appliedAt ?? row.statusAt;
  if (first === undefined) return steps;
  steps.push({ kind: "saved", at: first });
  if (row.appliedAt !== undefined && row.status !== "saved") {
    steps.push({ kind: "applied", at: Math.max(first, row.appliedAt) });
  }
  if (row.status !== "saved" && !(row.status === "applied" && row.appliedAt !== undefined)) {
    const last = steps[steps.length - 1]!.at;
    steps.push({ kind: row.status, at: Math.max(last, row.statusAt ?? last) });
  }
  return steps;
}
