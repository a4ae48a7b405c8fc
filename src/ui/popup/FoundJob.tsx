// The popup's offer on a page of no known board: "Save this job: <title> at <company>", read from the
// tab by the context menu's extractor; once saved, it says so and offers the debrief.
import { useState } from "preact/hooks";
import { saveOfferLabel } from "../../core/posting/offer";
import type { Application } from "../../core/types";
import type { PageJob } from "../../shared/protocol";
import { applicationLabel } from "../ApplicationLink";
import { errorText } from "../undo";

export function FoundJob({
  job,
  reason,
  save,
  onDebrief,
}: {
  job: PageJob;
  reason: string;
  save: (job: PageJob) => Promise<Application>;
  onDebrief: (app: Application) => void;
}) {
  const [saved, setSaved] = useState<Application | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const label = saveOfferLabel(job.posting);
  if (!label) return null;
  if (saved) {
    return (
      <section class="suggestion" aria-label="Suggested application">
        <p class="muted" role="status">
          Saved to Debrief
        </p>
        <p class="suggestion-name">{applicationLabel(saved)}</p>
        <button type="button" class="primary" onClick={() => onDebrief(saved)}>
          Debrief this interview
        </button>
      </section>
    );
  }
  const onSave = async () => {
    setBusy(true);
    setError("");
    try {
      setSaved(await save(job));
    } catch (e: unknown) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="suggestion" aria-label="Suggested application">
      <p class="muted">{reason}</p>
      <button type="button" class="primary" disabled={busy} onClick={() => void onSave()}>
        {label}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
