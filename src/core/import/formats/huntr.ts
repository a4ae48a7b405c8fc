// Huntr's CSV export (file USER_JOBS_USER_FULL_DATA_DOWNLOAD…csv): one row per job, camelCase
// headers. A real one (tests/fixtures/imports/real, 2022) reads id, createdAt, title, salary, location,
// url, rootDomain, htmlDescription, deadline, color, lastMovedAt, boardId, boardName, listId, listName,
// companyId, companyName, companyDomain, creatorUserId, creatorUserFirstName, creatorUserLastName,
// creatorUserEmail, with "-" in empty cells. The creator's name and email are never read. listName is
// the board column the job sits in (the user's own names: applied, rejected, Wishlist, Interview…);
// lastMovedAt is when it got there. Its times carry no zone and are UTC: each id is a MongoDB
// ObjectId whose first 4 bytes are the same second as createdAt read as UTC.
import { companyDomains } from "../../company-domain";
import { parseSalary } from "../../export/csv-import";
import type { ImportedApplication, Importer, ImportProblem } from "../types";
import { historyOf, isTrue } from "../values";
import { compact, jobRows } from "./row-context";

export const huntr: Importer = {
  format: "huntr",
  label: "a Huntr export",
  detect: (h) => ["listname", "companyname"].every((n) => h.some((x) => x.toLowerCase() === n)),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const applications: ImportedApplication[] = [];
    for (const row of jobRows(table, problems, timeZone, {
      company: ["companyName", "company"],
      title: ["title", "jobTitle"],
      utcStamps: true,
    })) {
      yield row.line - 1;
      const { company, title } = row;
      const savedAt = row.date("createdAt");
      const appliedAt = row.date("appliedAt", "dateApplied", "applicationDate");
      // "-" when the job was created in the list it is in: it reached it when it was created.
      const statusAt = row.date("lastMovedAt", "movedAt", "updatedAt") ?? savedAt;
      const status = row.status(row.text("listName"), appliedAt !== undefined ? "applied" : "saved");
      const id = row.text("id", "jobId");
      applications.push(
        compact({
          company,
          title,
          status,
          archived: isTrue(row.text("archived", "isArchived")) || row.date("archivedAt") !== undefined,
          location: row.text("location", "locationName"),
          url: row.url("url", "jobUrl"),
          // One number (a public schema mirroring the export types it `salary int`).
          salary: parseSalary(row.text("salary"), "", ""),
          notes: row.text("notes"),
          companyDomains: companyDomains([row.text("companyDomain")]),
          savedAt,
          appliedAt,
          events: historyOf({ status, savedAt, appliedAt, statusAt }),
          importKey: id ? `huntr:${id}` : undefined,
          line: row.line,
        }),
      );
    }
    return { applications, problems };
  },
};
