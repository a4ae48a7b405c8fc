// Import from another tracker's CSV export (Huntr, Teal, Simplify, Debrief) or any spreadsheet: the
// file is read in chunks with progress and a Cancel button, the format is recognised by its header
// row, a preview shows what would be added, and one click writes it all in one transaction.
import { useRef, useState } from "preact/hooks";
import { type ColumnMapping, guessMapping } from "../../../core/export";
import {
  decodeBytes,
  ImportCancelled,
  type ImportPreview,
  parseTableAsync,
  readTable,
} from "../../../core/import";
import { userTimeZone } from "../../../shared/time-zone";
import { errorText } from "../../undo";
import type { DataActions } from "./actions";
import { ColumnMappingFields } from "./ColumnMapping";
import { readFileBytes } from "./files";
import { ImportPreviewView } from "./ImportPreview";

type State =
  | { step: "idle" }
  | { step: "reading"; name: string; fraction: number }
  | { step: "checking"; name: string; rows: number }
  | { step: "preview"; name: string; preview: ImportPreview; mapping?: ColumnMapping; mappingError?: string }
  | { step: "writing"; name: string; preview: ImportPreview };

export function CsvImport({ actions }: { actions: DataActions }) {
  const [state, setState] = useState<State>({ step: "idle" });
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const reading = useRef<AbortController | null>(null);

  const pick = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = "";
    if (!chosen) return;
    setMessage(null);
    const controller = new AbortController();
    reading.current = controller;
    setState({ step: "reading", name: chosen.name, fraction: 0 });
    try {
      const { text, encoding } = decodeBytes(await readFileBytes(chosen));
      const table = await parseTableAsync(text, {
        signal: controller.signal,
        onProgress: (fraction) => setState({ step: "reading", name: chosen.name, fraction }),
      });
      // Reading the rows into applications takes seconds on a huge file: say so, and let it paint first.
      setState({ step: "checking", name: chosen.name, rows: table.records.length });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const preview = readTable(table, encoding, userTimeZone());
      const mapping = preview.format === "generic" ? guessMapping(preview.table.headers) : undefined;
      setState({ step: "preview", name: chosen.name, preview, mapping });
    } catch (error) {
      setState({ step: "idle" });
      const cancelled = error instanceof ImportCancelled;
      setMessage({ text: errorText(error), error: !cancelled });
    } finally {
      reading.current = null;
    }
  };

  const remap = (mapping: ColumnMapping) => {
    if (state.step !== "preview") return;
    try {
      const preview = readTable(state.preview.table, state.preview.encoding, userTimeZone(), mapping);
      setState({ ...state, preview, mapping, mappingError: undefined });
    } catch (error) {
      setState({ ...state, mapping, mappingError: errorText(error) });
    }
  };

  const run = () => {
    if (state.step !== "preview") return;
    const { name, preview } = state;
    setState({ step: "writing", name, preview });
    setMessage({ text: `Importing ${preview.applications.length} applications…` });
    actions
      .importApplications(preview.applications)
      .then(({ added, updated, unchanged }) => {
        setState({ step: "idle" });
        const parts = [`Added ${added} applications`];
        if (updated) parts.push(`updated ${updated} you already track`);
        if (unchanged) parts.push(`${unchanged} already up to date`);
        setMessage({ text: `${parts.join("; ")}.` });
      })
      .catch((error: unknown) => {
        setState({ step: "preview", name, preview });
        setMessage({ text: `Nothing was imported: ${errorText(error)}`, error: true });
      });
  };

  const shown = state.step === "preview" || state.step === "writing" ? state : null;
  const busy = state.step === "reading" || state.step === "checking" || state.step === "writing";
  const canImport = state.step === "preview" && !state.mappingError && state.preview.applications.length > 0;
  return (
    <section class="data-card" aria-labelledby="data-import-csv">
      <h2 id="data-import-csv">Import from a spreadsheet or another tracker</h2>
      <p class="muted">
        Exports from Huntr, Teal (roles or events) and Simplify are recognised; any CSV with a header row
        works. Importing a newer export again updates what you already have.
      </p>
      <label for="import-csv">CSV file</label>{" "}
      <input
        id="import-csv"
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        onChange={(e) => void pick(e.currentTarget)}
      />
      {state.step === "reading" && (
        <div class="import-progress">
          <label for="import-progress">Reading {state.name}…</label>{" "}
          <progress id="import-progress" max={1} value={state.fraction}>
            {Math.round(state.fraction * 100)}%
          </progress>{" "}
          <button type="button" onClick={() => reading.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {state.step === "checking" && (
        <p role="status">
          Checking {state.rows.toLocaleString()} rows of {state.name}…
        </p>
      )}
      {shown && (
        <section class="preview" aria-labelledby="csv-preview-title">
          <ImportPreviewView name={shown.name} preview={shown.preview} />
          {state.step === "preview" && state.mapping && (
            <ColumnMappingFields
              headers={state.preview.table.headers}
              mapping={state.mapping}
              onChange={remap}
            />
          )}
          {state.step === "preview" && state.mappingError && (
            <p role="alert" class="error">
              {state.mappingError}
            </p>
          )}
          <div class="button-row">
            <button type="button" class="primary" disabled={!canImport} onClick={run}>
              Import {shown.preview.applications.length} applications
            </button>
            <button
              type="button"
              disabled={state.step === "writing"}
              onClick={() => setState({ step: "idle" })}
            >
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
