// What every importer reads a tracker's export into: applications with their history, and the
// problems found, each with its line. Pure data, shared by the CLI preview, the options page and db.
import type { ApplicationStatus, Salary } from "../types";
import type { Steps } from "./slices";

export type ImportFormat =
  | "huntr"
  | "teal-roles"
  | "teal-events"
  | "simplify"
  | "linkedin-applications"
  | "linkedin-saved"
  | "debrief"
  | "generic";

/** One step of an application's history: the status it reached, and when. */
export interface ImportedStep {
  kind: ApplicationStatus;
  at: number;
  /**
   * The tracker gave no date for this step: `at` is the step before's, standing in for it. An
   * application Debrief already has reaches it on the day of the import instead (db/import-plan.ts).
   */
  undated?: true;
}

/** Something the tracker recorded that is no status (an event name Debrief does not know), and when. */
export interface ImportedNote {
  at: number;
  text: string;
}

export interface ImportedApplication {
  company: string;
  title: string;
  status: ApplicationStatus;
  archived: boolean;
  location?: string;
  url?: string;
  salary?: Salary;
  notes?: string;
  tags?: string[];
  /** The employer's web domains, when the tracker records them (Huntr's companyDomain). */
  companyDomains?: string[];
  savedAt?: number;
  appliedAt?: number;
  /** Oldest first; the last one is the current status when the tracker gave its date. */
  events: ImportedStep[];
  /** Kept on the timeline as notes, oldest first; they do not change the status. */
  timelineNotes?: ImportedNote[];
  /** The other tracker's own id ("huntr:…"), so a newer export updates the same application. */
  importKey?: string;
  /** 1-based line of the (first) row it came from; the header is line 1. */
  line: number;
}

export interface ImportProblem {
  line: number;
  message: string;
}

/** A CSV file read into rows: headers as written, one record per data row. */
export interface CsvTable {
  headers: string[];
  records: Record<string, string>[];
  /** Each record's line (its row in the spreadsheet; the header is line 1), empty rows counted. */
  lines?: number[];
  delimiter: string;
  problems: ImportProblem[];
}

export interface ImportRead {
  applications: ImportedApplication[];
  problems: ImportProblem[];
}

/** One tracker's export format: recognised by its header row, read into applications. */
export interface Importer {
  format: ImportFormat;
  /** For messages: "a Huntr export". */
  label: string;
  detect(headers: readonly string[]): boolean;
  /**
   * `timeZone`: the user's, in which a date-only cell is a day (core/local-day). Yields the number of
   * rows read so far (core/import/slices runs it at once or in slices).
   */
  read(table: CsvTable, timeZone: string): Steps<ImportRead>;
}
