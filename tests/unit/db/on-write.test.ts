// Pages announce their writes to the background (ui/announce-writes.ts): the hook under it hears
// every committed write of its own context, once per transaction, and nothing else.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApplication, getSetting, setSetting } from "../../../src/db";
import { onLocalWrite } from "../../../src/db/on-write";
import { type DebriefDB, openDb } from "../../../src/db/schema";
import { wipeAll } from "../../../src/db/wipe";
import { announceWrites } from "../../../src/ui/announce-writes";

vi.mock("../../../src/shared/browser", () => ({ browser: {} }));

let db: DebriefDB;
let other: DebriefDB;
let n = 0;
beforeEach(() => {
  const name = `on-write-${n++}`;
  db = openDb(name);
  other = openDb(name); // another context on the same database
});
afterEach(async () => {
  other.close();
  await db.delete();
});

describe("local writes", () => {
  it("are heard once per committed transaction, with the tables written; reads and others' writes are not", async () => {
    const heard: string[][] = [];
    onLocalWrite(db, (tables) => heard.push(tables.sort()));
    await createApplication(db, { company: "Acme", title: "Analyst" });
    await getSetting(db, "theme");
    await setSetting(other, "theme", "dark");
    await wipeAll(db);
    await expect(
      db.transaction("rw", db.settings, async () => {
        await db.settings.put({ key: "theme", value: "light" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(heard).toEqual([
      ["applications", "events"],
      ["applications", "emails", "events", "interviews", "reminders", "settings"],
    ]);
  });

  it("reach the background as one message at a time, with one more for writes made meanwhile", async () => {
    let release: () => void = () => {};
    const notify = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    announceWrites(db, notify);
    await setSetting(db, "theme", "dark");
    await setSetting(db, "theme", "light");
    await setSetting(db, "theme", "system");
    expect(notify).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(2));
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(notify).toHaveBeenCalledTimes(2);
  });
});
