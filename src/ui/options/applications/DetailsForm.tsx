// The application's editable details. Edits stay local until "Save changes"; errors show next to
// their field and are announced.
import { useState } from "preact/hooks";
import type { Application, SalaryPeriod } from "../../../core/types";
import type { ApplicationChanges } from "../../../db/applications";
import { errorText } from "../../undo";
import { type DetailsDraft, draftOf, validateDraft } from "./details-form";
import { safeHttpUrl } from "./format";

type InputExtras = {
  type?: "text" | "url";
  inputMode?: "url" | "decimal";
  maxLength?: number;
  size?: number;
};

const PERIODS: { value: SalaryPeriod | ""; label: string }[] = [
  { value: "", label: "—" },
  { value: "hour", label: "per hour" },
  { value: "day", label: "per day" },
  { value: "week", label: "per week" },
  { value: "month", label: "per month" },
  { value: "year", label: "per year" },
];

export function DetailsForm({
  app,
  onSave,
}: {
  app: Application;
  onSave(changes: ApplicationChanges): Promise<void>;
}) {
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(app));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const set = (changes: Partial<DetailsDraft>) => {
    setDraft({ ...draft, ...changes });
    setMessage("");
  };
  const field = (key: keyof DetailsDraft, label: string, props: InputExtras = {}) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        size={props.size}
        value={draft[key] as string}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `err-${key}` : undefined}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
      {errors[key] && (
        <span id={`err-${key}`} class="error">
          {errors[key]}
        </span>
      )}
    </label>
  );
  const setContact = (i: number, changes: Partial<DetailsDraft["contacts"][number]>) =>
    set({ contacts: draft.contacts.map((c, j) => (j === i ? { ...c, ...changes } : c)) });

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = validateDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage("Some fields need a look: see the messages next to them.");
      return;
    }
    setErrors({});
    try {
      await onSave(result.changes);
      setMessage("Saved.");
    } catch (error) {
      setMessage(`Could not save: ${errorText(error)}`);
    }
  };
  const link = safeHttpUrl(app.url);

  return (
    <form class="details" onSubmit={submit} aria-labelledby="details-heading" noValidate>
      <h3 id="details-heading">Details</h3>
      {field("company", "Company")}
      {field("title", "Role")}
      {field("url", "Link", { inputMode: "url" })}
      {link && (
        <a class="small" href={link} target="_blank" rel="noopener noreferrer">
          Open the job posting
        </a>
      )}
      {field("location", "Location")}
      <fieldset>
        <legend>Salary</legend>
        <div class="salary-row">
          {field("salaryMin", "From", { inputMode: "decimal" })}
          {field("salaryMax", "To", { inputMode: "decimal" })}
          {field("currency", "Currency", { maxLength: 3, size: 4 })}
          <label class="field">
            <span>Period</span>
            <select
              value={draft.period}
              onChange={(e) => set({ period: e.currentTarget.value as SalaryPeriod | "" })}
            >
              {PERIODS.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Contacts</legend>
        {draft.contacts.length === 0 && <p class="muted small">No contacts yet.</p>}
        {draft.contacts.map((c, i) => (
          <fieldset key={i} class="contact">
            <legend>Contact {i + 1}</legend>
            <label class="field">
              <span>Name</span>
              <input value={c.name} onInput={(e) => setContact(i, { name: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Their role</span>
              <input value={c.role} onInput={(e) => setContact(i, { role: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Email</span>
              <input
                type="email"
                value={c.email}
                aria-invalid={errors[`contact-${i}`] ? true : undefined}
                onInput={(e) => setContact(i, { email: e.currentTarget.value })}
              />
              {errors[`contact-${i}`] && <span class="error">{errors[`contact-${i}`]}</span>}
            </label>
            <button type="button" onClick={() => set({ contacts: draft.contacts.filter((_, j) => j !== i) })}>
              Remove contact {i + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => set({ contacts: [...draft.contacts, { name: "", role: "", email: "" }] })}
        >
          Add a contact
        </button>
      </fieldset>
      <label class="field">
        <span>Notes</span>
        <textarea rows={5} value={draft.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </label>
      {field("tags", "Tags (comma-separated)")}
      <div class="form-actions">
        <button type="submit" class="primary">
          Save changes
        </button>
        <p role="status" class={Object.keys(errors).length > 0 ? "error" : "muted"}>
          {message}
        </p>
      </div>
    </form>
  );
}
