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
  // Own string cells only: a column named "__proto__" must not read the object's prototype.
  const raw = Object.hasOwn(record, header) ? record[header] : undefined;
  const text = (typeof raw === "string" ? raw : "").trim().replace(/^'(?=[=+\-@\t\r])/, "");
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
 * A date (date-only values are the day's midnight in the user's `timeZone`, core/local-day): epoch seconds or milliseconds, ISO, US M/D/Y, or D.M.Y (European); day first for slashes
 * and dashes when `dayFirst` (see dayFirstIn). Null when empty or unreadable.
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
  // 03/04/2025, and 03-04-2025 the same way (a sheet's own format: never left to the engine's guess).
  const slash = NUMERIC_DAY.exec(t);
  if (slash) {
    const [a, b, y] = [slash[1]!, slash[3]!, slash[4]!];
    return parseDate(dayFirst && +a <= 12 && +b <= 12 ? `${b}/${a}/${y}` : `${a}/${b}/${y}`, timeZone);
  }
  return parseDate(t, timeZone);
}

/** A day written as numbers with slashes or dashes, day or month first: 03/04/2025, 13-01-2022. */
const NUMERIC_DAY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})$/;

const dayFirstOf = new WeakMap<CsvTable, boolean>();

/**
 * Whether the table writes its numeric days day first. A cell such as 13-01-2022 settles it (and
 * 01-13-2022 the other way); with no such cell, a semicolon-separated file (a European spreadsheet)
 * is taken as day first. Looks at the first 5,000 rows, once per table.
 */
export function dayFirstIn(table: CsvTable): boolean {
  const known = dayFirstOf.get(table);
  if (known !== undefined) return known;
  let dayFirst = table.delimiter === ";";
  search: for (const record of table.records.slice(0, 5000)) {
    for (const cell of Object.values(record)) {
      // papaparse puts a row's cells beyond the header in an array (__parsed_extra).
      const m = typeof cell === "string" ? NUMERIC_DAY.exec(cell.trim()) : null;
      if (!m) continue;
      if (+m[1]! > 12 && +m[3]! <= 12) {
        dayFirst = true;
        break search;
      }
      if (+m[3]! > 12 && +m[1]! <= 12) {
        dayFirst = false;
        break search;
      }
    }
  }
  dayFirstOf.set(table, dayFirst);
  return dayFirst;
}

/** Reads a date cell, reporting text that is not a date (empty markers are not reported). */
export function dateCell(
  record: Record<string, string>,
  header: string | undefined,
  ctx: { line: number; problems: ImportProblem[]; table: CsvTable; timeZone: string; utcStamps?: boolean },
): number | undefined {
  const text = cellText(record, header);
  if (!text) return undefined;
  const at = (ctx.utcStamps ? utcStamp(text) : null) ?? readDate(text, ctx.timeZone, dayFirstIn(ctx.table));
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
    if (row.statusAt === undefined) steps.push({ kind: row.status, at: last, undated: true });
    else steps.push({ kind: row.status, at: Math.max(last, row.statusAt) });
  }
  return steps;
}
