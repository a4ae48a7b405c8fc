// Teal's events export: one row per thing that happened (date, company name, role, location, event),
// so one application spans several rows. Rows are grouped by company and role; each event is a step
// on the application's timeline and the latest one is its status.
import type { ImportedApplication, ImportedStep, Importer, ImportProblem } from "../types";
import { hasHeaders } from "../values";
import { compact, jobRows } from "./row-context";

const key = (company: string, role: string) =>
  `${company.toLowerCase().replace(/\s+/g, " ")}\u0000${role.toLowerCase().replace(/\s+/g, " ")}`;

export const tealEvents: Importer = {
  format: "teal-events",
  label: "a Teal events export",
  detect: (h) => hasHeaders(h, "date", "company name", "role", "event") && !h.includes("company_name"),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const groups = new Map<string, ImportedApplication & { order: number[] }>();
    for (const row of jobRows(table, problems, timeZone, { company: ["company name"], title: ["role"] })) {
      yield row.line - 1;
      const { company, title } = row;
      const at = row.date("date");
      const word = row.text("event");
      if (at === undefined) {
        problems.push({ line: row.line, message: `event "${word}" has no date: skipped` });
        continue;
      }
      const kind = row.status(word, "applied");
      let app = groups.get(key(company, title));
      if (!app) {
        app = { company, title, status: "saved", archived: false, events: [], line: row.line, order: [] };
        groups.set(key(company, title), app);
      }
      const location = row.text("location");
      if (location && !app.location) app.location = location;
      app.events.push({ kind, at });
      app.order.push(row.line);
    }
    const applications = [...groups.values()].map(({ order, ...app }) => {
      // Oldest first; on the same date, the order of the file.
      const steps = app.events
        .map((step, i) => ({ step, line: order[i]! }))
        .sort((a, b) => a.step.at - b.step.at || a.line - b.line)
        .map((x) => x.step);
      const events: ImportedStep[] =
        steps[0]?.kind === "saved" ? steps : [{ kind: "saved", at: steps[0]!.at }, ...steps];
      return compact({
        ...app,
        status: events[events.length - 1]!.kind,
        savedAt: events[0]!.at,
        appliedAt: events.find((e) => e.kind === "applied")?.at,
        events,
      });
    });
    return { applications, problems };
  },
};
