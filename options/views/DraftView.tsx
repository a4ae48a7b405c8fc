// Connects the note for one reminder to the database: the application page's data (already live), the
// templates, tone and signature from Settings. "I sent it" goes through the background, which marks the
// reminder done, clears its notification and updates the badge.
import { cleanValue, isTone, mergeTemplates } from "../../src/core/followup/drafts";
import { getDb, undoReminderDone } from "../../src/db";
import type { ApplicationPageData } from "../../src/db/application-page";
import { getSetting, setSetting } from "../../src/db/settings";
import { send } from "../../src/shared/messaging";
import { applicationHash } from "../../src/shared/pages";
import { userTimeZone } from "../../src/shared/time-zone";
import { type DraftActions, DraftPanel } from "../../src/ui/options/drafts/DraftPanel";
import { useLiveQuery } from "../../src/ui/use-live-query";

function actionsFor(reminderId: string): DraftActions {
  const db = getDb();
  return {
    markSent: async () => void (await send("reminders/done", { id: reminderId })),
    async undoSent() {
      await undoReminderDone(db, reminderId);
      await send("reminders/refresh", {});
    },
    copy: (text) => navigator.clipboard.writeText(text),
    saveSenderName: (name) => void setSetting(db, "senderName", cleanValue(name)),
  };
}

export function DraftView({ page, reminderId }: { page: ApplicationPageData; reminderId: string }) {
  const db = getDb();
  const prefs = useLiveQuery(
    () =>
      db.transaction("r", db.settings, async () => ({
        templates: mergeTemplates(await getSetting(db, "draftTemplates")),
        tone: await getSetting(db, "draftTone"),
        senderName: await getSetting(db, "senderName"),
      })),
    [],
  );
  const reminder = page.reminders.find((r) => r.id === reminderId);
  if (!reminder) {
    return (
      <section class="draft" aria-labelledby="draft-heading">
        <h3 id="draft-heading">Note</h3>
        <p>
          That reminder is no longer planned (the interview may have been edited or deleted).{" "}
          <a href={applicationHash(page.application.id)}>Back to the application</a>
        </p>
      </section>
    );
  }
  if (prefs.status === "loading") return <p class="muted">Loading…</p>;
  if (prefs.status === "error") {
    return (
      <p class="error" role="alert">
        Could not read your templates: {prefs.error.message}
      </p>
    );
  }
  const next = page.reminders
    .filter((r) => r.done === 0 && r.id !== reminder.id)
    .sort((a, b) => a.dueAt - b.dueAt)[0];
  const interview = page.interviews.find((i) => i.id === reminder.interviewId);
  return (
    <DraftPanel
      key={reminder.id}
      data={{
        reminder,
        application: page.application,
        ...(interview ? { interview } : {}),
        emails: page.emails,
        templates: prefs.value.templates,
        tone: isTone(prefs.value.tone) ? prefs.value.tone : "warm",
        senderName: typeof prefs.value.senderName === "string" ? prefs.value.senderName : "",
        timeZone: userTimeZone(),
      }}
      actions={actionsFor(reminder.id)}
      {...(next ? { next } : {})}
    />
  );
}
