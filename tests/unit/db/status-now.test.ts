// "Gone quiet" is the one status that time alone brings: 21 days after the user's last follow-up with
// no reply. Every read (lists, filters, board, the popup, stats) must give the status as of now, not as
// of the last write, and agree with the status panel, which derives it from the timeline.

import { Dexie } from "dexie";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { saveScoredInterview } from "../../../src/background/outlook";
import { deriveStatus } from "../../../src/core/timeline";
import { createApplication, listEvents, listRecent, markReminderDone } from "../../../src/db";
import { BACKUP_FORMAT, parseBackup, restoreBackup } from "../../../src/db/backup";
import { DEFAULT_QUERY, filterRows, loadApplicationRows } from "../../../src/db/queries";
import { type DebriefDB, openDb } from "../../../src/db/schema";
import { refreshDueStatuses } from "../../../src/db/status";
import { SCHEMA_V1 } from "../../../src/db/versions";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 9, 1, 9);
const TZ = "Europe/London";

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
  db = openDb(`status-now-${n++}`);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

/** An application interviewed on day 1 whose follow-up the user sent on day 12. */
async function followedUp() {
  const app = await createApplication(
    db,
    { company: "Northwind Robotics", title: "Engineer" },
    { applied: true },
  );
  const { interview } = await saveScoredInterview(
    db,
    { applicationId: app.id, at: T0 + DAY, kind: "video", interviewers: [], signals: {}, plannedMinutes: 45 },
    { timeZone: TZ, now: T0 + DAY + 3_600_000 },
  );
  vi.setSystemTime(T0 + 12 * DAY);
  await markReminderDone(db, `${interview.id}:follow-up`);
  return app;
}

const seenEverywhere = async (id: string) => {
  const rows = await loadApplicationRows(db);
  return {
    stored: (await db.applications.get(id))?.status,
    row: rows.find((r) => r.id === id)?.status,
    recent: (await listRecent(db, 6)).find((a) => a.id === id)?.status,
    filteredGhosted: filterRows(rows, { ...DEFAULT_QUERY, statuses: ["ghosted"] }).map((r) => r.id),
    panel: deriveStatus(await listEvents(db, id), Date.now()),
  };
};

describe("status as of now", () => {
  it("a follow-up sent 21 days ago with no reply reads as gone quiet everywhere, with no write since", async () => {
    const app = await followedUp();
    vi.setSystemTime(T0 + 32 * DAY); // 20 days after the follow-up: still waiting
    expect(await seenEverywhere(app.id)).toEqual({
      stored: "interviewing",
      row: "interviewing",
      recent: "interviewing",
      filteredGhosted: [],
      panel: "interviewing",
    });
    vi.setSystemTime(T0 + 34 * DAY); // 22 days after it
    expect(await seenEverywhere(app.id)).toEqual({
      stored: "ghosted",
      row: "ghosted",
      recent: "ghosted",
      filteredGhosted: [app.id],
      panel: "ghosted",
    });
  });

  it("re-deriving the due statuses writes them and says when the next one falls due", async () => {
    const app = await followedUp();
    const ghostAt = T0 + 12 * DAY + 21 * DAY;
    expect(await refreshDueStatuses(db, T0 + 20 * DAY)).toEqual({ updated: 0, nextAt: ghostAt });
    expect(await refreshDueStatuses(db, ghostAt)).toEqual({ updated: 1, nextAt: null });
    const raw = await db.applications.where("id").equals(app.id).raw().first();
    expect(raw?.status).toBe("ghosted");
    expect(raw?.statusNext).toBeUndefined();
  });
});

describe("statuses written by version 1", () => {
  // Version 1 cached "interviewing" the day the follow-up was sent, and nothing after.
  const sentAt = T0 + 12 * DAY;
  const app = {
    id: "a1",
    company: "Northwind Robotics",
    title: "Engineer",
    companyDomains: [],
    status: "interviewing",
    source: "manual",
    createdAt: T0,
    updatedAt: sentAt,
    lastActivityAt: sentAt,
    archived: 0,
  };
  const events = [
    { id: "e1", applicationId: "a1", at: T0, kind: "applied" },
    { id: "e2", applicationId: "a1", at: T0 + DAY, kind: "interview", interviewId: "i1" },
    {
      id: "e3",
      applicationId: "a1",
      at: sentAt,
      kind: "followup-done",
      reminderId: "r1",
      reminderKind: "follow-up",
    },
  ];
  const raw = async () => (await db.applications.toCollection().raw().toArray())[0];

  it("an upgraded database knows when each status goes quiet, and one already quiet is stored so", async () => {
    const old = new Dexie(db.name);
    old.version(1).stores(SCHEMA_V1);
    await old.table("applications").add(app);
    await old.table("events").bulkAdd(events);
    old.close();
    vi.setSystemTime(sentAt + 30 * DAY);
    await db.open();
    expect(await raw()).toMatchObject({ status: "ghosted" });
    expect((await raw())?.statusNext).toBeUndefined();
  });

  it("a version 1 backup restores with the same derived statuses", async () => {
    vi.setSystemTime(sentAt + 10 * DAY);
    const file = {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: sentAt,
      tables: { applications: [app], events, interviews: [], emails: [], reminders: [], settings: [] },
    };
    await restoreBackup(db, parseBackup(JSON.stringify(file)));
    expect(await raw()).toMatchObject({
      status: "interviewing",
      statusNext: { at: sentAt + 21 * DAY, status: "ghosted" },
    });
    expect(await refreshDueStatuses(db, Date.now())).toEqual({ updated: 0, nextAt: sentAt + 21 * DAY });
  });
});
