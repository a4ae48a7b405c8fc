// CSV import, the generic mapping (core/import/formats/generic.ts reads with it): which column holds
// what, guessed from the header row and adjustable by the user, and the value readers every importer
// shares (status words, dates, salary text). Headers are matched case- and punctuation-insensitively
// against the aliases below; the formats of known trackers have their own importers.
import { calendarDay, dayStart, parseIsoDay, wallTime } from "../local-day";
import type { ApplicationStatus, Salary } from "../types";

export const IMPORT_FIELDS = [
  "company",
  "title",
  "status",
  "url",
  "location",
  "salary",
  "salaryMin",
  "salaryMax",
  "savedAt",
  "appliedAt",
  "statusAt",
  "notes",
  "tags",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Partial<Record<ImportField, string>>;

export const FIELD_LABEL: Record<ImportField, string> = {
  company: "Company",
  title: "Role",
  status: "Status",
  url: "Job link",
  location: "Location",
  salary: "Salary (text)",
  salaryMin: "Salary min",
  salaryMax: "Salary max",
  savedAt: "Saved on",
  appliedAt: "Applied on",
  statusAt: "Status date",
  notes: "Notes",
  tags: "Tags",
};

/** Normalised header aliases, most specific first. Debrief's own CSV export is covered too. */
const ALIASES: Record<ImportField, string[]> = {
  company: ["company", "company name", "employer", "organization", "organisation"],
  title: ["job title", "job position", "position", "title", "role", "job", "job name"],
  status: ["status", "list", "stage", "application status", "pipeline stage"],
  url: ["url", "job url", "job link", "link", "application link", "posting url", "job posting url"],
  location: ["location", "job location", "city"],
  salary: ["salary", "compensation", "pay"],
  salaryMin: ["salary min", "min salary", "min. salary", "minimum salary"],
  salaryMax: ["salary max", "max salary", "max. salary", "maximum salary"],
  savedAt: ["saved on", "date saved", "date added", "created", "created at", "date created", "added"],
  appliedAt: [
    "applied on",
    "date applied",
    "applied date",
    "application date",
    "applied at",
    "applied",
    // A CV sent is an application sent (a job seeker's own sheet: "Day Sent").
    "day sent",
    "date sent",
    "sent on",
    "sent",
  ],
  // When the current status was reached: the employer's answer, for most sheets.
  statusAt: ["status date", "reply date", "response date", "date of reply", "replied on", "decision date"],
  notes: ["notes", "note", "comments"],
  tags: ["tags", "labels"],
};

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[_\-.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** What core/import/parse names a column whose header cell is empty: "Column 1" for the first. */
export const unnamedColumn = (index: number) => `Column ${index + 1}`;

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    for (const alias of ALIASES[field]) {
      const hit = headers.find((h) => !used.has(h) && norm(h) === norm(alias));
      if (hit) {
        mapping[field] = hit;
        used.add(hit);
        break;
      }
    }
  }
  // A sheet whose first column has no header uses it for row labels: in a list of applications
  // with no column named for the company, that is the company.
  if (!mapping.company && headers[0] === unnamedColumn(0)) mapping.company = headers[0];
  return mapping;
}

/** A talk with the employer, and its being arranged: what an offer call to come is made of. */
const MEETING = "(?:call|meeting|chat|conversation|discussion)";
const BOOKED = "(?:booked|scheduled|arranged|planned|set up|requested|to book|to schedule|to be scheduled)";
const BOOKING = String.raw`(?:book|schedul|arrang|plann|set up|request)\w*`;
const OFFER_TO_COME = new RegExp(
  [
    String.raw`\boffer ${MEETING}s?\b.*\b${BOOKED}\b`,
    String.raw`\b${BOOKING} (?:an? |the |my )?offer ${MEETING}`,
    String.raw`\b${MEETING}s? (?:is |was )?${BOOKED}\b.*\boffer`,
  ].join("|"),
);

