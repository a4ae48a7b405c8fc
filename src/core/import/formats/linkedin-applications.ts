// LinkedIn's "Job Applications.csv" (in the member data export, under Jobs/): one row per job applied
// to through LinkedIn. Application Date, Contact Email, Contact Phone Number, Company Name, Job Title,
// Job Url, Resume Name, Question And Answers. Every row is an application sent on that date (Pacific
// time); LinkedIn records no answer from the employer. The contact email and phone,
// the résumé's file name and the application form's answers are the user's own and never read.
import type { Importer } from "../types";
import { hasHeaders } from "../values";
import { readLinkedInRows } from "./linkedin-rows";

export const linkedinApplications: Importer = {
  format: "linkedin-applications",
  label: "a LinkedIn job applications export",
  detect: (h) => hasHeaders(h, "Application Date", "Company Name", "Job Title", "Job Url", "Resume Name"),
  read: (table, timeZone) => readLinkedInRows(table, timeZone, "Application Date", "applied"),
};
