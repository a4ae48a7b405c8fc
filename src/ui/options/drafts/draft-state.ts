// The draft editor's state and what it renders, kept apart from the markup so it tests in plain node:
// the fields read from the debrief, the user's edits over them, one note to all interviewers or one each,
// and each note's text and compose links.

import type { DraftKind } from "../../../core/followup/drafts";
import {
  addressForName,
  cleanValue,
  composeLink,
  type DraftFields,
  draftFields,
  type FieldName,
  joinNames,
  type MailTarget,
  parseAddresses,
  positionPhrase,
  recipientsFor,
  renderTemplate,
  type Template,
  type TemplateSet,
  type Tone,
} from "../../../core/followup/drafts";
import type { Application, Interview, Reminder, StoredEmail } from "../../../core/types";

export interface DraftData {
  reminder: Reminder;
  application: Application;
  interview?: Interview;
  emails: StoredEmail[];
  templates: TemplateSet;
  tone: Tone;
  senderName: string;
  timeZone: string;
}

export interface NoteDraft {
  /** Greeting name; "" falls back to the template's ("there", "Hiring Team"). */
  name: string;
  /** Addresses as typed, comma-separated. */
  to: string;
}

export type Mode = "all" | "each";

export interface DraftState {
  tone: Tone;
  mode: Mode;
  edits: Partial<Record<Exclude<FieldName, "name">, string>>;
  all: NoteDraft;
  each: NoteDraft[];
}

export const TARGETS: readonly MailTarget[] = ["gmail", "outlook", "mailto"];

export function draftKind(reminder: Reminder): DraftKind | null {
  return reminder.kind === "custom" ? null : reminder.kind;
}

export function baseFields(data: DraftData): DraftFields {
  return draftFields({
    application: data.application,
    ...(data.interview ? { interview: data.interview } : {}),
    names: data.interview?.interviewers ?? [],
    myName: data.senderName,
    timeZone: data.timeZone,
  });
}

export function initialState(data: DraftData): DraftState {
  const names = (data.interview?.interviewers ?? []).map(cleanValue).filter(Boolean);
  const input = {
    contacts: data.application.contacts ?? [],
    emails: data.emails,
    companyDomains: data.application.companyDomains,
  };
  return {
    tone: data.tone,
    mode: "all",
    edits: {},
    all: {
      name: joinNames(names),
      to: recipientsFor(names, input)
        .map((r) => r.address)
        .join(", "),
    },
    each: names.map((name) => ({ name, to: addressForName(name, input)?.address ?? "" })),
  };
}

/** The shared fields with the user's edits; the position follows an edited role or company. */
export function currentFields(data: DraftData, state: DraftState): DraftFields {
  const base = baseFields(data);
  const merged = { ...base, ...state.edits } as DraftFields;
  if (state.edits.position === undefined)
    merged.position = positionPhrase(merged.role.trim(), merged.company.trim());
  return merged;
}

export function template(data: DraftData, state: DraftState): Template | null {
  const kind = draftKind(data.reminder);
  return kind ? data.templates[kind][state.tone] : null;
}

export interface RenderedNote {
  note: NoteDraft;
  subject: string;
  body: string;
  addresses: string[];
  invalid: string[];
  links: Record<MailTarget, { url: string; cut: boolean; bodyChars: number }>;
}

export function renderNotes(data: DraftData, state: DraftState): RenderedNote[] {
  const t = template(data, state);
  if (!t) return [];
  const fields = currentFields(data, state);
  const notes = state.mode === "each" && state.each.length > 1 ? state.each : [state.all];
  return notes.map((note) => {
    const { subject, body } = renderTemplate(t, { ...fields, name: cleanValue(note.name) });
    const { valid, invalid } = parseAddresses(note.to);
    const links = Object.fromEntries(
      TARGETS.map((target) => [target, composeLink(target, { to: valid, subject, body })]),
    ) as RenderedNote["links"];
    return { note, subject, body, addresses: valid, invalid, links };
  });
}
