// Statistics: read every table the figures need in one transaction (one consistent snapshot that
// updates live), compute in core/stats, render.
import { useMemo } from "preact/hooks";
import { computeStatistics } from "../../src/core/stats";
import { getDb } from "../../src/db";
import { getSetting } from "../../src/db/settings";
import { StatisticsPage } from "../../src/ui/options/stats/StatisticsPage";
import { useLiveQuery } from "../../src/ui/use-live-query";

export function StatisticsView() {
  const db = getDb();
  const state = useLiveQuery(
    () =>
      db.transaction("r", [db.applications, db.events, db.interviews, db.emails, db.settings], async () => ({
        baseRates: await getSetting(db, "baseRates"),
        applications: await db.applications.toArray(),
        events: await db.events.toArray(),
        interviews: await db.interviews.toArray(),
        emails: await db.emails.where("applicationId").notEqual("").toArray(),
      })),
    [],
  );
  const stats = useMemo(
    () =>
      state.status === "ready"
        ? computeStatistics({
            ...state.value,
            now: Date.now(),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          })
        : null,
    [state],
  );
  if (state.status === "error") {
    return (
      <p class="error" role="alert">
        Could not read your data: {state.error.message}
      </p>
    );
  }
  if (!stats) return <p class="muted">Loading…</p>;
  return <StatisticsPage data={stats} />;
}
