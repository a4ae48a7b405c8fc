// The application's story: every event, grouped by local day, with what each one means. Entries a
// person added by hand can be deleted (the page offers an undo).
import type { TimelineDay } from "../../../core/timeline";
import type { TimelineEvent } from "../../../core/types";
import { safeHttpUrl } from "../applications/format";
import { DELETABLE, describeEvent, type EventContext } from "./describe";

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });

export interface TimelineProps {
  days: TimelineDay[];
  ctx: EventContext;
  onDelete(event: TimelineEvent): void;
}

export function Timeline({ days, ctx, onDelete }: TimelineProps) {
  if (days.length === 0) return <p class="muted">Nothing on the timeline yet.</p>;
  return (
    <div class="timeline">
      {days.map((day) => (
        <section key={day.key} class="timeline-day" aria-labelledby={`day-${day.key}`}>
          <h4 id={`day-${day.key}`}>
            <time dateTime={day.key}>{dayFormat.format(day.start)}</time>
          </h4>
          <ol>
            {day.events.map((e) => (
              <TimelineItem key={e.id} event={e} ctx={ctx} onDelete={onDelete} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function TimelineItem({
  event,
  ctx,
  onDelete,
}: {
  event: TimelineEvent;
  ctx: EventContext;
  onDelete(e: TimelineEvent): void;
}) {
  const view = describeEvent(event, ctx);
  const time = timeFormat.format(event.at);
  const href = view.link ? safeHttpUrl(view.link.href) : null;
  return (
    <li class={`timeline-item kind-${event.kind}`}>
      <time class="muted" dateTime={new Date(event.at).toISOString()}>
        {time}
      </time>
      <div class="timeline-body">
        <strong>{view.title}</strong>
        {view.details.map((d, i) => (
          <p key={i} class="timeline-detail">
            {d}
          </p>
        ))}
        {view.signs && view.signs.length > 0 && (
          <ul class="signs" aria-label="Signs seen">
            {view.signs.map((s) => (
              <li key={s.label} class={s.positive ? "sign-good" : "sign-bad"}>
                <span aria-hidden="true">{s.positive ? "+ " : "− "}</span>
                <span class="visually-hidden">{s.positive ? "Good sign: " : "Warning sign: "}</span>
                {s.label}
              </li>
            ))}
          </ul>
        )}
        {href && view.link && (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {view.link.label}
          </a>
        )}
      </div>
      {DELETABLE.has(event.kind) && (
        <button
          type="button"
          class="link-button"
          aria-label={`Delete “${view.title}” from ${dayFormat.format(event.at)}, ${time}`}
          onClick={() => onDelete(event)}
        >
          Delete
        </button>
      )}
    </li>
  );
}
