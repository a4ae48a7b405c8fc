// The follow-up plan with its dates: thank-you note, the reply window, the nudges.
import type { FollowUpPlan } from "../../core/followup";

const day = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });
const dayTime = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "numeric",
  minute: "2-digit",
});

const STATUS_TEXT = { pending: "", done: "done", cancelled: "no longer needed" } as const;

export function FollowUpPlanList({ plan }: { plan: FollowUpPlan }) {
  const { replyWindow } = plan;
  return (
    <section class="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Follow-up plan</h2>
      <p>
        {replyWindow.stated
          ? `They said they would be in touch by ${day.format(replyWindow.end)}.`
          : `No date given: expect a reply between ${day.format(replyWindow.start)} and ${day.format(replyWindow.end)}.`}
      </p>
      <ol class="plan-items">
        {plan.items.map((item) => (
          <li key={item.kind} class={`plan-item plan-${item.status}`}>
            <span class="plan-title">{item.title}</span>
            <time dateTime={new Date(item.dueAt).toISOString()}>
              {item.kind === "thank-you" ? `by ${dayTime.format(item.dueAt)}` : day.format(item.dueAt)}
            </time>
            {item.status !== "pending" && <span class="muted"> ({STATUS_TEXT[item.status]})</span>}
          </li>
        ))}
      </ol>
      {plan.state === "gone-quiet" && (
        <p class="muted">It has gone quiet. Keep your other applications moving.</p>
      )}
      {plan.state === "closed" && <p class="muted">No more follow-ups needed for this interview.</p>}
    </section>
  );
}
