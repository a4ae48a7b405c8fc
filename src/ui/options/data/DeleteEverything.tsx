// "Delete everything": two steps (open, then type DELETE), with a backup offered first.
import { useState } from "preact/hooks";
import type { DataActions } from "./actions";

const WORD = "DELETE";

export function DeleteEverything({ actions, applications }: { actions: DataActions; applications: number }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    actions
      .deleteEverything()
      .then(() => {
        setOpen(false);
        setTyped("");
        setMessage("Everything was deleted. Debrief is empty, as on the day you installed it.");
      })
      .catch((error: unknown) => setMessage(`Nothing was deleted: ${(error as Error).message}`))
      .finally(() => setBusy(false));
  };
  return (
    <section class="data-card danger-zone" aria-labelledby="data-delete">
      <h2 id="data-delete">Delete everything</h2>
      {!open ? (
        <button
          type="button"
          class="danger"
          onClick={() => {
            setOpen(true);
            setMessage("");
          }}
        >
          Delete everything…
        </button>
      ) : (
        <section aria-labelledby="delete-confirm-title" class="confirm">
          <h3 id="delete-confirm-title">
            Delete all {applications} applications, interviews, emails, reminders and settings?
          </h3>
          <p>This cannot be undone. Download a backup first if you may want any of it back.</p>
          <div class="button-row">
            <button type="button" onClick={() => void actions.exportJson()}>
              Download a backup first
            </button>
          </div>
          <label for="delete-confirm">Type {WORD} to confirm</label>{" "}
          <input
            id="delete-confirm"
            value={typed}
            autoComplete="off"
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <div class="button-row">
            <button type="button" class="danger" disabled={typed.trim() !== WORD || busy} onClick={confirm}>
              Delete everything permanently
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setTyped("");
              }}
            >
              Keep my data
            </button>
          </div>
        </section>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
