// Import from another tracker's CSV export (Huntr, Teal, Simplify, Debrief) or any spreadsheet: the
// file is read in chunks with progress and a Cancel button, the format is recognised by its header
// row, a preview shows what would be added, and one click writes it all in one transaction, again with
// progress and a Cancel that rolls the whole write back; then "Undo this import" takes it back while
// nothing it wrote has changed (db/import-undo.ts).
import { useRef, useState } from "preact/hooks";
import { type ColumnMapping, guessMapping } from "../../../core/export";
import {
  ImportCancelled,
  type ImportPreview,
  type ImportProgress,
  readImportInSlices,
  readTableInSlices,
} from "../../../core/import";
import type { ImportUndo } from "../../../db/import";
import { ImportUndoRefused } from "../../../db/import-undo";
import { userTimeZone } from "../../../shared/time-zone";
import { errorText } from "../../undo";
import type { DataActions } from "./actions";
import { ColumnMappingFields } from "./ColumnMapping";
import { readFileBytes } from "./files";
import { ImportPreviewView } from "./ImportPreview";
import { ImportProgressBar, type WriteProgress } from "./ImportProgressBar";

interface Previewing {
  step: "preview";
  name: string;
  preview: ImportPreview;
  mapping?: ColumnMapping;
  mappingError?: string;
}

type State =
  | { step: "idle" }
  /** `back`: the preview a re-read for new column matches started from, shown again on Cancel. */
  | { step: "reading"; name: string; progress: ImportProgress; back?: Previewing }
  | Previewing
  | { step: "writing"; name: string; preview: ImportPreview; progress: WriteProgress };

const START: ImportProgress = { stage: "decoding", fraction: 0 };

export function CsvImport({ actions }: { actions: DataActions }) {
  const [state, setState] = useState<State>({ step: "idle" });
  /** `undo`: what the import just written wrote, offered back until another import or leaving the page. */
  const [message, setMessage] = useState<{ text: string; error?: boolean; undo?: ImportUndo } | null>(null);
  const [undoing, setUndoing] = useState(false);
  const running = useRef<AbortController | null>(null);

  /** Runs one read or write with progress and Cancel; a newer one (or Cancel) aborts the one before. */
  const track = async (work: (signal: AbortSignal) => Promise<void>, onError: (e: unknown) => void) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    try {
      await work(controller.signal);
    } catch (error) {
      if (running.current === controller) onError(error);
    } finally {
      if (running.current === controller) running.current = null;
    }
  };

  const pick = (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = "";
    if (!chosen) return;
    setMessage(null);
    const name = chosen.name;
    setState({ step: "reading", name, progress: START });
    return track(
      async (signal) => {
        const preview = await readImportInSlices(await readFileBytes(chosen), userTimeZone(), {
          signal,
          onProgress: (progress) => setState({ step: "reading", name, progress }),
        });
        const mapping = preview.format === "generic" ? guessMapping(preview.table.headers) : undefined;
        setState({ step: "preview", name, preview, mapping });
      },
      (error) => {
        setState({ step: "idle" });
        setMessage({ text: errorText(error), error: !(error instanceof ImportCancelled) });
      },
    );
  };

  const remap = (mapping: ColumnMapping) => {
    if (state.step !== "preview") return;
    const back = state;
    const { name, preview } = back;
    setState({ step: "reading", name, progress: { stage: "checking", fraction: 0 }, back });
    return track(
      async (signal) => {
        const next = await readTableInSlices(preview.table, preview.encoding, userTimeZone(), mapping, {
          signal,
          onProgress: (progress) => setState({ step: "reading", name, progress, back }),
        });
        setState({ ...back, preview: next, mapping, mappingError: undefined });
      },
      (error) =>
        setState(
          error instanceof ImportCancelled ? back : { ...back, mapping, mappingError: errorText(error) },
        ),
    );
  };

  const run = () => {
    if (state.step !== "preview") return;
    const back = state;
    const { name, preview } = back;
    const rows = preview.applications.length;
    setMessage(null);
    setState({ step: "writing", name, preview, progress: { stage: "writing", fraction: 0, rows } });
    return track(
      async (signal) => {
        const { added, updated, unchanged, repeated, undo } = await actions.importApplications(
          preview.applications,
          {
            signal,
            onProgress: (fraction) =>
              setState({ step: "writing", name, preview, progress: { stage: "writing", fraction, rows } }),
          },
        );
        setState({ step: "idle" });
        const parts = [`Added ${added} applications`];
        if (updated) parts.push(`updated ${updated} you already track`);
        if (unchanged) parts.push(`${unchanged} already up to date`);
        if (repeated)
          parts.push(`${repeated} ${repeated === 1 ? "row repeats" : "rows repeat"} one earlier in the file`);
        setMessage({ text: `${parts.join("; ")}.`, undo: added || updated ? undo : undefined });
      },
      (error) => {
        // Back to the same preview: the user may import it after all.
        setState(back);
        setMessage(
          error instanceof ImportCancelled
            ? { text: errorText(error) }
            : { text: `Nothing was imported: ${errorText(error)}`, error: true },
        );
      },
    );
  };

  const takeBack = async (undo: ImportUndo) => {
    setUndoing(true);
    try {
      const { removed, restored } = await actions.undoImport(undo);
      const parts = [`removed the ${removed} applications it added`];
      if (restored) parts.push(`put back the ${restored} it updated as they were`);
      setMessage({ text: `Import undone: ${parts.join(", and ")}.` });
    } catch (error) {
      // Refused (something it wrote changed since) or failed: nothing was changed, so it stays offered.
      setMessage({
        text: errorText(error),
        error: true,
        undo: error instanceof ImportUndoRefused ? undefined : undo,
      });
    } finally {
      setUndoing(false);
    }
  };

  const shown = state.step === "preview" || state.step === "writing" ? state : null;
  const busy = state.step === "reading" || state.step === "writing";
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
      {(state.step === "reading" || state.step === "writing") && (
        <ImportProgressBar
          name={state.name}
          progress={state.progress}
          onCancel={() => running.current?.abort()}
        />
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
      {message?.undo && (
        <p class="muted">
          <button
            type="button"
            disabled={busy || undoing}
            onClick={() => message.undo && void takeBack(message.undo)}
          >
            Undo this import
          </button>{" "}
          Removes what it added and puts back what it changed, as long as you have not changed any of it
          since.
        </p>
      )}
    </section>
  );
}
