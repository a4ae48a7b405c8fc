// LinkedIn's "Saved Jobs.csv" (in the member data export, under Jobs/): Saved Date, Job Url, Job Title,
// Company Name — the jobs the user bookmarked on LinkedIn, each saved at that time (Pacific time,
// linkedin-time.ts). A saved job the user then applied to is the same LinkedIn job id as its row in
// "Job Applications.csv", so importing both files in either order gives one application.
import type { ImportedApplication, Importer, ImportProblem } from "../types";
import { hasHeaders, historyOf } from "../values";
import { linkedInJobId, linkedInJobUrl, linkedInTime } from "./linkedin-time";
import { compact, rowsOf } from "./row-context";

export const linkedinSaved: Importer = {
  format: "linkedin-saved",
  label: "a LinkedIn saved jobs export",
  // Those four columns and no other: a sheet of the user's own with a Saved Date is read by the mapping.
  detect: (h) => h.length === 4 && hasHeaders(h, "Saved Date", "Job Url", "Job Title", "Company Name"),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const applications: ImportedApplication[] = [];
    for (const row of rowsOf(table, problems, timeZone)) {
      yield row.line - 1;
      const company = row.text("Company Name");
      const title = row.text("Job Title");
      if (!company && !title) {
        problems.push({ line: row.line, message: "no company or role: skipped" });
        continue;
      }
      const written = row.text("Saved Date");
      const savedAt = linkedInTime(written) ?? undefined;
      if (written && savedAt === undefined) {
        problems.push({ line: row.line, message: `Saved Date: "${written}" is not a date` });
      }
      const id = linkedInJobId(row.url("Job Url"));
      const status = "saved";
      applications.push(
        compact({
          company,
          title,
          status,
          archived: false,
          url: id ? linkedInJobUrl(id) : row.url("Job Url"),
          savedAt,
          events: historyOf({ status, savedAt }),
          importKey: id ? `linkedin:${id}` : undefined,
          line: row.line,
        }),
      );
    }
    return { applications, problems };
  },
};
