// Popup entry: connects the view to the database and the browser.
import "../src/ui/base.css";
import "../src/ui/debrief/debrief.css";
import "../src/ui/outlook/outlook.css";
import "./popup.css";
import { render } from "preact";
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
// The db files it reads, not the db barrel: applications.ts's writes carry the public-suffix and
// free-mail lists (core/company-domain), which the popup leaves to the worker.
import { listRecent, searchApplications } from "../src/db/application-lists";
import { getDb } from "../src/db/handle";
import { listInterviews } from "../src/db/interviews";
import { listDue } from "../src/db/reminders";
import { browser } from "../src/shared/browser";
import { send } from "../src/shared/messaging";
import { applicationPagePath } from "../src/shared/pages";
import { userTimeZone } from "../src/shared/time-zone";
import { pushTrackedChanges } from "../src/shared/tracked-push";
import { draftFromForm } from "../src/ui/debrief/form-state";
import { watchTheme } from "../src/ui/options/settings/theme";
import { PopupApp } from "../src/ui/popup/PopupApp";
import { writeSnapshot } from "../src/ui/popup/snapshot-write";
import type { DueItem, PopupActions, Suggestion } from "../src/ui/popup/types";
import { useLiveQuery } from "../src/ui/use-live-query";
import { findSuggestion } from "./suggest";

// The popup only reads: its writes are messages, so the worker refreshes the badge and alarms itself.
const db = getDb();

const actions: PopupActions = {
  // Writes go through the worker: it owns saving (company domains, duplicates) and outlook scoring,
  // which keeps their code out of the popup's bundle.
  addApplication: (company, title) => send("application/add", { company, title }),
  saveJob: async (job) => (await send("job/save", { url: job.url, posting: job.posting })).application,
  search: (query) => searchApplications(db, query),
  interviewsOf: (applicationId) => listInterviews(db, applicationId),
  async saveDebrief(app, form, interviewId) {
    const draft = draftFromForm(form, app.id, interviewId);
    const { interview, outlook, plan } = await send("interview/save", { draft, timeZone: userTimeZone() });
    return { interview, outlook, plan };
  },
  markDone: async (id) => void (await send("reminders/done", { id })),
  snooze: async (id) => void (await send("reminders/snooze", { id })),
  applicationHref: (id, draftFor) => browser.runtime.getURL(applicationPagePath(id, draftFor)),
  now: () => Date.now(),
};

/** Due reminders with their applications, read in one transaction so both update together. */
const readDue = () =>
  db.transaction("r", db.reminders, db.applications, async (): Promise<DueItem[]> => {
    const reminders = await listDue(db, Date.now(), 10);
    const apps = await db.applications.bulkGet(reminders.map((r) => r.applicationId));
    return reminders.map((reminder, i) => ({ reminder, app: apps[i] }));
  });

function Popup() {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  useEffect(() => {
    findSuggestion(Date.now()).then(setSuggestion, () => setSuggestion(null));
  }, []);
  const recent = useLiveQuery(() => listRecent(db, 6), []);
  // The live view takes over from first-paint.js's snapshot in one frame, once the list is read.
  useLayoutEffect(() => {
    if (recent.status === "loading") return;
    document.getElementById("snapshot")?.remove();
    document.getElementById("root")?.removeAttribute("hidden");
    if (recent.status === "ready") writeSnapshot(localStorage, recent.value);
  }, [recent]);
  const due = useLiveQuery(readDue, []);
  return <PopupApp data={{ suggestion, recent, due }} actions={actions} />;
}

watchTheme(getDb());
// Open webmail readers hear of application changes made here.
pushTrackedChanges();
render(<Popup />, document.getElementById("root")!);
