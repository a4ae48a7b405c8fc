// Debrief's own CSV export (core/export/csv.ts): Company, Role, Status (as labelled), …, Saved on,
// Applied on, Last activity, …, Archived (yes/no), Debrief id.
import { CSV_COLUMNS } from "../../export/csv";
import type { ImportedApplication, Importer, ImportProblem } from "../types";
import { hasHeaders, historyOf, isTrue } from "../values";
import { compact, jobRows } from "./row-context";

export const debrief: Importer = {
  format: "debrief",
  label: "a Debrief export",
  detect: (h) => hasHeaders(h, "Debrief id", "Company", "Role"),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const applications: ImportedApplication[] = [];
    for (const row of jobRows(table, problems, timeZone, {
      company: [CSV_COLUMNS[0]],
      title: [CSV_COLUMNS[1]],
    })) {
      yield row.line - 1;
      const { company, title } = row;
      const savedAt = row.date("Saved on");
      const appliedAt = row.date("Applied on");
      const statusAt = row.date("Last activity");
      const status = row.status(row.text("Status"), appliedAt !== undefined ? "applied" : "saved");
      const amount = (h: string) => {
        const n = Number(row.text(h));
        return row.text(h) && Number.isFinite(n) ? n : undefined;
      };
      const salary = compact({
        min: amount("Salary min"),
        max: amount("Salary max"),
        currency: row.text("Currency") || undefined,
      });
      const id = row.text("Debrief id");
      applications.push(
        compact({
          company,
          title,
          status,
          archived: isTrue(row.text("Archived")),
          location: row.text("Location"),
          url: row.url("URL"),
          salary: Object.keys(salary).length ? salary : undefined,
          notes: row.text("Notes"),
          tags: row
            .text("Tags")
            .split(";")
            .map((t) => t.trim())
            .filter(Boolean),
          savedAt,
          appliedAt,
          events: historyOf({ status, savedAt, appliedAt, statusAt }),
          importKey: id ? `debrief:${id}` : undefined,
          line: row.line,
        }),
      );
    }
    return { applications, problems };
  },
};
