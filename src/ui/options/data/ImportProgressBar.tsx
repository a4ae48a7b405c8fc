// How far an import has got: one bar for the whole read of the file (decoding, splitting into rows,
// checking them), then one for writing it, each with its percentage in words, what it is doing, and
// the Cancel that stops it. Either way, a Cancel leaves the user's data as it was.
import type { ImportProgress } from "../../../core/import";

/** The write of what was read (db/import.ts): `rows` applications, one transaction. */
export interface WriteProgress {
  stage: "writing";
  fraction: number;
  rows: number;
}

export type ShownProgress = ImportProgress | WriteProgress;

const STAGE_TEXT: Record<ShownProgress["stage"], (rows?: number) => string> = {
  decoding: () => "Opening the file… Nothing is stored until you choose Import.",
  splitting: () => "Finding its rows… Nothing is stored until you choose Import.",
  checking: (rows) =>
    `Checking ${rows?.toLocaleString() ?? ""} rows… Nothing is stored until you choose Import.`,
  writing: (rows) =>
    `Saving ${rows?.toLocaleString() ?? ""} applications… Nothing is kept unless all of them are saved.`,
};

export function ImportProgressBar({
  name,
  progress,
  onCancel,
}: {
  name: string;
  progress: ShownProgress;
  onCancel: () => void;
}) {
  const percent = Math.floor(progress.fraction * 100);
  return (
    <div class="import-progress">
      <label for="import-progress">
        {progress.stage === "writing" ? "Importing" : "Reading"} {name}…
      </label>{" "}
      <progress id="import-progress" max={1} value={progress.fraction} aria-describedby="import-stage">
        {percent}%
      </progress>{" "}
      <span class="import-percent">{percent}%</span>{" "}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <p id="import-stage" class="muted">
        {STAGE_TEXT[progress.stage](progress.rows)}
      </p>
    </div>
  );
}
