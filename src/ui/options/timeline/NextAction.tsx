// What to do next, on top of the page: the earliest pending reminder (with Done), else a hint that
// fits the status. Overdue reminders say so.
import type { FollowUpPlan } from "../../../core/followup";
import type { ApplicationStatus, Reminder } from "../../../core/types";
import { applicationHash } from "../../../shared/pages";

const when = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "numeric",
  minute: "2-digit",
});

const HINTS: Record<ApplicationStatus, string> = {
  saved: "Apply when you are ready, then set the status to Applied.",
  applied: "Wait to hear back. When an interview comes, debrief it from the toolbar popup.",
  interviewing: "After each interview, debrief it from the toolbar popup to plan your follow-ups.",
  offer: "You have an offer. Take the time you need, and reply by the date they gave.",
  rejected: "Nothing left to do here. Ask for feedback if you have not yet.",
  withdrawn: "Nothing left to do here.",
  ghosted: "They have gone quiet. Put your energy into your other applications.",
};

const WRITE: Partial<Record<Reminder["kind"], string>> = {
  "thank-you": "Write the note",
  "follow-up": "Write the follow-up",
  "second-follow-up": "Write the follow-up",
};

export interface NextActionProps {
  applicationId: string;
  status: ApplicationStatus;
  /** The latest interview's follow-up plan, when there is one. */
  plan?: FollowUpPlan | null;
  reminders: Reminder[];
  now: number;
  onDone(reminder: Reminder): void;
}

const day = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });

/** After the last follow-up: waiting for a week, then gone quiet (the planner's rule). */
function afterLastNudge(plan: FollowUpPlan | null | undefined): string | null {
  if (!plan || plan.lastNudgeAt === undefined || plan.next || plan.state === "closed") return null;
  if (plan.state === "gone-quiet") {
    return `It has gone quiet: no reply since your last follow-up on ${day.format(plan.lastNudgeAt)}. Put your energy into your other applications.`;
  }
  return `You sent your last follow-up on ${day.format(plan.lastNudgeAt)}. No more nudges are planned: if nothing comes by ${day.format(plan.goneQuietAt)}, it has gone quiet.`;
}

export function NextAction({ applicationId, status, plan, reminders, now, onDone }: NextActionProps) {
  const pending = reminders.filter((r) => r.done === 0).sort((a, b) => a.dueAt - b.dueAt);
  const [next, ...later] = pending;
  return (
    <section class="next-action" aria-labelledby="next-heading">
      <h3 id="next-heading">Next</h3>
      {next ? (
        <div class="next-item">
          <p>
            <strong>{next.title}</strong>{" "}
            <span class={next.dueAt < now ? "error" : "muted"}>
              {next.dueAt < now ? "overdue since" : "due"} {when.format(next.dueAt)}
            </span>
          </p>
          <div class="next-buttons">
            {WRITE[next.kind] && (
              <a class="button-link primary" href={applicationHash(applicationId, next.id)}>
                {WRITE[next.kind]}
              </a>
            )}
            <button type="button" onClick={() => onDone(next)}>
              Mark done
            </button>
          </div>
        </div>
      ) : (
        <p>{afterLastNudge(plan) ?? HINTS[status]}</p>
      )}
      {later.length > 0 && (
        <ul class="later muted">
          {later.slice(0, 3).map((r) => (
            <li key={r.id}>
              Then: {r.title}, {when.format(r.dueAt)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
