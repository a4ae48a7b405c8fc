// Debriefs logged from the job-board panel and the popup: a content script cannot open the database,
// and the popup leaves outlook scoring to the worker (background/outlook.ts), so both send the form's
// draft here and show the outlook and plan they get back. The application page asks for the model.
import { getDb } from "../../db";
import type { Arg, Reply } from "../../shared/protocol";
import { userTimeZone } from "../../shared/time-zone";
import type { Routes } from "../listen";
import { loadOutlookOptions, saveScoredInterview } from "../outlook";
import { refreshReminders } from "../reminders";
import { trackedJob } from "./job";
import { isOwnDebrief } from "./own-application";

async function saveDebrief({ draft, timeZone }: Arg<"interview/save">): Promise<Reply<"interview/save">> {
  const db = getDb();
  const zone = timeZone || userTimeZone();
  // Scored with the personal model when it beats the general one on this user's history.
  const outlook = await loadOutlookOptions(db, { timeZone: zone });
  const {
    interview,
    plan,
    outlook: scored,
  } = await saveScoredInterview(db, draft, { timeZone: zone, outlook });
  // The badge and notifications follow the new reminders; their failure must not fail the save.
  await refreshReminders().catch((error: unknown) => console.warn("Debrief: reminders not refreshed", error));
  const app = await db.applications.get(interview.applicationId);
  if (!app) throw new Error("That application no longer exists.");
  return { interview, outlook: scored, plan, job: await trackedJob(db, app) };
}

export const interviewHandlers: Pick<Routes, "interview/save" | "outlook/options"> = {
  // From a content script: its own site's application only, and only that application's interviews.
  "interview/save": { from: "tab", own: ({ draft }, tab) => isOwnDebrief(draft, tab), run: saveDebrief },
  "outlook/options": {
    from: "extension",
    run: () => loadOutlookOptions(getDb(), { timeZone: userTimeZone() }),
  },
};
