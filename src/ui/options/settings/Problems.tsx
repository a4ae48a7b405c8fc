// Problems Debrief noticed on pages it reads: a webmail reader that found an open conversation it
// could not read, or the panel on a posting page without a job title. Kept in this browser only, so a
// user knows tagging stopped instead of meeting silence.
import type { HealthProblem, HealthSurface } from "../../../core/types";

const WHAT: Record<HealthSurface, string> = {
  gmail: "The Gmail reader could not read this page",
  outlook: "The Outlook reader could not read this page",
  jobboard: "The job-board panel found no job title on a posting page",
};

const WHY: Record<HealthSurface, string> = {
  gmail: "Emails opened there are not being tagged. Gmail may have changed its page.",
  outlook: "Emails opened there are not being tagged. Outlook may have changed its page.",
  jobboard: "Jobs on that site may be saved without their title. The site may have changed its page.",
};

const day = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function problemText(p: HealthProblem): string {
  return WHAT[p.surface];
}

export function Problems({ problems, onClear }: { problems: readonly HealthProblem[]; onClear(): void }) {
  return (
    <section class="settings-card" aria-labelledby="set-problems">
      <h2 id="set-problems">Problems noticed</h2>
      {problems.length === 0 ? (
        <p class="muted">
          None. If a mail or job site changes so that Debrief cannot read it, it says so here.
        </p>
      ) : (
        <>
          <ul class="problems" aria-label="Problems noticed">
            {problems.map((p) => (
              <li key={`${p.surface}:${p.host}`}>
                <strong>{problemText(p)}</strong> ({p.host}), last on {day(p.lastAt)}
                {p.count > 1 ? `, ${p.count} times since ${day(p.firstAt)}` : ""}.
                <br />
                <span class="muted">{WHY[p.surface]}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onClear}>
            Clear this list
          </button>
        </>
      )}
      <p class="muted">Recorded in this browser only, never sent anywhere.</p>
    </section>
  );
}
