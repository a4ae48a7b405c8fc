// Teal's events export: one row per thing that happened (date, company name, role, location, event),
// so one application spans several rows (issue #16: a real file of 134 events held 111 applications).
// Rows are one application when they name the same company and role in the same place: the same
// role saved twice, in two cities, is two jobs in Teal and two applications here, as db/import-match
// tells them apart on a later import (an empty location says nothing, as there). Each event is a
// step on the application's timeline, oldest first, and the latest one is its status. Event names
// are Teal's status names (Bookmarked, Applying, Applied, Interviewing, Negotiating, Accepted,
// I Withdrew, Not Selected, No Response); any other name is kept on the timeline as a note, and
// changes no status unless it reads as one (status words of core/export/csv-import).
import { jobKey } from "../../same-job";
import { samePlace } from "../../same-place";
import type { ApplicationStatus } from "../../types";
import type { ImportedApplication, ImportedNote, ImportedStep, Importer, ImportProblem } from "../types";
import { hasHeaders, statusFromText } from "../values";
import { compact, jobRows } from "./row-context";

/** Teal's own stage names, in lower case: an event named so is that step and nothing more. */
const TEAL_STAGES = new Set([
  "bookmarked",
  "applying",
  "applied",
  "interviewing",
  "negotiating",
  "accepted",
  "i withdrew",
  "not selected",
  "no response",
]);

/** One application's rows as they are read; `line` orders events of the same date. */
interface Group {
  company: string;
  title: string;
  location: string;
  line: number;
  /** Its earliest date, of any row (an empty event cell too): when it was saved, at the latest. */
  first: number;
  steps: (ImportedStep & { line: number })[];
  notes: (ImportedNote & { line: number })[];
}

/** The group a row joins: same place first, then one whose place is not known; else a new one. */
function groupOf(
  groups: Map<string, Group[]>,
  company: string,
  title: string,
  location: string,
  line: number,
) {
  const namesakes = groups.get(jobKey({ company, title })) ?? [];
  const group = location
    ? (namesakes.find((g) => g.location && samePlace(g.location, location)) ??
      namesakes.find((g) => !g.location))
    : namesakes[0];
  if (group) {
    group.location ||= location;
    return group;
  }
  const made: Group = { company, title, location, line, first: Infinity, steps: [], notes: [] };
  namesakes.push(made);
  groups.set(jobKey({ company, title }), namesakes);
  return made;
}

const byDate = (a: { at: number; line: number }, b: { at: number; line: number }) =>
  a.at - b.at || a.line - b.line;

function applicationOf(group: Group): ImportedApplication {
  const steps = group.steps.sort(byDate).map(({ kind, at }): ImportedStep => ({ kind, at }));
  const notes = group.notes.sort(byDate).map(({ at, text }): ImportedNote => ({ at, text }));
  // Saved on its first date, whatever that row says (a Bookmarked there is that step).
  const events: ImportedStep[] = [
    { kind: "saved", at: group.first },
    ...(steps[0]?.kind === "saved" ? steps.slice(1) : steps),
  ];
  const status: ApplicationStatus = events[events.length - 1]!.kind;
  return compact({
    company: group.company,
    title: group.title,
    status,
    archived: false,
    location: group.location,
    savedAt: events[0]!.at,
    appliedAt: events.find((e) => e.kind === "applied")?.at,
    events,
    timelineNotes: notes,
    line: group.line,
  });
}

export const tealEvents: Importer = {
  format: "teal-events",
  label: "a Teal events export",
  detect: (h) => hasHeaders(h, "date", "company name", "role", "event") && !h.includes("company_name"),
  *read(table, timeZone) {
    const problems: ImportProblem[] = [];
    const groups = new Map<string, Group[]>();
    const order: Group[] = [];
    for (const row of jobRows(table, problems, timeZone, { company: ["company name"], title: ["role"] })) {
      yield row.line - 1;
      const at = row.date("date");
      const word = row.text("event");
      if (at === undefined) {
        // A date cell that is there but unreadable was reported by row.date: one line says both.
        const said = problems[problems.length - 1];
        if (said?.line === row.line) said.message += `; event "${word}" skipped`;
        else problems.push({ line: row.line, message: `event "${word}" has no date: skipped` });
        continue;
      }
      const group = groupOf(groups, row.company, row.title, row.text("location"), row.line);
      if (group.line === row.line) order.push(group);
      group.first = Math.min(group.first, at);
      const kind = word ? statusFromText(word) : null;
      if (kind) group.steps.push({ kind, at, line: row.line });
      // An event that is not one of Teal's stages still happened: it stays on the timeline in Teal's
      // words, whether or not it reads as a status ("Offer call booked" is Interviewing, and says more).
      if (word && !TEAL_STAGES.has(word.toLowerCase().replace(/\s+/g, " "))) {
        group.notes.push({ at, text: `Teal: ${word}`, line: row.line });
      }
    }
    return { applications: order.map(applicationOf), problems };
  },
};
