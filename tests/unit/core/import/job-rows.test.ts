// The one rule every importer shares (formats/row-context.ts jobRows): a row that names neither a
// company nor a role is no application; it is reported by its line and skipped, while a row with
// either one is read. Written tables, one per format, in the header each importer recognises.
import { describe, expect, it } from "vitest";
import { IMPORTERS, readImport } from "../../../../src/core/import";
import type { ImportFormat } from "../../../../src/core/import/types";

/** Per format: its header, and a row with `{C}` for the company and `{R}` for the role. */
const TABLES: Record<ImportFormat, [header: string, row: string]> = {
  debrief: ["Company,Role,Status,Applied on,Debrief id", "{C},{R},Applied,2025-01-03,"],
  huntr: ["id,createdAt,title,listName,companyName", "-,2025-01-02 10:00:00,{R},Applied,{C}"],
  "teal-roles": ["company_name,role,added_at,statusName", "{C},{R},2025-01-02T10:00:00Z,applied"],
  "teal-events": ["date,company name,role,location,event", "2025-01-03,{C},{R},Remote,Applied"],
  simplify: ["Job Title,Company Name,Status,Status Date", "{R},{C},APPLIED,2025-01-03"],
  "linkedin-applications": [
    "Application Date,Company Name,Job Title,Job Url,Resume Name",
    '"1/3/25, 9:00 AM",{C},{R},,cv.pdf',
  ],
  "linkedin-saved": ["Saved Date,Job Url,Job Title,Company Name", '"1/3/25, 9:00 AM",,{R},{C}'],
  generic: ["Company,Position,Status", "{C},{R},Applied"],
};

const fill = (row: string, company: string, role: string) => row.replace("{C}", company).replace("{R}", role);

describe("a row with neither company nor role, every format", () => {
  it.each(IMPORTERS.map((i) => i.format))(
    "%s: reported by its line and skipped; company or role alone is enough",
    (format) => {
      const [header, row] = TABLES[format];
      const csv = [
        header,
        fill(row, "Acme", "Analyst"),
        fill(row, "", ""),
        fill(row, "Globex", ""),
        fill(row, "", "Designer"),
      ].join("\n");
      const preview = readImport(new TextEncoder().encode(csv), "UTC");
      expect(preview.format).toBe(format);
      expect(preview.applications.map((a) => [a.company, a.title])).toEqual([
        ["Acme", "Analyst"],
        ["Globex", ""],
        ["", "Designer"],
      ]);
      expect(preview.problems.filter((p) => p.message.includes("company or role"))).toEqual([
        { line: 3, message: "no company or role: skipped" },
      ]);
    },
  );
});
