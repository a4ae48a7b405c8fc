// Restore a backup: pick the file, see what it holds, confirm, and it replaces everything at once.
// A bad file is reported with where it is wrong, and nothing is changed.
import { useState } from "preact/hooks";
import { type Backup, BackupError, countRows, TABLES } from "../../../db/backup";
import { errorText } from "../../undo";
import type { DataActions } from "./actions";
import { readTextFile } from "./files";

type State =
  | { step: "idle" }
  | { step: "preview"; name: string; backup: Backup }
  | { step: "working"; progress: string }
  | { step: "done"; message: string }
  | { step: "error"; problems: string[] };

const TABLE_WORDS: Record<(typeof TABLES)[number], string> = {
  applications: "applications",
  events: "timeline events",
  interviews: "interviews",
  emails: "tagged emails",
  reminders: "reminders",
  settings: "settings",
};

export function JsonImport({
  actions,
  currentApplications,
}: {
  actions: DataActions;
  currentApplications: number;
}) {
  const [state, setState] = useState<State>({ step: "idle" });
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    try {
      const backup = actions.parseBackup(await readTextFile(file));
      setState({ step: "preview", name: file.name, backup });
    } catch (error) {
      setState({
        step: "error",
        problems: error instanceof BackupError ? error.problems : [(error as Error).message],
      });
    }
  };
  const apply = (backup: Backup) => {
    setState({ step: "working", progress: "Importing…" });
    actions
      .restoreBackup(backup, (progress) => setState({ step: "working", progress }))
      .then((counts) =>
        setState({
          step: "done",
          message: `Imported ${counts.applications} applications. Your data now matches the backup.`,
        }),
      )
      .catch((error: unknown) =>
        setState({
          step: "error",
          problems: [`the import failed and nothing was changed (${errorText(error)})`],
        }),
      );
  };
  return (
    <section class="data-card" aria-labelledby="data-import-json">
      <h2 id="data-import-json">Restore a backup</h2>
      <label for="import-json">Backup file (.json)</label>{" "}
      <input
        id="import-json"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void pick(e.currentTarget)}
      />
      {state.step === "preview" && (
        <section class="preview" aria-labelledby="json-preview-title">
          <h3 id="json-preview-title">{state.name} holds</h3>
          <ul>
            {TABLES.map((t) => (
              <li key={t}>
                {countRows(state.backup)[t]} {TABLE_WORDS[t]}
              </li>
            ))}
          </ul>
          <p>
            Importing <strong>replaces</strong> everything Debrief holds now ({currentApplications}{" "}
            applications).
          </p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => apply(state.backup)}>
              Replace my data with this backup
            </button>
            <button type="button" onClick={() => setState({ step: "idle" })}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {state.step === "working" && <p role="status">{state.progress}</p>}
      {state.step === "done" && <p role="status">{state.message}</p>}
      {state.step === "error" && (
        <div role="alert" class="error">
          <p>This file cannot be imported; your data is unchanged.</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
