// Debriefs logged from the job-board panel. The popup writes its own (it opens the database); a content
// script cannot, so it sends the form's draft here and shows the outlook and plan it gets back.
import { getDb, saveInterview } from "../../db";
import type { Arg, Reply } from "../../shared/protocol";
import { userTimeZone } from "../../shared/time-zone";
import { loadOutlookOptions } from "../../ui/outlook/outlook-context";
import type { Routes } from "../listen";
import { refreshReminders } from "../reminders";
import { trackedJob } from "./job";

async function saveDebrief({ draft, timeZone }: Arg<"interview/save">): Promise<Reply<"interview/save">> {
  const db = getDb();
  const zone = timeZone || userTimeZone();
  // Scored with the personal model when it beats the general one on this user's history.
  const outlook = await loadOutlookOptions(db, { timeZone: zone });
  const result = await saveInterview(db, draft, { timeZone: zone, outlook });
  const { interview, plan } = result;
  // The badge and notifications follow the new reminders; their failure must not fail the save.
  await refreshReminders().catch((error: unknown) => console.warn("Debrief: reminders not refreshed", error));
  const app = await db.applications.get(interview.applicationId);
  if (!app) throw new Error("That application no longer exists.");
  return { interviewId: interview.id, outlook: result.outlook, plan, job: await trackedJob(db, app) };
}

export const interviewHandlers: Pick<Routes, "interview/save"> = {
  "interview/save": { from: "tab", run: saveDebrief },
};
