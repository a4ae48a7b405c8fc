// Debriefs logged from the job-board panel. The popup writes its own (it opens the database); a content
// script cannot, so it sends the form's draft here and shows the outlook and plan it gets back.
import { getDb, saveInterview } from "../../db";
import type { Arg, Reply } from "../../shared/protocol";
import { userTimeZone } from "../../shared/time-zone";
import type { Routes } from "../listen";
import { refreshReminders } from "../reminders";
import { trackedJob } from "./job";

async function saveDebrief({ draft, timeZone }: Arg<"interview/save">): Promise<Reply<"interview/save">> {
  const db = getDb();
  const { interview, outlook, plan } = await saveInterview(db, draft, {
    timeZone: timeZone || userTimeZone(),
  });
  // The badge and notifications follow the new reminders; their failure must not fail the save.
  await refreshReminders().catch((error: unknown) => console.warn("Debrief: reminders not refreshed", error));
  const app = await db.applications.get(interview.applicationId);
  if (!app) throw new Error("That application no longer exists.");
  return { interviewId: interview.id, outlook, plan, job: await trackedJob(db, app) };
}

export const interviewHandlers: Pick<Routes, "interview/save"> = {
  "interview/save": { from: "tab", run: saveDebrief },
};
