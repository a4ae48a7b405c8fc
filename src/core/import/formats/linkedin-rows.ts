// The one way both files of LinkedIn's data export are read (linkedin-applications.ts,
// linkedin-saved.ts): a row per LinkedIn job, its one date in LinkedIn's Pacific clock
// (linkedin-time.ts), keyed by the job's LinkedIn id so either file, a newer export or a job saved from
// its LinkedIn page is one application.
import type { Steps } from "../slices";
import type { CsvTable, ImportedApplication, ImportProblem, ImportRead } from "../types";
import { historyOf } from "../values";
import { linkedInJobId, linkedInJobUrl, linkedInTime } from "./linkedin-time";
import { compact, jobRows } from "./row-context";

/** `dateColumn`: the file's one date; it is when the row reached `status`. */
export function* readLinkedInRows(
  table: CsvTable,
  timeZone: string,
  dateColumn: string,
  status: "saved" | "applied",
): Steps<ImportRead> {
  const problems: ImportProblem[] = [];
  const applications: ImportedApplication[] = [];
  for (const row of jobRows(table, problems, timeZone, { company: ["Company Name"], title: ["Job Title"] })) {
    yield row.line - 1;
    const { company, title } = row;
    const written = row.text(dateColumn);
    const at = linkedInTime(written) ?? undefined;
    if (written && at === undefined) {
      problems.push({ line: row.line, message: `${dateColumn}: "${written}" is not a date` });
    }
    const id = linkedInJobId(row.url("Job Url"));
    // An application's one date is when it was sent; it stands for when it was saved too.
    const dates = status === "applied" ? { appliedAt: at } : { savedAt: at };
    applications.push(
      compact({
        company,
        title,
        status,
        archived: false,
        url: id ? linkedInJobUrl(id) : row.url("Job Url"),
        ...dates,
        events: historyOf({ status, savedAt: at, ...dates }),
        importKey: id ? `linkedin:${id}` : undefined,
        line: row.line,
      }),
    );
  }
  return { applications, problems };
}
