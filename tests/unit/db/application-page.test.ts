import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addEvent, createApplication } from "../../../src/db";
import {
  addManualEvent,
  addNote,
  deleteEvent,
  loadApplicationPage,
  restoreEvent,
  setStatus,
} from "../../../src/db/application-page";
import { type DebriefDB, openDb } from "../../../src/db/schema";
import { refreshStatus } from "../../../src/db/status";

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`page-${n++}`);
});
afterEach(() => db.delete());

const T = Date.UTC(2026, 2, 2, 10);

async function applied() {
  return createApplication(db, { company: "Contoso", title: "Baker" }, { applied: true, now: T });
}

describe("application page writes", () => {
  it("loads the application with its events, interviews, emails and reminders in one read", async () => {
    const app = await applied();
    await db.interviews.add({
      id: "i1",
      applicationId: app.id,
      at: T,
      kind: "phone",
      interviewers: [],
      signals: {},
      createdAt: T,
      updatedAt: T,
    });
    await db.reminders.add({
      id: "r1",
      applicationId: app.id,
      kind: "thank-you",
      title: "Thank",
      dueAt: T,
      done: 0,
    });
    const page = await loadApplicationPage(db, app.id);
    expect(page?.events.map((e) => e.kind)).toEqual(["saved", "applied"]);
    expect(page?.interviews.map((i) => i.id)).toEqual(["i1"]);
    expect(page?.reminders.map((r) => r.id)).toEqual(["r1"]);
    expect(page?.emails).toEqual([]);
    expect(await loadApplicationPage(db, "nope")).toBeNull();
  });

  it("sets the status by hand with a status event, and does nothing when it is already that", async () => {
    const app = await applied();
    const event = await setStatus(db, app.id, "interviewing", T + 1000);
    expect(event).toMatchObject({ kind: "status", from: "applied", to: "interviewing" });
    const row = await db.applications.get(app.id);
    expect(row?.status).toBe("interviewing");
    expect(row?.lastActivityAt).toBe(T + 1000);
    expect(await setStatus(db, app.id, "interviewing", T + 2000)).toBeNull();
    await expect(setStatus(db, "nope", "offer")).rejects.toThrow("no longer exists");
  });

  it("recomputes the status when an event is deleted, and the undo restores it", async () => {
    const app = await applied();
    const offer = await addManualEvent(db, app.id, { kind: "offer" }, T + 5000);
    expect((await db.applications.get(app.id))?.status).toBe("offer");
    const removed = await deleteEvent(db, offer.id);
    expect((await db.applications.get(app.id))?.status).toBe("applied");
    await restoreEvent(db, removed);
    expect((await db.applications.get(app.id))?.status).toBe("offer");
    expect((await db.events.get(offer.id))?.at).toBe(T + 5000);
    await expect(deleteEvent(db, "nope")).rejects.toThrow("already deleted");
  });

  it("adds trimmed notes, refuses empty ones, and keeps the status as it was", async () => {
    const app = await applied();
    const note = await addNote(db, app.id, "  Called Dana  ", T + 60_000);
    expect(note).toMatchObject({ kind: "note", text: "Called Dana", at: T + 60_000 });
    expect((await db.applications.get(app.id))?.status).toBe("applied");
    await expect(addNote(db, app.id, "   ")).rejects.toThrow("Write something first.");
  });

  it("caches what the events say, including events written elsewhere", async () => {
    const app = await applied();
    await addEvent(db, app.id, { kind: "email", emailId: "m1", category: "interview" }, T + 10);
    expect(await refreshStatus(db, app.id, T + 20, { activityFromEvents: true })).toBe("interviewing");
    expect((await db.applications.get(app.id))?.status).toBe("interviewing");
  });
});
