// The after-interview debrief: when, what kind, how long, who, the signs seen, the next-step date,
// gut feeling and notes. Shared by the popup and the job-board panel. Enter saves from any field
// but the notes.
import { useState } from "preact/hooks";
import type { InterviewKind, InterviewStage } from "../../core/types";
import { errorText } from "../undo";
import type { FormState } from "./form-state";
import { SignalChips } from "./SignalChips";

const KINDS: { value: InterviewKind; label: string }[] = [
  { value: "phone", label: "Phone" },
  { value: "video", label: "Video" },
  { value: "onsite", label: "On-site" },
  { value: "other", label: "Other" },
];
const STAGES: { value: InterviewStage | ""; label: string }[] = [
  { value: "", label: "Not sure" },
  { value: "recruiter-screen", label: "Recruiter screen" },
  { value: "first-round", label: "Hiring manager / first round" },
  { value: "technical", label: "Technical / take-home review" },
  { value: "final", label: "Onsite / final round" },
];
const GUT = ["Bad", "Unsure", "Okay", "Good", "Great"];

export interface DebriefFormProps {
  initial: FormState;
  /** Heading naming the application, e.g. "Baker · Contoso". */
  title: string;
  submitLabel?: string;
  onSave: (form: FormState) => Promise<void>;
  onCancel?: () => void;
}

export function DebriefForm({
  initial,
  title,
  submitLabel = "Save debrief",
  onSave,
  onCancel,
}: DebriefFormProps) {
  const [form, setForm] = useState(initial);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      await onSave(form);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === "Enter" && target.tagName !== "TEXTAREA" && target.tagName !== "BUTTON") {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form class="debrief" onSubmit={submit} onKeyDown={onKeyDown} aria-label={`Debrief: ${title}`}>
      <h2 class="debrief-title">{title}</h2>
      <label>
        When
        <input
          type="datetime-local"
          required
          value={form.at}
          onInput={(e) => set("at", e.currentTarget.value)}
        />
      </label>
      <div class="row">
        <label>
          Kind
          <select value={form.kind} onChange={(e) => set("kind", e.currentTarget.value as InterviewKind)}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label class="narrow">
          Round
          <input
            inputMode="numeric"
            value={form.round}
            onInput={(e) => set("round", e.currentTarget.value)}
          />
        </label>
      </div>
      <label>
        Stage
        <select
          value={form.stage}
          onChange={(e) => set("stage", e.currentTarget.value as InterviewStage | "")}
        >
          {STAGES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <label>
          Planned (min)
          <input
            inputMode="numeric"
            value={form.plannedMinutes}
            onInput={(e) => set("plannedMinutes", e.currentTarget.value)}
          />
        </label>
        <label>
          Actual (min)
          <input
            inputMode="numeric"
            value={form.actualMinutes}
            onInput={(e) => set("actualMinutes", e.currentTarget.value)}
          />
        </label>
      </div>
      <label>
        Interviewers <span class="muted">(optional)</span>
        <input
          value={form.interviewers}
          placeholder="Names, separated by commas"
          onInput={(e) => set("interviewers", e.currentTarget.value)}
        />
      </label>
      <SignalChips
        selected={form.signals}
        onToggle={(id, seen) => setForm((f) => ({ ...f, signals: { ...f.signals, [id]: seen } }))}
      />
      <label>
        They said they'd be in touch by <span class="muted">(if they gave a date)</span>
        <input
          type="date"
          value={form.nextStepBy}
          onInput={(e) => set("nextStepBy", e.currentTarget.value)}
        />
      </label>
      <fieldset class="gut">
        <legend>Gut feeling</legend>
        {GUT.map((label, i) => (
          <label key={label}>
            <input type="radio" name="gut" checked={form.gut === i + 1} onChange={() => set("gut", i + 1)} />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        Notes
        <textarea rows={3} value={form.notes} onInput={(e) => set("notes", e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
