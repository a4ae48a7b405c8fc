// One application's page: connects the view to the database. Everything is read in one liveQuery
// transaction, so the timeline and the status never show two different moments.
import { getDb, markReminderDone, updateApplication } from "../../src/db";
import {
  addManualEvent,
  deleteEvent,
  loadApplicationPage,
  restoreEvent,
  setStatus,
} from "../../src/db/application-page";
import { setArchived } from "../../src/db/queries";
import { viewHash } from "../../src/shared/pages";
import {
  ApplicationPage,
  type ApplicationPageActions,
} from "../../src/ui/options/applications/ApplicationPage";
import { useLiveQuery } from "../../src/ui/use-live-query";
import { useOutlookOptions } from "../use-outlook-options";
import { DraftView } from "./DraftView";

function actionsFor(id: string): ApplicationPageActions {
  const db = getDb();
  return {
    update: (changes) => updateApplication(db, id, changes),
    async setStatus(status) {
      const event = await setStatus(db, id, status);
      return event ? async () => void (await deleteEvent(db, event.id)) : null;
    },
    addEntry: async (payload, at) => void (await addManualEvent(db, id, payload, at)),
    async deleteEvent(event) {
      const removed = await deleteEvent(db, event.id);
      return () => restoreEvent(db, removed);
    },
    setArchived: async (archived) => void (await setArchived(db, [id], archived)),
    markReminderDone: (reminder) => markReminderDone(db, reminder.id),
  };
}

export function ApplicationView({ params }: { params: string[] }) {
  const id = params[0] ?? "";
  const draftFor = params[1];
  const page = useLiveQuery(() => loadApplicationPage(getDb(), id), [id]);
  // Refit when this application's outcome changes: it may be part of the history the model rests on.
  const outlook = useOutlookOptions(page.status === "ready" ? (page.value?.application.status ?? "") : "");
  if (page.status === "loading") return <p class="muted">Loading…</p>;
  if (page.status === "error") {
    return (
      <p class="error" role="alert">
        Could not read this application: {page.error.message}
      </p>
    );
  }
  if (!page.value) {
    return (
      <div class="empty">
        <h2>Application not found</h2>
        <p>
          It may have been deleted. <a href={viewHash("applications")}>Back to your applications</a>
        </p>
      </div>
    );
  }
  return (
    <ApplicationPage
      data={page.value}
      actions={actionsFor(id)}
      outlook={outlook}
      {...(draftFor ? { draft: <DraftView page={page.value} reminderId={draftFor} /> } : {})}
    />
  );
}
