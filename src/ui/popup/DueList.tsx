// Follow-ups that are due: what, for which application, and Done / Snooze buttons.
import type { DueItem } from "./types";

const when = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });

export function DueList({
  items,
  onDone,
  onSnooze,
  href,
}: {
  items: DueItem[];
  onDone: (id: string) => void;
  onSnooze: (id: string) => void;
  href: (applicationId: string, draftFor?: string) => string;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="due-heading" class="due">
      <h2 id="due-heading">Due now</h2>
      <ul class="due-list">
        {items.map(({ reminder, app }) => (
          <li key={reminder.id} class="due-item">
            <div>
              <strong>{reminder.title}</strong>
              <div class="muted">
                <a href={href(reminder.applicationId)} target="_blank" rel="noopener">
                  {app ? [app.company, app.title].filter(Boolean).join(" · ") : "Application"}
                </a>{" "}
                · since {when.format(reminder.dueAt)}
              </div>
            </div>
            <div class="due-actions">
              {reminder.kind !== "custom" && (
                <a
                  class="due-write"
                  href={href(reminder.applicationId, reminder.id)}
                  target="_blank"
                  rel="noopener"
                  aria-label={`Write it: ${reminder.title}`}
                >
                  Write
                </a>
              )}
              <button
                type="button"
                onClick={() => onDone(reminder.id)}
                aria-label={`Done: ${reminder.title}`}
              >
                Done
              </button>
              <button
                type="button"
                onClick={() => onSnooze(reminder.id)}
                aria-label={`Snooze 1 day: ${reminder.title}`}
              >
                Snooze
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
