// LinkedIn's "Job Applications.csv" (in the member data export, under Jobs/): one row per job applied
// to through LinkedIn. Application Date, Contact Email, Contact Phone Number, Company Name, Job Title,
// Job Url, Resume Name, Question And Answers. Every row is an application sent on that date (Pacific
// time, linkedin-time.ts); LinkedIn records no answer from the employer. The contact email and phone,
// the résumé's file name and the application form's answers are the user's own and never read.
import type { ImportedApplication, Importer, ImportProblem } from "../types";
import { hasHeaders, historyOf } from "../values";
import { linkedInJobId, linkedInJobUrl, linkedInTime } from "./linkedin-time";
import { compact, rowsOf } from "./row-context";

export const linkedinApplications: Importer = {
  format: "linkedin-applications",
  label: "a LinkedIn job applications export",
  detect: (h) => hasHeaders(h, "Application Date", "Company Name", "Job Title", "Job Url", "Resume Name"),
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
      const written = row.text("Application Date");
      const appliedAt = linkedInTime(written) ?? undefined;
      if (written && appliedAt === undefined) {
        problems.push({ line: row.line, message: `Application Date: "${written}" is not a date` });
      }
      const id = linkedInJobId(row.url("Job Url"));
      const status = "applied";
      applications.push(
        compact({
          company,
          title,
          status,
          archived: false,
          url: id ? linkedInJobUrl(id) : row.url("Job Url"),
          appliedAt,
          events: historyOf({ status, savedAt: appliedAt, appliedAt }),
          importKey: id ? `linkedin:${id}` : undefined,
          line: row.line,
        }),
      );
    }
    return { applications, problems };
  },
};
