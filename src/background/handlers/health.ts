// Problem reports from the webmail readers and the job-board panel.
import { getDb } from "../../db";
import type { HealthSurface } from "../../db/settings";
import type { Handlers } from "../../shared/messaging";
import { recordProblem, reportHost } from "../health/record";

export const healthHandlers: Pick<Handlers, "health/report"> = {
  "health/report": async (arg, sender) => {
    const surface = (arg as { surface?: unknown } | undefined)?.surface;
    const host = reportHost(surface, sender.tab ? sender.url : undefined);
    await recordProblem(getDb(), surface as HealthSurface, host, Date.now());
    return { recorded: true };
  },
};
