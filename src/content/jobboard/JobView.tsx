// The job as read from the page: editable before saving; once tracked, its status, last event and a
// link to its timeline.

import { STATUS_LABEL } from "../../core/labels";
import { UNSURE } from "../../core/posting/confidence";
import type { CheckedField, JobPosting } from "../../core/types";
import type { PageJob, TrackedJob } from "../../shared/protocol";

export type Edits = Partial<Record<"title" | "company" | "location", string>>;
type EditField = keyof Edits;

const CHECKED: Record<EditField, CheckedField> = {
  title: "title",
  company: "company",
  location: "locations",
};
export const FIELD_ORDER: readonly EditField[] = ["title", "company", "location"];

/**
 * "missing" when the page gave nothing, "unsure" when the extractor doubts what it read (the head's
 * title only, or the page's data and its text disagree); undefined once the user has typed there.
 */
export function doubt(posting: JobPosting, edits: Edits, field: EditField): "missing" | "unsure" | undefined {
  if (edits[field] !== undefined) return undefined;
  const value = field === "location" ? posting.locations.join("") : (posting[field] ?? "");
  if (!value.trim()) return "missing";
  const c = posting.confidence?.[CHECKED[field]];
  return c !== undefined && c < UNSURE ? "unsure" : undefined;
}

/** The input the cursor should start in: the first field to fill in or check, if any. */
export function firstDoubtful(posting: JobPosting, edits: Edits): string | undefined {
  const field = FIELD_ORDER.find((f) => doubt(posting, edits, f));
  return field ? `debrief-${field}` : undefined;
}

const HINT = { missing: "Not found on the page: please fill in", unsure: "Please check: this may be wrong" };

const day = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });

/** The job with the user's corrections applied: what gets saved. */
export function editedJob(job: PageJob, edits: Edits): PageJob {
  const posting = { ...job.posting, sources: { ...job.posting.sources } };
  if (edits.title !== undefined) posting.title = edits.title.trim();
  if (edits.company !== undefined) posting.company = edits.company.trim();
  if (edits.location !== undefined) {
    posting.locations = edits.location
      .split(";")
      .map((l) => l.trim())
      .filter(Boolean);
  }
  return { ...job, posting };
}

export interface JobViewProps {
  job: PageJob;
  edits: Edits;
  onEdit(field: keyof Edits, value: string): void;
  tracked: TrackedJob | null;
  busy: boolean;
  onSave(applied: boolean): void;
  onApplied(): void;
  onLog(): void;
  onOpen(applicationId: string, event: Event): void;
}

function Field({
  id,
  label,
  value,
  doubt,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  doubt: "missing" | "unsure" | undefined;
  onInput(v: string): void;
}) {
  return (
    <label class={doubt ? `field ${doubt}` : "field"} for={id}>
      {label}
      <input
        id={id}
        value={value}
        aria-describedby={doubt ? `${id}-hint` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {doubt && (
        <span id={`${id}-hint`} class="hint">
          {HINT[doubt]}
        </span>
      )}
    </label>
  );
}

export function JobView({
  job,
  edits,
  onEdit,
  tracked,
  busy,
  onSave,
  onApplied,
  onLog,
  onOpen,
}: JobViewProps) {
  const { posting } = job;
  if (tracked) {
    return (
      <div class="job">
        <p class="job-title">{tracked.title || posting.title}</p>
        <p class="muted">{tracked.company || posting.company}</p>
        <p class="tracked">
          Tracked · <strong>{STATUS_LABEL[tracked.status]}</strong>
        </p>
        {tracked.lastEvent && (
          <p class="muted">
            Last: {tracked.lastEvent.text} · {day.format(tracked.lastEvent.at)}
          </p>
        )}
        {tracked.timelineUrl && (
          <p>
            <a href={tracked.timelineUrl} onClick={(e) => onOpen(tracked.applicationId, e)}>
              Open timeline
            </a>
          </p>
        )}
        <div class="actions">
          {tracked.status === "saved" && (
            <button type="button" disabled={busy} onClick={onApplied}>
              I applied
            </button>
          )}
          <button type="button" class="primary" disabled={busy} onClick={onLog}>
            Log signals
          </button>
        </div>
      </div>
    );
  }
  return (
    <form
      class="job"
      aria-label="Job to save"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(false);
      }}
    >
      <Field
        id="debrief-title"
        label="Role"
        doubt={doubt(posting, edits, "title")}
        value={edits.title ?? posting.title ?? ""}
        onInput={(v) => onEdit("title", v)}
      />
      <Field
        id="debrief-company"
        label="Company"
        doubt={doubt(posting, edits, "company")}
        value={edits.company ?? posting.company ?? ""}
        onInput={(v) => onEdit("company", v)}
      />
      <Field
        id="debrief-location"
        label="Location"
        doubt={doubt(posting, edits, "location")}
        value={edits.location ?? posting.locations.join("; ")}
        onInput={(v) => onEdit("location", v)}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Saving…" : "Save job"}
        </button>
        <button type="button" disabled={busy} onClick={() => onSave(true)}>
          I applied
        </button>
        <button type="button" disabled={busy} onClick={onLog}>
          Log signals
        </button>
      </div>
    </form>
  );
}
