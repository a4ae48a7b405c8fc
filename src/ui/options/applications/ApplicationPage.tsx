// One application: what to do next, the outlook across rounds and the whole timeline on the left;
// status and editable details on the right. Takes {data, actions}.
import type { ComponentChild } from "preact";
import { useMemo, useState } from "preact/hooks";
import { planFollowUp } from "../../../core/followup";
import { STATUS_LABEL } from "../../../core/labels";
import type { OutlookOptions } from "../../../core/signals";
import { groupTimeline } from "../../../core/timeline";
import type { ApplicationStatus, EventPayload, Reminder, TimelineEvent } from "../../../core/types";
import type { ApplicationPageData } from "../../../db/application-page";
import type { ApplicationChanges } from "../../../db/applications";
import { viewHash } from "../../../shared/pages";
import { applicationLabel } from "../../ApplicationLink";
import { errorText, useUndoToast } from "../../undo";
import { AddEntry } from "../timeline/AddEntry";
import { describeEvent, type EventContext, roundsOf } from "../timeline/describe";
import { NextAction } from "../timeline/NextAction";
import { OutlookRounds } from "../timeline/OutlookRounds";
import { Timeline } from "../timeline/Timeline";
import { DetailsForm } from "./DetailsForm";
import { boardLabel, formatDate } from "./format";
import { StatusPanel } from "./StatusPanel";

export interface ApplicationPageActions {
  update(changes: ApplicationChanges): Promise<void>;
  /** Returns an undo, or null when the status was already that. */
  setStatus(status: ApplicationStatus): Promise<(() => Promise<void>) | null>;
  addEntry(payload: EventPayload, at: number): Promise<void>;
  /** Deletes the event; returns an undo that puts it back. */
  deleteEvent(event: TimelineEvent): Promise<() => Promise<void>>;
  setArchived(archived: boolean): Promise<void>;
  markReminderDone(reminder: Reminder): Promise<void>;
}

export interface ApplicationPageProps {
  data: ApplicationPageData;
  actions: ApplicationPageActions;
  now?: number;
  timeZone?: string;
  /** The note being written for one of the reminders (#/application/<id>/draft/<reminder>), shown first. */
  draft?: ComponentChild;
  /** The model and base rates outlooks use (loaded by the view); the general model until then. */
  outlook?: OutlookOptions | undefined;
}

export function ApplicationPage({
  data,
  actions,
  now = Date.now(),
  timeZone,
  draft,
  outlook,
}: ApplicationPageProps) {
  const { application: app, events, interviews, emails, reminders } = data;
  const tz = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [newestFirst, setNewestFirst] = useState(false);
  const undo = useUndoToast();
  const ctx = useMemo<EventContext>(
    () => ({
      interviews: new Map(interviews.map((i) => [i.id, i])),
      emails: new Map(emails.map((m) => [m.id, m])),
      reminders: new Map(reminders.map((r) => [r.id, r])),
      rounds: roundsOf(interviews),
    }),
    [interviews, emails, reminders],
  );
  const days = useMemo(
    () => groupTimeline(events, tz, newestFirst ? "newest-first" : "oldest-first"),
    [events, tz, newestFirst],
  );
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      undo.fail(`Could not ${what}: ${errorText(error)}`);
    }
  };
  const label = applicationLabel(app) || "Untitled application";
  // The latest interview's plan: after the last follow-up it says when silence means "gone quiet".
  const plan = useMemo(() => {
    const latest = [...interviews].sort((a, b) => b.at - a.at)[0];
    return latest
      ? planFollowUp(latest, {
          timeZone: tz,
          events,
          now,
          ...(data.reminderTiming ? { rules: data.reminderTiming } : {}),
        })
      : null;
  }, [interviews, events, now, tz, data.reminderTiming]);

  return (
    <article class="application-page" aria-labelledby="app-heading">
      <p>
        <a href={viewHash("applications")}>← All applications</a>
      </p>
      <header class="application-header">
        <div>
          <h2 id="app-heading">{app.title || "(no role)"}</h2>
          <p class="muted">
            {app.company || "(no company)"} · {STATUS_LABEL[app.status]} · saved {formatDate(app.createdAt)}
            {app.board ? ` from ${boardLabel(app.board)}` : ""}
            {app.archived ? " · archived" : ""}
          </p>
        </div>
        <button
          type="button"
          onClick={() =>
            attempt(app.archived ? "restore" : "archive", async () => {
              const archiving = !app.archived;
              await actions.setArchived(archiving);
              undo.show(`${archiving ? "Archived" : "Restored"} ${label}.`, () =>
                actions.setArchived(!archiving),
              );
            })
          }
        >
          {app.archived ? "Restore from archive" : "Archive"}
        </button>
      </header>
      <div class="application-grid">
        <div class="application-main">
          {draft}
          <NextAction
            applicationId={app.id}
            status={app.status}
            plan={plan}
            reminders={reminders}
            now={now}
            onDone={(r) => attempt("mark it done", () => actions.markReminderDone(r))}
          />
          <OutlookRounds
            interviews={interviews}
            events={events}
            rounds={ctx.rounds}
            now={now}
            timeZone={tz}
            outlook={outlook}
          />
          <section aria-labelledby="timeline-heading">
            <div class="timeline-head">
              <h3 id="timeline-heading">Timeline</h3>
              <button type="button" aria-pressed={newestFirst} onClick={() => setNewestFirst(!newestFirst)}>
                Newest first
              </button>
            </div>
            <Timeline
              days={days}
              ctx={ctx}
              onDelete={(event) =>
                attempt("delete it", async () => {
                  const restore = await actions.deleteEvent(event);
                  undo.show(`Deleted “${describeEvent(event, ctx).title}”.`, restore);
                })
              }
            />
          </section>
          <AddEntry onAdd={actions.addEntry} />
        </div>
        <aside class="application-side" aria-label="Status and details">
          <StatusPanel
            status={app.status}
            events={events}
            now={now}
            onChange={(to) =>
              attempt("change the status", async () => {
                const revert = await actions.setStatus(to);
                if (revert) undo.show(`Status set to ${STATUS_LABEL[to]}.`, revert);
              })
            }
          />
          <DetailsForm key={app.id} app={app} onSave={actions.update} />
        </aside>
      </div>
      {undo.element}
    </article>
  );
}
