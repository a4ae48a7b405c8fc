// "Delete all email data": every stored email, its timeline entries and the sender corrections, in
// the background (which also re-derives statuses and re-plans follow-ups). Two steps, no typing.
import { useState } from "preact/hooks";
import { send } from "../../../shared/messaging";

export interface EmailDataActions {
  deleteAll(): Promise<{ emails: number; events: number }>;
}

const backgroundActions: EmailDataActions = { deleteAll: () => send("email/delete-all", {}) };

export function EmailData({ actions = backgroundActions }: { actions?: EmailDataActions }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const run = () => {
    setBusy(true);
    actions
      .deleteAll()
      .then(({ emails, events }) => {
        setMessage(
          `Deleted ${emails} email${emails === 1 ? "" : "s"} and ${events} timeline entr${events === 1 ? "y" : "ies"}. Statuses were recomputed.`,
        );
        setConfirming(false);
      })
      .catch((error: unknown) => setMessage(`Nothing was deleted: ${(error as Error)?.message ?? error}`))
      .finally(() => setBusy(false));
  };
  return (
    <section class="settings-card" aria-labelledby="set-email-data">
      <h2 id="set-email-data">Email data</h2>
      <p class="muted">
        Tagged emails are kept on this computer with at most a few kB of their text. Deleting them also
        removes their entries from your timelines and the corrections you made for senders; applications stay.
      </p>
      {confirming ? (
        <div class="button-row">
          <button type="button" class="danger" disabled={busy} onClick={run}>
            Delete all email data now
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="danger"
          onClick={() => {
            setMessage("");
            setConfirming(true);
          }}
        >
          Delete all email data…
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
