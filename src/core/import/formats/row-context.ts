// Helpers every importer uses to read one row: its cells by header, its dates, its status words, and
// the company and role without which a row is no application.
import type { ApplicationStatus } from "../../types";
import type { CsvTable, ImportProblem } from "../types";
import { cellText, dateCell, findHeader, formulaCell, statusFromText } from "../values";

export interface Row {
  line: number;
  /** Text of the first header present among `names`, formulas reduced to text. */
  text(...names: string[]): string;
  /** A link from the first header present: http(s) only. */
  url(...names: string[]): string | undefined;
  date(...names: string[]): number | undefined;
  /** The status a tracker's word stands for; unknown words are reported and give `fallback`. */
  status(word: string, fallback: ApplicationStatus): ApplicationStatus;
  /** How many of its cells hold a value (empty markers such as "-" not counted). */
  filled(): number;
}

/**
 * `timeZone`: the user's, in which a date-only cell is a day. `utcStamps`: the tracker writes its
 * dates and times in UTC without saying so (values.ts utcStamp). One row at a time, as they are read.
 */
function* rowsOf(
  table: CsvTable,
  problems: ImportProblem[],
  timeZone: string,
  { utcStamps = false }: { utcStamps?: boolean } = {},
): Generator<Row> {
  const headerOf = new Map<string, string | undefined>();
  const header = (names: string[]) => {
    const key = names.join("\u0000");
    if (!headerOf.has(key)) headerOf.set(key, findHeader(table.headers, ...names));
    return headerOf.get(key);
  };
  for (const [i, record] of table.records.entries()) {
    const line = table.lines?.[i] ?? i + 2;
    const ctx = { line, problems, table, timeZone, utcStamps };
    const text = (...names: string[]) => {
      const h = header(names);
      const cell = formulaCell(cellText(record, h));
      if (cell.formula) {
        problems.push({ line, message: `${h}: a spreadsheet formula, imported as plain text` });
      }
      return cell.text;
    };
    yield {
      line,
      text,
      url(...names) {
        const h = header(names);
        const raw = cellText(record, h);
        const link = formulaCell(raw).url ?? raw;
        return /^https?:\/\/\S+$/i.test(link) ? link : undefined;
      },
      date: (...names) => dateCell(record, header(names), ctx),
      filled: () => table.headers.filter((h) => cellText(record, h) !== "").length,
      status(word, fallback) {
        if (!word) return fallback;
        const status = statusFromText(word);
        if (status) return status;
        problems.push({
          line,
          message: `status "${word}" is not one Debrief knows: imported as ${fallback}`,
        });
        return fallback;
      },
    };
  }
}

/** A row that names a company or a role (or both): `company` and `title` are their cells' text. */
export interface JobRow extends Row {
  company: string;
  title: string;
}

/**
 * The rows of `table` that are applications, one at a time, as they are read: `company` and `title`
 * are the first headers present among those names. A row with neither is reported by its line
 * ("no company or role: skipped") and not yielded. `utcStamps`: see rowsOf.
 */
export function* jobRows(
  table: CsvTable,
  problems: ImportProblem[],
  timeZone: string,
  columns: { company: string[]; title: string[]; utcStamps?: boolean },
): Generator<JobRow> {
  for (const row of rowsOf(table, problems, timeZone, columns)) {
    const company = row.text(...columns.company);
    const title = row.text(...columns.title);
    if (!company && !title) {
      problems.push({ line: row.line, message: "no company or role: skipped" });
      continue;
    }
    yield Object.assign(row, { company, title });
  }
}

const REQUIRED = new Set(["company", "title", "events"]);

/** Drops the optional fields that have no value, so the JSON preview has no empty strings. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T & string)[]) {
    const v = value[key];
    if (REQUIRED.has(key)) continue;
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) delete value[key];
  }
  return value;
}
