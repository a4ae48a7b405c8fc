// Any other spreadsheet: the columns are guessed from their headers (core/export/csv-import's
// aliases) and the user can change each match. Not a tracker export at all (no column for a company
// or a role) is refused with the headers it has.
import { type ColumnMapping, guessMapping, parseSalary } from "../../export/csv-import";
import { runNow, type Steps } from "../slices";
import type { CsvTable, ImportedApplication, Importer, ImportProblem, ImportRead } from "../types";
import { historyOf } from "../values";
import { compact, jobRows } from "./row-context";

/** A sheet's summary line below the table, alone in its row: "Total: 12", "CVs sent: 234". */
const TOTAL = /^[^\d:]{1,40}:\s*\d+$/;

export class NotATrackerError extends Error {
  override name = "NotATrackerError";
}

export function readGeneric(
  table: CsvTable,
  timeZone: string,
  mapping: ColumnMapping = guessMapping(table.headers),
): ImportRead {
  return runNow(readingGeneric(table, timeZone, mapping));
}

/** The same, one row a step (yields the rows read), for the page to run in slices. */
export function* readingGeneric(
  table: CsvTable,
  timeZone: string,
  mapping: ColumnMapping = guessMapping(table.headers),
): Steps<ImportRead> {
  if (!mapping.company && !mapping.title) {
    const shown = table.headers.slice(0, 8).join(", ");
    throw new NotATrackerError(
      `This file doesn't look like a job tracker export: none of its columns (${shown}${table.headers.length > 8 ? ", …" : ""}) holds a company or a role.`,
    );
  }
  const problems: ImportProblem[] = [];
  const applications: ImportedApplication[] = [];
  const col = (f: keyof ColumnMapping) => mapping[f] ?? "\u0000none";
  for (const row of jobRows(table, problems, timeZone, {
    company: [col("company")],
    title: [col("title")],
  })) {
    yield row.line - 1;
    const { company, title } = row;
    if (row.filled() === 1 && TOTAL.test(company || title)) {
      problems.push({
        line: row.line,
        message: `"${company || title}" reads as a total, not an application: skipped`,
      });
      continue;
    }
    const savedAt = row.date(col("savedAt"));
    const appliedAt = row.date(col("appliedAt"));
    const statusAt = row.date(col("statusAt"));
    const status = row.status(row.text(col("status")), appliedAt !== undefined ? "applied" : "saved");
    const tags = row
      .text(col("tags"))
      .split(/[;,]/)
      .map((t) => t.trim())
      .filter(Boolean);
    applications.push(
      compact({
        company,
        title,
        status,
        archived: false,
        location: row.text(col("location")),
        url: row.url(col("url")),
        salary: parseSalary(row.text(col("salary")), row.text(col("salaryMin")), row.text(col("salaryMax"))),
        notes: row.text(col("notes")),
        tags,
        savedAt,
        appliedAt,
        events: historyOf({ status, savedAt, appliedAt, statusAt }),
        line: row.line,
      }),
    );
  }
  return { applications, problems };
}

export const generic: Importer = {
  format: "generic",
  label: "a spreadsheet",
  detect: () => true,
  read: (table, timeZone) => readingGeneric(table, timeZone),
};
