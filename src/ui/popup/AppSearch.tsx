// Find any application by company or role; results are buttons that open its debrief.
import { useEffect, useState } from "preact/hooks";
import { STATUS_LABEL } from "../../core/labels";
import type { Application } from "../../core/types";
import { applicationLabel } from "../ApplicationLink";

export function AppSearch({
  search,
  onPick,
}: {
  search: (query: string) => Promise<Application[]>;
  onPick: (app: Application) => void;
}) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Application[] | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      return;
    }
    let current = true;
    search(q).then((apps) => current && setResults(apps));
    return () => {
      current = false;
    };
  }, [query, search]);

  return (
    <div class="app-search">
      <input
        type="search"
        aria-label="Find an application"
        placeholder="Find an application…"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {results && results.length === 0 && <p class="muted">No application matches “{query.trim()}”.</p>}
      {results && results.length > 0 && (
        <ul class="app-list" aria-label="Search results">
          {results.map((app) => (
            <li key={app.id}>
              <button type="button" class="app-pick" onClick={() => onPick(app)}>
                <span class="app-name">{applicationLabel(app)}</span>
                <span class="status">{STATUS_LABEL[app.status]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
