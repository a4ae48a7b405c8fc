// Jobs read by the job-board panel: save (deduplicated) and look up.
import { findByPosting, getDb, saveJob } from "../../db";
import type { Handlers } from "../../shared/messaging";

export const jobHandlers: Pick<Handlers, "job/save" | "job/lookup"> = {
  "job/save": ({ url, posting, applied }) => {
    if (!posting.title && !posting.company) throw new Error("This page has no job title or company to save.");
    return saveJob(getDb(), posting, url, { applied: applied === true });
  },
  "job/lookup": async ({ url, posting }) => {
    const lookup: { board?: string; postingId?: string; url?: string } = { url: posting.canonicalUrl ?? url };
    if (posting.board) lookup.board = posting.board;
    if (posting.postingId) lookup.postingId = posting.postingId;
    const app = await findByPosting(getDb(), lookup);
    return app ? { applicationId: app.id, status: app.status, company: app.company, title: app.title } : null;
  },
};
