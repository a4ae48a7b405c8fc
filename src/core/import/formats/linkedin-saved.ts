// LinkedIn's "Saved Jobs.csv" (in the member data export, under Jobs/): Saved Date, Job Url, Job Title,
// Company Name — the jobs the user bookmarked on LinkedIn, each saved at that time (Pacific time,
// linkedin-time.ts). A saved job the user then applied to is the same LinkedIn job id as its row in
// "Job Applications.csv", so importing both files in either order gives one application.
import type { Importer } from "../types";
import { hasHeaders } from "../values";
import { readLinkedInRows } from "./linkedin-rows";

export const linkedinSaved: Importer = {
  format: "linkedin-saved",
  label: "a LinkedIn saved jobs export",
  // Those four columns and no other: a sheet of the user's own with a Saved Date is read by the mapping.
  detect: (h) => h.length === 4 && hasHeaders(h, "Saved Date", "Job Url", "Job Title", "Company Name"),
  read: (table, timeZone) => readLinkedInRows(table, timeZone, "Saved Date", "saved"),
};
