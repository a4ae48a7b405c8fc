// The debrief form's state as the inputs hold it (strings), and its conversion to and from an
// interview. Dates are read in the browser's local time, which is the user's.
import { dayKeyIn, parseIsoDay, wallTime } from "../../core/local-day";
import type { Interview, InterviewDraft, InterviewKind, InterviewStage } from "../../core/types";
import { userTimeZone } from "../../shared/time-zone";

export interface FormState {
  at: string;
  round: string;
  kind: InterviewKind;
  /** "" = not given: the outlook infers it from the kind (on-site = final) or uses the general rate. */
  stage: InterviewStage | "";
  plannedMinutes: string;
  actualMinutes: string;
  interviewers: string;
  signals: Record<string, boolean>;
  nextStepBy: string;
  gut: number | undefined;
  notes: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A time as a datetime-local value, in local time. */
export function toLocalInput(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function toDateInput(time: number): string {
  return dayKeyIn(time, userTimeZone());
}

export function emptyForm(now: number): FormState {
  return {
    at: toLocalInput(now),
    round: "",
    kind: "video",
    stage: "",
    plannedMinutes: "",
    actualMinutes: "",
    interviewers: "",
    signals: {},
    nextStepBy: "",
    gut: undefined,
    notes: "",
  };
}

export function formFromInterview(interview: Interview): FormState {
  return {
    at: toLocalInput(interview.at),
    round: interview.round === undefined ? "" : String(interview.round),
    kind: interview.kind,
    stage: interview.stage ?? "",
    plannedMinutes: interview.plannedMinutes === undefined ? "" : String(interview.plannedMinutes),
    actualMinutes: interview.actualMinutes === undefined ? "" : String(interview.actualMinutes),
    interviewers: interview.interviewers.join(", "),
    signals: { ...interview.signals },
    nextStepBy: interview.nextStepBy === undefined ? "" : toDateInput(interview.nextStepBy),
    gut: interview.gut,
    notes: interview.notes ?? "",
  };
}

function positiveInt(text: string, field: string, max: number): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  if (!Number.isInteger(n) || n <= 0 || n > max)
    throw new Error(`${field} should be a whole number from 1 to ${max}.`);
  return n;
}

/** Validates the form and builds the interview draft; throws an Error whose message the form shows. */
export function draftFromForm(form: FormState, applicationId: string, id?: string): InterviewDraft {
  const at = new Date(form.at).getTime();
  if (!form.at || Number.isNaN(at)) throw new Error("When was the interview? Pick a date and time.");
  const draft: InterviewDraft = {
    applicationId,
    at,
    kind: form.kind,
    interviewers: form.interviewers
      .split(/[,;\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    signals: Object.fromEntries(Object.entries(form.signals).filter(([, seen]) => seen)),
  };
  if (id) draft.id = id;
  if (form.stage) draft.stage = form.stage;
  const round = positiveInt(form.round, "Round", 20);
  if (round !== undefined) draft.round = round;
  const planned = positiveInt(form.plannedMinutes, "Planned length", 24 * 60);
  if (planned !== undefined) draft.plannedMinutes = planned;
  const actual = positiveInt(form.actualMinutes, "Actual length", 24 * 60);
  if (actual !== undefined) draft.actualMinutes = actual;
  const nextStep = form.nextStepBy ? parseIsoDay(form.nextStepBy) : null;
  // Midday local time: the day stays the same day in any reading of it.
  if (nextStep) draft.nextStepBy = wallTime(nextStep, 12, 0, userTimeZone());
  if (form.gut !== undefined) draft.gut = form.gut;
  if (form.notes.trim()) draft.notes = form.notes.trim();
  return draft;
}
