// Downloads: the full backup (JSON), a spreadsheet (CSV) and the calendar of what is coming (.ics).
import { useState } from "preact/hooks";
import type { DataActions } from "./actions";

export function ExportSection({ actions }: { actions: DataActions }) {
  const [message, setMessage] = useState("");
  const run = (work: () => Promise<string>) => {
    setMessage("Preparing the file…");
    work().then(setMessage, (error: unknown) => setMessage(`Could not export: ${(error as Error).message}`));
  };
  return (
    <section class="data-card" aria-labelledby="data-export">
      <h2 id="data-export">Export</h2>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          onClick={() => run(() => actions.exportJson().then(() => "Backup downloaded."))}
        >
          Download a full backup (JSON)
        </button>
        <button
          type="button"
          onClick={() => run(() => actions.exportCsv().then(() => "Spreadsheet downloaded."))}
        >
          Download applications as CSV
        </button>
        <button
          type="button"
          onClick={() =>
            run(() =>
              actions
                .exportCalendar()
                .then((n) =>
                  n
                    ? `Calendar downloaded with ${n} upcoming ${n === 1 ? "item" : "items"}.`
                    : "Calendar downloaded; nothing is coming up yet.",
                ),
            )
          }
        >
          Download upcoming interviews and follow-ups (.ics)
        </button>
      </div>
      <p class="muted">
        The backup holds everything and can be imported again. The CSV opens in Excel, Numbers or Google
        Sheets, one row per application. The calendar file adds your interviews and follow-up reminders to any
        calendar app.
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
