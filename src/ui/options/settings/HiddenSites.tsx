// Sites where the job-board panel stays hidden: a list of hostnames, add and remove.
import { useState } from "preact/hooks";

/** "https://www.linkedin.com/jobs/…" or "LinkedIn.com" → "linkedin.com"-style hostname, or null. */
export function toHostname(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`).hostname;
    return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}

export function HiddenSites({
  sites,
  onChange,
}: {
  sites: readonly string[];
  onChange(next: string[]): void;
}) {
  const [draft, setDraft] = useState("");
  const [error, setError] = useState("");
  const add = (e: Event) => {
    e.preventDefault();
    const host = toHostname(draft);
    if (!host) {
      setError("Enter a site such as linkedin.com.");
      return;
    }
    setError("");
    setDraft("");
    if (!sites.includes(host)) onChange([...sites, host].sort());
  };
  return (
    <div class="hidden-sites">
      {sites.length === 0 ? (
        <p class="muted">The panel shows on every job board Debrief knows.</p>
      ) : (
        <ul aria-label="Sites where the panel is hidden">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{" "}
              <button
                type="button"
                onClick={() => onChange(sites.filter((s) => s !== site))}
                aria-label={`Show the panel on ${site} again`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add}>
        <label for="hide-site">Hide the panel on</label>
        <input
          id="hide-site"
          value={draft}
          placeholder="e.g. indeed.com"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={error ? "hide-site-error" : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">Hide</button>
      </form>
      {error && (
        <p id="hide-site-error" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
