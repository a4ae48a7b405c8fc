// "New application" inline: company and title; the rest can be filled in later.
import { useState } from "preact/hooks";
import { errorText } from "../undo";

export function QuickAdd({ onAdd }: { onAdd: (company: string, title: string) => Promise<void> }) {
  const [company, setCompany] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      await onAdd(company, title);
      setCompany("");
      setTitle("");
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="quick-add" onSubmit={submit} aria-label="New application">
      <label>
        Company
        <input value={company} onInput={(e) => setCompany(e.currentTarget.value)} autoComplete="off" />
      </label>
      <label>
        Role
        <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} autoComplete="off" />
      </label>
      <button class="primary" type="submit" disabled={busy || (!company.trim() && !title.trim())}>
        Add application
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
