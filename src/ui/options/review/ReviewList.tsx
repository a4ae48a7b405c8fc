// Emails the matcher was unsure about (the review queue): the user links each to its application or
// dismisses it. Subjects and senders are email text, rendered as text.
import { useState } from "preact/hooks";
import { CATEGORY_LABELS } from "../../../core/email/categories";
import type { Application, StoredEmail } from "../../../core/types";
import { applicationLabel } from "../../ApplicationLink";

export interface ReviewActions {
  link(emailId: string, applicationId: string): Promise<void>;
  dismiss(emailId: string): Promise<void>;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function ReviewItem({
  email,
  apps,
  actions,
}: {
  email: StoredEmail;
  apps: Application[];
  actions: ReviewActions;
}) {
  const [choice, setChoice] = useState(apps[0]?.id ?? "");
  const [error, setError] = useState("");
  const run = (work: Promise<void>) =>
    work.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const selectId = `review-app-${email.id}`;
  return (
    <li class="review-item">
      <p class="review-subject">{email.subject || "(no subject)"}</p>
      <p class="muted">
        {[email.fromName, email.fromAddress].filter(Boolean).join(" · ")} · {when.format(email.receivedAt)} ·
        tagged {CATEGORY_LABELS[email.category]}
      </p>
      {email.evidence.length > 0 && <p class="muted">Why: {email.evidence.slice(0, 2).join("; ")}</p>}
      <div class="review-actions">
        <label for={selectId}>Application</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
          {apps.map((app) => (
            <option key={app.id} value={app.id}>
              {applicationLabel(app)}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="primary"
          disabled={!choice}
          onClick={() => run(actions.link(email.id, choice))}
        >
          Link
        </button>
        <button type="button" onClick={() => run(actions.dismiss(email.id))}>
          Dismiss
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function ReviewList({
  emails,
  apps,
  actions,
}: {
  emails: StoredEmail[];
  apps: Application[];
  actions: ReviewActions;
}) {
  if (emails.length === 0) {
    return (
      <p class="muted">
        Nothing to review. Emails Debrief cannot link to an application with confidence wait here for you.
      </p>
    );
  }
  return (
    <ul class="review-list" aria-label="Emails to review">
      {emails.map((email) => (
        <ReviewItem key={email.id} email={email} apps={apps} actions={actions} />
      ))}
    </ul>
  );
}
