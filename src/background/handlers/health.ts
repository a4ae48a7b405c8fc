// Problem reports from the webmail readers and the job-board panel: about the sender's own page only.
import { getDb } from "../../db";
import { recordProblem } from "../health/record";
import type { Routes } from "../listen";

export const healthHandlers: Pick<Routes, "health/report"> = {
  "health/report": {
    from: "tab",
    // A reader speaks only for its own provider's pages; the panel for the site it is on.
    own: ({ surface }, tab) => surface === "jobboard" || surface === tab.provider,
    run: async ({ surface }, caller) => {
      if (caller.kind !== "tab") throw new Error("A problem can only be reported from a web page.");
      await recordProblem(getDb(), surface, caller.host, Date.now());
      return { recorded: true };
    },
  },
};
