// Teal's job tracker export ("Download Data" on the Job Tracker, file job-tracker-<time>.csv), "roles":
// one row per saved job. A real one (tests/fixtures/imports/real, 2026, scrubbed by its owner) has
// company_name, location, role, url, excitement, source, resume_uuid, availability_status, min_salary,
// max_salary, salary_currency, salary_pay_period, added_at, application_deadline, applied_at,
// checked_availability_at, created_at, follow_up_at, posted_at, updated_at, archived_at, id, status,
// statusName. Times are ISO with Z; `status` is a JSON cell ({"name":"applied","archived_at":"","id":…})
// and statusName its name, in lower case (bookmarked, interviewing, applied). Other status names and
// an archived row are not in the real file: Bookmarked, Applying, Applied, Interviewing, Negotiating,
// Accepted, I Withdrew, Not Selected, No Response are issue #16's; archived_at holding a date is read as
// archived. Older guesses at the column names (added, applied, salary_min…) are still read.
import { parsePeriod } from "../../posting/salary";
import type { Salary } from "../../types";
import type { ImportedApplication, Importer, ImportProblem } from "../types";
import { historyOf } from "../values";
import { compact, jobRows, type Row } from "./row-context";

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
  // A currency or a period alone is no salary (the real export writes USD, year with no amount).
  if (min === undefined && max === undefined) return undefined;
  const currency = row.text("salary_currency", "currency").toUpperCase();
  const salary: Salary = {};
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  if (/^[A-Z]{3}$/.test(currency)) salary.currency = currency;
  const period = parsePeriod(row.text("salary_pay_period", "salary_period", "pay_period"));
  if (period) salary.period = period;
  return salary;
}

export const tealRoles: Importer = {
  format: "teal-roles",
  label: "a Teal job tracker export",
  detect: (h) => h.includes("company_name") && (h.includes("statusName") || h.includes("status_name")),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const applications: ImportedApplication[] = [];
    for (const row of jobRows(table, problems, timeZone, {
      company: ["company_name"],
      title: ["role", "job_title", "title", "job_position", "position"],
    })) {
      yield row.line - 1;
      const { company, title } = row;
      // An empty added_at is no date: the row's creation stands for it (the first header present is read).
      const savedAt =
        row.date("added_at", "added", "date_added", "date_saved") ?? row.date("created_at", "created");
      const appliedAt = row.date("applied_at", "applied", "date_applied", "applied_date");
      // The real export has no date for the status itself: updated_at (the row's last edit) stands for it.
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
