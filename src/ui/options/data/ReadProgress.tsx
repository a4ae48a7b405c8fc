// How far reading an import file has got: one bar for the whole read (decoding, splitting into rows,
// checking them), its percentage in words, what it is doing, and the Cancel that stops it.
import type { ImportProgress } from "../../../core/import";

const STAGE_TEXT: Record<ImportProgress["stage"], (rows?: number) => string> = {
  decoding: () => "Opening the file",
  splitting: () => "Finding its rows",
  checking: (rows) => `Checking ${rows?.toLocaleString() ?? ""} rows`,
};

export function ReadProgress({
  name,
  progress,
  onCancel,
}: {
  name: string;
  progress: ImportProgress;
  onCancel: () => void;
}) {
  const percent = Math.floor(progress.fraction * 100);
  return (
    <div class="import-progress">
      <label for="import-progress">Reading {name}…</label>{" "}
      <progress id="import-progress" max={1} value={progress.fraction} aria-describedby="import-stage">
        {percent}%
      </progress>{" "}
      <span class="import-percent">{percent}%</span>{" "}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <p id="import-stage" class="muted">
        {STAGE_TEXT[progress.stage](progress.rows)}… Nothing is stored until you choose Import.
      </p>
    </div>
  );
}
