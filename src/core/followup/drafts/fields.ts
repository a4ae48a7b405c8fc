// The fields a draft is written from, read from the debrief: who, which role at which company, which
// interview and when, the date they promised, what was discussed. Nothing is made up: a field the debrief
// does not hold is empty, and render.ts leaves out the line that needs it. Dates are in the user's zone.
import type { Application, Interview, InterviewKind } from "../../types";
import { thanksFromSignals, topicFromNotes } from "./discussed";

export type FieldName =
  | "name"
  | "role"
  | "company"
  | "position"
  | "interview"
  | "interviewDate"
  | "promisedDate"
  | "topic"
  | "thanks"
  | "myName";

export type DraftFields = Record<FieldName, string>;

/** Labels and hints for the editor and the Settings page, in the order they are shown. */
export const FIELDS: readonly { name: FieldName; label: string; hint: string }[] = [
  { name: "name", label: "Greeting name", hint: "Who the note is to, as you would greet them" },
  { name: "role", label: "Role", hint: "The job title" },
  { name: "company", label: "Company", hint: "The company's name" },
  { name: "position", label: "Position", hint: "“the Data Analyst role at Contoso”, from role and company" },
  { name: "interview", label: "Interview", hint: "“second-round video interview”, from the round and kind" },
  { name: "interviewDate", label: "Interview date", hint: "The day of the interview" },
  { name: "promisedDate", label: "Date they gave", hint: "The day they said they would be in touch by" },
  { name: "topic", label: "Something you discussed", hint: "From your notes (“Discussed …”)" },
  { name: "thanks", label: "Thanks for", hint: "From the signs you ticked (“introducing me to the team”)" },
  { name: "myName", label: "Your name", hint: "How you sign off; remembered for next time" },
];

export const FIELD_NAMES: ReadonlySet<string> = new Set(FIELDS.map((f) => f.name));

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];
const KIND_WORD: Record<InterviewKind, string> = {
  phone: "phone",
  video: "video",
  onsite: "on-site",
  other: "",
};

/** "second-round video interview"; the round only when the user gave it. */
export function interviewPhrase(round: number | undefined, kind: InterviewKind): string {
  const r =
    round === undefined || !Number.isInteger(round) || round < 1
      ? ""
      : round <= ORDINALS.length
        ? `${ORDINALS[round - 1]}-round`
        : `round ${round}`;
  return [r, KIND_WORD[kind], "interview"].filter(Boolean).join(" ");
}

/** "the Data Analyst role at Contoso", "the role at Contoso", "the Data Analyst role", "the role". */
export function positionPhrase(role: string, company: string): string {
  return `the ${role ? `${role} ` : ""}role${company ? ` at ${company}` : ""}`;
}

/** "Tuesday, December 1" in the user's zone. */
export function formatDay(ms: number, timeZone: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", month: "long", day: "numeric", timeZone }).format(
    ms,
  );
}

/** One line of plain text: no control characters, no runs of spaces, no lone surrogates. */
export function cleanValue(value: string): string {
  return (
    wellFormed(value)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Replaces unpaired UTF-16 surrogates (which encodeURIComponent refuses) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function joinNames(names: readonly string[]): string {
  const n = names.map(cleanValue).filter(Boolean);
  if (n.length <= 1) return n[0] ?? "";
  return `${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
}

export interface FieldsInput {
  application: Pick<Application, "title" | "company">;
  interview?: Pick<Interview, "at" | "round" | "kind" | "interviewers" | "nextStepBy" | "notes" | "signals">;
  /** The interviewers this note is to (one for "one each", all for "one to all"). */
  names: readonly string[];
  myName?: string;
  timeZone: string;
  locale?: string;
}

export function draftFields(input: FieldsInput): DraftFields {
  const { interview: iv, timeZone: tz, locale } = input;
  const role = cleanValue(input.application.title);
  const company = cleanValue(input.application.company);
  const promised =
    iv?.nextStepBy !== undefined && iv.nextStepBy >= iv.at ? formatDay(iv.nextStepBy, tz, locale) : "";
  return {
    name: joinNames(input.names),
    role,
    company,
    position: positionPhrase(role, company),
    interview: iv ? interviewPhrase(iv.round, iv.kind) : "interview",
    interviewDate: iv ? formatDay(iv.at, tz, locale) : "",
    promisedDate: promised,
    topic: cleanValue(topicFromNotes(iv?.notes ?? "")),
    thanks: cleanValue(thanksFromSignals(iv?.signals ?? {})),
    myName: cleanValue(input.myName ?? ""),
  };
}
