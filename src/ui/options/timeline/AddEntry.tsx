// Adds a note or an event to the timeline by hand, at the time the user gives (default: now).
import { useState } from "preact/hooks";
import type { EventPayload } from "../../../core/types";
import { errorText } from "../../undo";

type EntryKind = "note" | "contact" | "applied" | "offer" | "rejection" | "withdrawn";

const KINDS: { kind: EntryKind; label: string }[] = [
  { kind: "note", label: "Note" },
  { kind: "contact", label: "Heard from them" },
  { kind: "applied", label: "Applied" },
  { kind: "offer", label: "Offer received" },
  { kind: "rejection", label: "Rejected" },
  { kind: "withdrawn", label: "Withdrew" },
];

export function AddEntry({ onAdd }: { onAdd(payload: EventPayload, at: number): Promise<void> }) {
  const [kind, setKind] = useState<EntryKind>("note");
  const [text, setText] = useState("");
  const [when, setWhen] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const needsText = kind === "note" || kind === "contact";

  const submit = async (e: Event) => {
    e.preventDefault();
    setError("");
    if (needsText && !text.trim()) return setError("Write something first.");
    const at = when ? new Date(when).getTime() : Date.now();
    if (Number.isNaN(at)) return setError("That date and time is not valid.");
    const payload: EventPayload = needsText ? { kind, text } : { kind };
    setBusy(true);
    try {
      await onAdd(payload, at);
      setText("");
      setWhen("");
    } catch (err) {
      setError(`Could not add it: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="add-entry" onSubmit={submit} aria-labelledby="add-entry-heading">
      <h3 id="add-entry-heading">Add to the timeline</h3>
      <div class="add-entry-row">
        <label>
          <span>What</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EntryKind)}>
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>When</span>
          <input type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
        </label>
      </div>
      {needsText && (
        <label class="add-entry-text">
          <span>{kind === "note" ? "Note" : "What they said"}</span>
          <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        Add to timeline
      </button>
      <p class="muted small">Leave “When” empty to use the current time.</p>
    </form>
  );
}
