// For a spreadsheet that is no known tracker's export: which column holds what, guessed, changeable.
import { type ColumnMapping, FIELD_LABEL, IMPORT_FIELDS } from "../../../core/export";

export function ColumnMappingFields(props: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  return (
    <fieldset class="csv-mapping">
      <legend>Which column holds what</legend>
      {IMPORT_FIELDS.map((field) => (
        <div class="field-row" key={field}>
          <label for={`map-${field}`}>{FIELD_LABEL[field]}</label>
          <select
            id={`map-${field}`}
            value={props.mapping[field] ?? ""}
            onChange={(e) =>
              props.onChange({ ...props.mapping, [field]: e.currentTarget.value || undefined })
            }
          >
            <option value="">(not imported)</option>
            {props.headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
