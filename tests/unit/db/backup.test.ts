import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApplication } from "../../../src/db/applications";
import {
  BackupError,
  backupJson,
  countRows,
  exportBackup,
  parseBackup,
  restoreBackup,
} from "../../../src/db/backup";
import { addEvent } from "../../../src/db/events";
import { type DebriefDB, openDb } from "../../../src/db/schema";
import { setSetting } from "../../../src/db/settings";
import { wipeAll } from "../../../src/db/wipe";

let db: DebriefDB;
let name = 0;
beforeEach(() => {
  db = openDb(`backup-test-${name++}`);
});
afterEach(async () => {
  db.close();
});

async function seed() {
  const a = await createApplication(
    db,
    { company: "Acme", title: "Analyst", url: "https://acme.example/1" },
    { applied: true },
  );
  await createApplication(db, { company: "Café Zoë", title: "Barista", notes: 'emoji 🎉, "quotes"' });
  await addEvent(db, a.id, { kind: "note", text: "called" });
  await db.interviews.add({
    id: "i1",
    applicationId: a.id,
    at: 1,
    kind: "video",
    interviewers: ["Sam"],
    signals: { x: true },
    createdAt: 1,
    updatedAt: 1,
    outlook: { score: null, band: "unclear", reasonsFor: [], reasonsAgainst: [], computedAt: 1 },
  });
  await db.emails.add({
    id: "gmail:1",
    provider: "gmail",
    messageId: "1",
    fromName: "HR",
    fromAddress: "hr@acme.example",
    subject: "Hi",
    receivedAt: 2,
    category: "interview",
    confidence: 0.9,
    evidence: ["invite"],
    snippet: "…",
    applicationId: null,
    userCorrected: false,
  });
  await db.reminders.add({
    id: "r1",
    applicationId: a.id,
    kind: "follow-up",
    title: "Follow up",
    dueAt: 3,
    done: 0,
  });
  await setSetting(db, "theme", "dark");
  await setSetting(db, "panelHiddenSites", ["example.com"]);
}

async function dump() {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

describe("backup", () => {
  it("export, wipe, import gives identical data", async () => {
    await seed();
    const before = await dump();
    const text = backupJson(await exportBackup(db, 1000));
    await wipeAll(db);
    expect(Object.values(await dump()).flat()).toEqual([]);
    const backup = parseBackup(text);
    expect(countRows(backup)).toEqual({
      applications: 2,
      events: 4,
      interviews: 1,
      emails: 1,
      reminders: 1,
      settings: 2,
    });
    await restoreBackup(db, backup);
    expect(await dump()).toEqual(before);
    // And a second round trip is byte-identical.
    expect(backupJson(await exportBackup(db, 1000))).toBe(text);
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["another file", JSON.stringify({ hello: 1 }), /format: not a Debrief backup/],
    [
      "a newer format",
      JSON.stringify({ format: "debrief-backup", version: 99 }),
      /version: made by a newer Debrief/,
    ],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseBackup(text)).toThrow(message);
  });

  it("names the path of each problem", async () => {
    await seed();
    const backup = JSON.parse(backupJson(await exportBackup(db, 1000)));
    backup.tables.applications[1].createdAt = "yesterday";
    delete backup.tables.applications[0].company;
    backup.tables.events[2].kind = "party";
    try {
      parseBackup(JSON.stringify(backup));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BackupError);
      expect((error as BackupError).problems).toEqual([
        "applications[0].company: missing",
        'applications[1].createdAt: expected a number, got "yesterday"',
        expect.stringMatching(/^events\[2\]\.kind: expected one of "saved", .*got "party"$/),
      ]);
    }
  });

  it("reports duplicate ids", async () => {
    await seed();
    const backup = JSON.parse(backupJson(await exportBackup(db, 1000)));
    backup.tables.reminders.push({ ...backup.tables.reminders[0] });
    expect(() => parseBackup(JSON.stringify(backup))).toThrow('reminders[1].id: duplicate id "r1"');
  });

  it("leaves the database untouched when a write fails midway", async () => {
    await seed();
    const before = await dump();
    const backup = parseBackup(backupJson(await exportBackup(db, 1000)));
    // Valid for the schema, but IndexedDB cannot store a function: the transaction aborts.
    (backup.tables.settings[0] as Record<string, unknown>).value = () => 1;
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });
});
