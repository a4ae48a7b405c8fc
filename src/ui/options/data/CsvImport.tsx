// Import from another tracker's CSV (Huntr, Teal, Simplify, or any spreadsheet): the columns are
// matched automatically, the user can change each match, sees the first rows, then imports.
import { useMemo, useState } from "preact/hooks";
import {
  type ColumnMapping,
  detectFormat,
  FIELD_LABEL,
  guessMapping,
  IMPORT_FIELDS,
  mapRecords,
  type ParsedCsv,
  parseCsv,
} from "../../../core/export";
import { userTimeZone } from "../../../shared/time-zone";
import { STATUS_LABEL } from "../../status-label";
import { errorText } from "../../undo";
import type { DataActions } from "./actions";
import { readTextFile } from "./files";

const FORMAT_WORDS = {
  huntr: "Huntr",
  teal: "Teal",
  simplify: "Simplify",
  debrief: "Debrief",
  other: "",
} as const;
const PREVIEW_ROWS = 5;

export function CsvImport({ actions }: { actions: DataActions }) {
  const [file, setFile] = useState<{ name: string; csv: ParsedCsv } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const mapped = useMemo(
    () => (file ? mapRecords(file.csv.records, mapping, userTimeZone()) : null),
    [file, mapping],
  );

  const pick = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = "";
    if (!chosen) return;
    setMessage(null);
    try {
      const csv = parseCsv(await readTextFile(chosen));
      if (csv.headers.length === 0 || csv.records.length === 0)
        throw new Error(`${chosen.name} has no rows to import.`);
      setFile({ name: chosen.name, csv });
      setMapping(guessMapping(csv.headers));
    } catch (error) {
      setFile(null);
      setMessage({ text: (error as Error).message, error: true });
    }
  };

  const run = () => {
    if (!mapped) return;
    setBusy(true);
    setMessage({ text: `Importing ${mapped.rows.length} rows…` });
    actions
      .importApplications(mapped.rows)
      .then(({ added, skipped }) => {
        setFile(null);
        setMessage({
          text: `Added ${added} applications${skipped ? `; ${skipped} you already track were skipped` : ""}.`,
        });
      })
      .catch((error: unknown) =>
        setMessage({ text: `Nothing was imported: ${errorText(error)}`, error: true }),
      )
      .finally(() => setBusy(false));
  };

  const format = file ? FORMAT_WORDS[detectFormat(file.csv.headers)] : "";
  const canImport = mapped && mapped.rows.length > 0 && (mapping.company || mapping.title);
  return (
    <section class="data-card" aria-labelledby="data-import-csv">
      <h2 id="data-import-csv">Import from a spreadsheet or another tracker</h2>
      <p class="muted">
        Exports from Huntr, Teal and Simplify are recognised; any CSV with a header row works.
      </p>
      <label for="import-csv">CSV file</label>{" "}
      <input
        id="import-csv"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => void pick(e.currentTarget)}
      />
      {file && mapped && (
        <section class="preview" aria-labelledby="csv-preview-title">
          <h3 id="csv-preview-title">
            {file.name}: {file.csv.records.length} rows{format && `, looks like a ${format} export`}
          </h3>
          <fieldset class="csv-mapping">
            <legend>Which column holds what</legend>
            {IMPORT_FIELDS.map((field) => (
              <div class="field-row" key={field}>
                <label for={`map-${field}`}>{FIELD_LABEL[field]}</label>
                <select
                  id={`map-${field}`}
                  value={mapping[field] ?? ""}
                  onChange={(e) => setMapping({ ...mapping, [field]: e.currentTarget.value || undefined })}
                >
                  <option value="">(not imported)</option>
                  {file.csv.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <table class="stats-table">
            <caption>First rows as they will be imported</caption>
            <thead>
              <tr>
                <th scope="col">Company</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {mapped.rows.slice(0, PREVIEW_ROWS).map((r, i) => (
                <tr key={i}>
                  <td>{r.company}</td>
                  <td>{r.title}</td>
                  <td>{STATUS_LABEL[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {[...file.csv.problems, ...mapped.problems].length > 0 && (
            <ul class="problems" aria-label="Rows with problems">
              {[...file.csv.problems, ...mapped.problems].slice(0, 10).map((p) => (
                <li key={`${p.line}:${p.message}`}>
                  Line {p.line}: {p.message}
                </li>
              ))}
            </ul>
          )}
          <div class="button-row">
            <button type="button" class="primary" disabled={!canImport || busy} onClick={run}>
              Import {mapped.rows.length} applications
            </button>
            <button type="button" disabled={busy} onClick={() => setFile(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {message && (
        <p role={message.error ? "alert" : "status"} class={message.error ? "error" : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
