// The review queue: stored emails without an application. Linking goes through the background (it
// owns the timeline event, the status and the follow-up plan); dismissing deletes the unlinked row.
import { getDb, listRecent } from "../../src/db";
import { send } from "../../src/shared/messaging";
import { type ReviewActions, ReviewList } from "../../src/ui/options/review/ReviewList";
import { useLiveQuery } from "../../src/ui/use-live-query";

const actions: ReviewActions = {
  link: async (emailId, applicationId) => void (await send("email/correct", { emailId, applicationId })),
  dismiss: async (emailId) => {
    const db = getDb();
    await db.transaction("rw", db.emails, async () => {
      const row = await db.emails.get(emailId);
      if (row && row.applicationId === null) await db.emails.delete(emailId);
    });
  },
};

export function ReviewView() {
  const db = getDb();
  const state = useLiveQuery(
    () =>
      db.transaction("r", db.emails, db.applications, async () => ({
        // Null is no IndexedDB key, so unlinked rows are found by a filter (the table stays small).
        emails: (await db.emails.filter((e) => e.applicationId === null).toArray()).sort(
          (a, b) => b.receivedAt - a.receivedAt,
        ),
        apps: await listRecent(db, 200),
      })),
    [],
  );
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Emails to review</h2>
      {state.status === "loading" && <p class="muted">Loading…</p>}
      {state.status === "error" && (
        <p class="error" role="alert">
          Could not read your emails: {state.error.message}
        </p>
      )}
      {state.status === "ready" && (
        <ReviewList emails={state.value.emails} apps={state.value.apps} actions={actions} />
      )}
    </section>
  );
}
