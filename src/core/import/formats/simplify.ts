// Simplify's tracker export: Job Title, Company Name, Location, Job URL, Applied Date, Status,
// Status Date, Archived, Date Archived, Notes, job_type. "N/A" fills every empty cell; Status Date is
// when the current status was set; Archived is true/false.
import type { ImportedApplication, Importer, ImportProblem } from "../types";
import { hasHeaders, historyOf, isTrue } from "../values";
import { compact, jobRows } from "./row-context";

export const simplify: Importer = {
  format: "simplify",
  label: "a Simplify export",
  detect: (h) =>
    hasHeaders(h, "Job Title", "Company Name", "Status Date") ||
    hasHeaders(h, "Company Name", "Date Archived"),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const applications: ImportedApplication[] = [];
    for (const row of jobRows(table, problems, timeZone, {
      company: ["Company Name"],
      title: ["Job Title"],
    })) {
      yield row.line - 1;
      const { company, title } = row;
      const appliedAt = row.date("Applied Date", "Date Applied");
      const statusAt = row.date("Status Date");
      const status = row.status(row.text("Status"), appliedAt !== undefined ? "applied" : "saved");
      applications.push(
        compact({
          company,
          title,
          status,
          archived: isTrue(row.text("Archived")) || row.date("Date Archived") !== undefined,
          location: row.text("Location"),
          url: row.url("Job URL", "Application Link"),
          notes: row.text("Notes"),
          tags: row.text("job_type", "Job Type") ? [row.text("job_type", "Job Type")] : undefined,
          appliedAt,
          // Simplify gives no saved date: the earliest date it has stands for it.
          events: historyOf({ status, appliedAt, statusAt, savedAt: appliedAt ?? statusAt }),
          line: row.line,
        }),
      );
    }
    return { applications, problems };
  },
};
