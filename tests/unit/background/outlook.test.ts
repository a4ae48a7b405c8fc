// The model every new or re-opened outlook uses, loaded from the database: a written version-1 backup
// of 12 finished interviews (tests/fixtures/outlook) in which "Pitched the company to you" always
// preceded a rejection.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadOutlookOptions, saveScoredInterview } from "../../../src/background/outlook";
import { createApplication, getSetting, setSetting } from "../../../src/db";
import { setStatus } from "../../../src/db/application-page";
import { parseBackup, restoreBackup } from "../../../src/db/backup";
import { type DebriefDB, openDb } from "../../../src/db/schema";

const HISTORY = readFileSync("tests/fixtures/outlook/history-12.backup.json", "utf8");
const timeZone = "UTC";
const NOW = Date.UTC(2025, 5, 2, 14, 0);
let db: DebriefDB;
let n = 0;

beforeEach(() => {
  db = openDb(`outlook-context-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

async function debriefPitched() {
  const app = await createApplication(
    db,
    { company: "New Co", title: "Role" },
    { applied: true, now: NOW - 86_400_000 },
  );
  const outlook = await loadOutlookOptions(db, { now: NOW, timeZone });
  return saveScoredInterview(
    db,
    { applicationId: app.id, at: NOW, kind: "video", interviewers: [], signals: { "pitched-company": true } },
    { timeZone, now: NOW, outlook },
  );
}

describe("loadOutlookOptions", () => {
  it("uses the general model on an empty history and says why", async () => {
    const opts = await loadOutlookOptions(db, { now: NOW, timeZone });
    expect(opts.model).toBeUndefined();
    expect(opts.history).toMatchObject({ cases: 0, eligible: false, usePersonal: false });
  });

  it("adopts the personal model after importing the history, and the outlook drops", async () => {
    const empty = (await debriefPitched()).outlook;
    await restoreBackup(db, parseBackup(HISTORY));
    const withHistory = (await debriefPitched()).outlook;
    expect(empty.model).toBe("default");
    expect(withHistory.model).toBe("personal");
    expect(withHistory.probability).toBeLessThan(empty.probability);
    expect(withHistory.range.high).toBeLessThan(empty.range.high);
    expect(withHistory.modelInfo.text).toMatch(
      /^Using your history: 12 interviews, Brier 0\.\d\d vs 0\.\d\d for the general model\.$/,
    );
    // The stored snapshot says which model scored it.
    const saved = (await db.interviews.toArray()).filter((i) => !i.applicationId.startsWith("h"));
    expect(saved.map((i) => i.outlook?.model)).toEqual(["personal"]);
  });

  it("keeps the fit in settings until the finished history changes", async () => {
    await restoreBackup(db, parseBackup(HISTORY));
    await loadOutlookOptions(db, { now: NOW, timeZone });
    const first = await getSetting(db, "outlookModel");
    expect(first?.history.usePersonal).toBe(true);
    await loadOutlookOptions(db, { now: NOW, timeZone });
    expect((await getSetting(db, "outlookModel"))?.key).toBe(first?.key);
    // An outcome changes (h12 was an offer after all): the fit is redone.
    await setStatus(db, "h12", "offer", Date.UTC(2025, 4, 1));
    const opts = await loadOutlookOptions(db, { now: NOW, timeZone });
    expect((await getSetting(db, "outlookModel"))?.key).not.toBe(first?.key);
    expect(opts.history?.cases).toBe(12);
  });

  it("refits when the user changes the base rates", async () => {
    await restoreBackup(db, parseBackup(HISTORY));
    await loadOutlookOptions(db, { now: NOW, timeZone });
    const before = (await getSetting(db, "outlookModel"))?.key;
    await setSetting(db, "baseRates", { unspecified: 0.4 });
    const opts = await loadOutlookOptions(db, { now: NOW, timeZone });
    expect(opts.baseRates).toEqual({ unspecified: 0.4 });
    expect((await getSetting(db, "outlookModel"))?.key).not.toBe(before);
  });
});
