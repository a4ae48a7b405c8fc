// The model and base rates every outlook is scored with, loaded where outlooks are computed (popup,
// background for the panel, application page). Calibration runs on the finished history when it has
// changed since last time, and its result is kept in settings, so opening an outlook stays cheap.
import type { OutlookOptions } from "../../core/signals";
import { calibrate } from "../../core/signals";
import { calibrationCases, historyKey, summarize } from "../../core/stats";
import type { DebriefDB } from "../../db";
import { loadFinishedHistory } from "../../db/history";
import { getSetting, type OutlookModelCache, setSetting } from "../../db/settings";

export async function loadOutlookOptions(
  db: DebriefDB,
  { now = Date.now(), timeZone }: { now?: number; timeZone: string },
): Promise<OutlookOptions> {
  const [history, baseRates, cached] = await Promise.all([
    loadFinishedHistory(db),
    getSetting(db, "baseRates"),
    getSetting(db, "outlookModel"),
  ]);
  const cases = calibrationCases({ ...history, now, timeZone });
  const key = historyKey(cases, baseRates);
  let entry: OutlookModelCache | null = cached?.key === key ? cached : null;
  if (!entry) {
    const c = calibrate(cases, { baseRates });
    entry = { key, history: summarize(c), model: c.usePersonal ? c.model : null };
    // A failed cache write only costs a refit next time; the outlook itself must not fail for it.
    await setSetting(db, "outlookModel", entry).catch((error: unknown) =>
      console.warn("Debrief: outlook model not cached", error),
    );
  }
  return { baseRates, history: entry.history, ...(entry.model ? { model: entry.model } : {}) };
}
