// The popup's first screen: the suggested application, search, a new application, what is due and
// the most recent applications.
import { useState } from "preact/hooks";
import type { Application } from "../../core/types";
import { ApplicationLink, applicationLabel } from "../ApplicationLink";
import { errorText } from "../undo";
import { AppSearch } from "./AppSearch";
import { DueList } from "./DueList";
import { FoundJob } from "./FoundJob";
import { QuickAdd } from "./QuickAdd";
import type { PopupActions, PopupData, Suggestion } from "./types";

function SuggestionCard({
  suggestion,
  onDebrief,
  onSaveJob,
}: {
  suggestion: Suggestion;
  onDebrief: (app: Application) => void;
  onSaveJob: () => Promise<void>;
}) {
  const [error, setError] = useState("");
  if (suggestion.kind === "tracked") {
    return (
      <section class="suggestion" aria-label="Suggested application">
        <p class="muted">{suggestion.reason}</p>
        <p class="suggestion-name">{applicationLabel(suggestion.app)}</p>
        <button type="button" class="primary" onClick={() => onDebrief(suggestion.app)}>
          Debrief this interview
        </button>
      </section>
    );
  }
  const { posting } = suggestion.job;
  return (
    <section class="suggestion" aria-label="Suggested application">
      <p class="muted">{suggestion.reason}</p>
      <p class="suggestion-name">{[posting.title, posting.company].filter(Boolean).join(" · ")}</p>
      <button
        type="button"
        class="primary"
        onClick={() => onSaveJob().catch((e: unknown) => setError(errorText(e)))}
      >
        Save job and debrief
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export function HomeScreen({
  data,
  actions,
  onDebrief,
}: {
  data: PopupData;
  actions: PopupActions;
  onDebrief: (app: Application) => void;
}) {
  const { recent, due, suggestion } = data;
  const [adding, setAdding] = useState(false);
  const firstRun = recent.status === "ready" && recent.value.length === 0;
  return (
    <>
      {suggestion?.kind === "page" && suggestion.found ? (
        <FoundJob
          job={suggestion.job}
          reason={suggestion.reason}
          save={actions.saveJob}
          onDebrief={onDebrief}
        />
      ) : (
        suggestion && (
          <SuggestionCard
            suggestion={suggestion}
            onDebrief={onDebrief}
            onSaveJob={async () => {
              if (suggestion.kind === "page") onDebrief(await actions.saveJob(suggestion.job));
            }}
          />
        )
      )}
      {firstRun && !suggestion && (
        <section class="empty" aria-label="Welcome">
          <h2>Track your first application</h2>
          <p class="muted">
            Add the job you interviewed for (or save it from a job board), then note the signs you saw.
            Debrief gives you an honest outlook and the dates to follow up.
          </p>
        </section>
      )}
      {!firstRun && <AppSearch search={actions.search} onPick={onDebrief} />}
      {firstRun || adding ? (
        <QuickAdd
          onAdd={async (company, title) => {
            onDebrief(await actions.addApplication(company, title));
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          New application
        </button>
      )}
      {due.status === "ready" && (
        <DueList
          items={due.value}
          onDone={(id) => void actions.markDone(id)}
          onSnooze={(id) => void actions.snooze(id)}
          href={actions.applicationHref}
        />
      )}
      {recent.status === "error" && (
        <p class="error" role="alert">
          Could not read your applications: {recent.error.message}
        </p>
      )}
      {recent.status === "ready" && recent.value.length > 0 && (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent applications</h2>
          <ul class="app-list">
            {recent.value.map((app) => (
              <li key={app.id} class="recent-item">
                <ApplicationLink app={app} href={actions.applicationHref(app.id)} />
                <button
                  type="button"
                  onClick={() => onDebrief(app)}
                  aria-label={`Debrief ${applicationLabel(app)}`}
                >
                  Debrief
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
