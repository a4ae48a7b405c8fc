// The popup view: quick add and the most recent applications. Takes {data, actions} so tests and
// previews can pass fakes.
import type { Application } from "../../core/types";
import { ApplicationLink } from "../ApplicationLink";
import type { LiveState } from "../use-live-query";
import { QuickAdd } from "./QuickAdd";

export interface PopupActions {
  addApplication(company: string, title: string): Promise<void>;
  applicationHref(id: string): string;
}

export function PopupApp({ recent, actions }: { recent: LiveState<Application[]>; actions: PopupActions }) {
  return (
    <main class="popup">
      <header>
        <h1>Debrief</h1>
      </header>
      <QuickAdd onAdd={actions.addApplication} />
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent applications</h2>
        {recent.status === "loading" && <p class="muted">Loading…</p>}
        {recent.status === "error" && (
          <p class="error" role="alert">
            Could not read your applications: {recent.error.message}
          </p>
        )}
        {recent.status === "ready" && recent.value.length === 0 && (
          <p class="muted">No applications yet. Add the first one above, or save a job from a job board.</p>
        )}
        {recent.status === "ready" && recent.value.length > 0 && (
          <ul class="app-list">
            {recent.value.map((app) => (
              <li key={app.id}>
                <ApplicationLink app={app} href={actions.applicationHref(app.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
