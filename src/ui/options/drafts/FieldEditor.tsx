// Every field the note uses, filled from the debrief and editable before anything is opened. A field
// left empty takes its sentence out of the note (the hint says so), never leaving a blank.

import type { DraftFields } from "../../../core/followup/drafts";
import { FIELDS, type FieldName } from "../../../core/followup/drafts";

export interface FieldEditorProps {
  used: readonly FieldName[];
  values: DraftFields;
  onChange(name: Exclude<FieldName, "name">, value: string): void;
  onMyNameBlur(value: string): void;
}

export function FieldEditor({ used, values, onChange, onMyNameBlur }: FieldEditorProps) {
  const shown = FIELDS.filter((f) => f.name !== "name" && used.includes(f.name));
  return (
    <fieldset class="draft-fields">
      <legend>What the note says</legend>
      {shown.map((f) => {
        const name = f.name as Exclude<FieldName, "name">;
        const id = `draft-field-${name}`;
        const empty = values[name].trim() === "";
        return (
          <div key={name} class="draft-field">
            <label for={id}>{f.label}</label>
            <input
              id={id}
              type="text"
              value={values[name]}
              aria-describedby={`${id}-hint`}
              onInput={(e) => onChange(name, e.currentTarget.value)}
              onBlur={name === "myName" ? (e) => onMyNameBlur(e.currentTarget.value) : undefined}
            />
            <span id={`${id}-hint`} class="muted small">
              {empty ? `Empty: the line that uses it is left out. ${f.hint}.` : f.hint}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
