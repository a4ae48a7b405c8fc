// Renders a template with the draft's fields (see templates.ts for the language). One pass over the text:
// a value is never read as a template, so a note containing "{name}" or markup stays as typed.
import { FIELD_NAMES, type FieldName } from "./fields";
import type { Template } from "./templates";

const PLACEHOLDER = /\{([A-Za-z]+)(?:\|([^{}\n]*))?\}/g;

export interface RenderedDraft {
  subject: string;
  body: string;
}

function renderLine(line: string, fields: Readonly<Partial<Record<FieldName, string>>>): string | null {
  let dropped = false;
  const out = line.replace(PLACEHOLDER, (_all, name: string, fallback: string | undefined) => {
    const value = FIELD_NAMES.has(name) ? (fields[name as FieldName] ?? "").trim() : "";
    if (value) return value;
    if (fallback?.trim()) return fallback.trim();
    dropped = true;
    return "";
  });
  return dropped ? null : out.replace(/[ \t]+$/, "");
}

/** The body: lines needing an empty field left out, blank runs collapsed, no blank edges. */
export function renderText(text: string, fields: Readonly<Partial<Record<FieldName, string>>>): string {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const rendered = renderLine(line, fields);
    if (rendered === null) continue;
    if (rendered.trim() === "" && (kept.length === 0 || kept[kept.length - 1] === "")) continue;
    kept.push(rendered.trim() === "" ? "" : rendered);
  }
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return kept.join("\n");
}

export function renderTemplate(
  template: Template,
  fields: Readonly<Partial<Record<FieldName, string>>>,
): RenderedDraft {
  return {
    subject: renderText(template.subject.replace(/\s*\n\s*/g, " "), fields),
    body: renderText(template.body, fields),
  };
}

/** The fields a template uses, in field order (the editor shows these). */
export function templateFields(template: Template): FieldName[] {
  const used = new Set<string>();
  for (const m of `${template.subject}\n${template.body}`.matchAll(PLACEHOLDER)) used.add(m[1] ?? "");
  return [...FIELD_NAMES].filter((n) => used.has(n)) as FieldName[];
}

/** Problems to show beside a template being edited: unknown fields, a subject that can come out empty. */
export function templateProblems(template: Template): string[] {
  const problems: string[] = [];
  const unknown = new Set<string>();
  for (const m of `${template.subject}\n${template.body}`.matchAll(PLACEHOLDER)) {
    if (!FIELD_NAMES.has(m[1] ?? "")) unknown.add(m[1] ?? "");
  }
  for (const name of unknown) problems.push(`{${name}} is not a field, so its line is always left out.`);
  if (!template.subject.trim()) problems.push("The subject is empty.");
  if (!template.body.trim()) problems.push("The note is empty.");
  const open = (template.subject + template.body).replace(PLACEHOLDER, "");
  if (/[{}]/.test(open)) problems.push("A brace is not part of a {field}: check for a typo.");
  return problems;
}
