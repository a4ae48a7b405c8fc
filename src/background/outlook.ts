// The model and base rates every outlook is scored with, and the debrief save that scores with them.
// The worker is their one home: the popup and the job-board panel send "interview/save", the
// application page asks "outlook/options". Calibration runs on the finished history when it has changed
// since last time, and its result is kept in settings, so opening an outlook stays cheap.
import type { OutlookOptions } from "../core/signals";
import { calibrate, computeOutlook, type Outlook, toSnapshot } from "../core/signals";
import { calibrationCases, historyKey, summarize } from "../core/stats";
import type { InterviewDraft } from "../core/types";
import type { DebriefDB, InterviewResult, ScoreInterview } from "../db";
import { loadFinishedHistory } from "../db/history";
import { saveInterview } from "../db/interviews";
import { getSetting, type OutlookModelCache, setSetting } from "../db/settings";

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

/** Scores an interview with `options` (default: the general model) in the user's time zone. */
export function scoreOutlook(timeZone: string, options?: OutlookOptions): ScoreInterview<Outlook> {
  return (interview, events, now) => {
    const outlook = computeOutlook({ interview, events, now, timeZone }, options);
    return { outlook, snapshot: toSnapshot(outlook) };
  };
}

/** Saves a debrief with its outlook scored by `outlook` (see loadOutlookOptions). */
export function saveScoredInterview(
  db: DebriefDB,
  draft: InterviewDraft,
  { timeZone, now, outlook }: { timeZone: string; now?: number; outlook?: OutlookOptions },
): Promise<InterviewResult<Outlook>> {
  return saveInterview(db, draft, { timeZone, now, score: scoreOutlook(timeZone, outlook) });
}
