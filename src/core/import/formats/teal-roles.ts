// Teal's job tracker export, "roles": one row per saved job, snake_case headers company_name, …,
// status, statusName. `status` is a JSON cell ({"name":"Applied",…}); statusName is its plain name
// (Bookmarked, Applying, Applied, Interviewing, Negotiating, Accepted, I Withdrew, Not Selected,
// No Response). Salary comes as min / max cells; the dates are added, applied and created; a job the
// user archived has archived_at.
import type { Salary } from "../../types";
import type { ImportedApplication, Importer, ImportProblem } from "../types";
import { historyOf } from "../values";
import { compact, type Row, rowsOf } from "./row-context";

function statusWord(row: Row): string {
  const name = row.text("statusName", "status_name");
  if (name) return name;
  const raw = row.text("status");
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && "name" in parsed) return String(parsed.name);
  } catch {
    // Not JSON: the plain word.
  }
  return raw;
}

function salaryOf(row: Row): Salary | undefined {
  const amount = (text: string) => {
    const n = Number(text.replace(/[^\d.]/g, ""));
    return text && Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const min = amount(row.text("salary_min", "min_salary", "minimum_salary", "salary_from"));
  const max = amount(row.text("salary_max", "max_salary", "maximum_salary", "salary_to"));
  const currency = row.text("salary_currency", "currency").toUpperCase();
  const salary: Salary = {};
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  if (/^[A-Z]{3}$/.test(currency)) salary.currency = currency;
  return Object.keys(salary).length ? salary : undefined;
}

export const tealRoles: Importer = {
  format: "teal-roles",
  label: "a Teal job tracker export",
  detect: (h) => h.includes("company_name") && (h.includes("statusName") || h.includes("status_name")),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const applications: ImportedApplication[] = [];
    for (const row of rowsOf(table, problems, timeZone)) {
      yield row.line - 1;
      const company = row.text("company_name");
      const title = row.text("role", "job_title", "title", "job_position", "position");
      if (!company && !title) {
        problems.push({ line: row.line, message: "no company or role: skipped" });
        continue;
      }
      const savedAt = row.date("added", "date_added", "added_at", "created", "created_at", "date_saved");
      const appliedAt = row.date("applied", "date_applied", "applied_at", "applied_date");
      const statusAt = row.date("status_date", "status_updated_at", "updated_at");
      const archivedAt = row.date("archived_at", "archived");
      const status = row.status(statusWord(row), appliedAt !== undefined ? "applied" : "saved");
      const id = row.text("id", "job_id", "role_id");
      applications.push(
        compact({
          company,
          title,
          status,
          archived: archivedAt !== undefined,
          location: row.text("location", "job_location"),
          url: row.url("url", "job_url", "posting_url", "job_posting_url", "link"),
          salary: salaryOf(row),
          notes: row.text("notes", "note"),
          savedAt,
          appliedAt,
          events: historyOf({ status, savedAt, appliedAt, statusAt }),
          importKey: id ? `teal:${id}` : undefined,
          line: row.line,
        }),
      );
    }
    return { applications, problems };
  },
};