const STATUS_WORDS: [RegExp, ApplicationStatus][] = [
  [/withdr|declined by me|i declined|i denied|zurückgezogen/, "withdrawn"],
  [/reject|not selected|declined|denied|unsuccessful|closed|absage|abgelehnt|refus/, "rejected"],
  [/ghost|no response|no reply|not responded|no answer|unanswered|gone quiet/, "ghosted"],
  // A call or meeting about an offer that is booked is one to come: the talks are still on, and no
  // offer has been made ("Offer call booked", "Scheduled offer call", "Call booked to discuss the offer").
  [OFFER_TO_COME, "interviewing"],
  [/offer|negotiat|accepted|hired/, "offer"],
  [/interview|screen|onsite|on site|assessment|final round|gespräch|entretien|entrevista/, "interviewing"],
  // "Sent" is how a job seeker's own sheet says it (a real one: Date Sent, Sent); "not sent" is not.
  [
    /appl(ied|ication sent)|(?<!\bnot (?:yet )?)\bsent\b|submitted|beworben|candidature envoy|postulé/,
    "applied",
  ],
  // Before applying: a bookmark, a job being looked into or watched ("Research — Verify Comp",
  // "White Whale — Watching", "Docs Ready — Apply Today" in a real sheet).
  [/wish|bookmark|saved|interested|applying|to apply|\bapply\b|draft|research|watch/, "saved"],
];

export function statusFromText(text: string): ApplicationStatus | null {
  const t = text.toLowerCase();
  for (const [re, status] of STATUS_WORDS) if (re.test(t)) return status;
  return null;
}

/** An explicit zone at the end of a date-time: "Z", "+02:00", "-0800", "GMT", "UTC", "PST"… */
const NAMES_ZONE = /(?:z|[+-]\d{2}:?\d{2}|\b(?:gmt|utc|[ecmp][sd]t))\s*$/i;

/**
 * A cell as an instant. Date-only values (ISO, or M/D/Y as these American tools write, D/M/Y when the
 * first number cannot be a month) are the day's midnight in the user's `timeZone`; a time with no
 * zone is read on the user's clock; a time that names its zone is kept as written. Days the calendar
 * lacks (31 February) are not dates.
 */
export function parseDate(text: string, timeZone: string): number | null {
  const t = text.trim();
  if (!t) return null;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) {
    const day = parseIsoDay(t);
    return day ? dayStart(day, timeZone) : null;
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (m) {
    let [month, day] = [+m[1]!, +m[2]!];
    if (month > 12) [month, day] = [day, month];
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    const found = calendarDay(year, month, day);
    return found ? dayStart(found, timeZone) : null;
  }
  const parsed = Date.parse(t);
  if (Number.isNaN(parsed) || NAMES_ZONE.test(t)) return Number.isNaN(parsed) ? null : parsed;
  // No zone written: the engine read it on the machine's clock. Take the wall time it saw and put it
  // on the user's clock instead, so the answer does not depend on where the code runs.
  const d = new Date(parsed);
  const day = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  // Seconds too: a tracker's "2022-02-26 19:17:05" is a moment, and a re-import must match it exactly.
  return wallTime(day, d.getHours(), d.getMinutes(), timeZone) + d.getSeconds() * 1000 + d.getMilliseconds();
}

function parseAmount(text: string): number | undefined {
  const m = /(\d[\d,.]*)\s*(k)?/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return m[2] ? n * 1000 : n;
}

export function parseSalary(text: string, min: string, max: string): Salary | undefined {
  const salary: Salary = {};
  const [low, high] = text.split(/\s*[-–]\s*|\s+to\s+/);
  const lo = parseAmount(min) ?? (low ? parseAmount(low) : undefined);
  const hi = parseAmount(max) ?? (high ? parseAmount(high) : undefined);
  if (lo !== undefined) salary.min = lo;
  if (hi !== undefined) salary.max = hi;
  const currency = /\$|usd/i.test(text)
    ? "USD"
    : /€|eur/i.test(text)
      ? "EUR"
      : /£|gbp/i.test(text)
        ? "GBP"
        : "";
  if (currency) salary.currency = currency;
  return Object.keys(salary).length ? salary : undefined;
}
