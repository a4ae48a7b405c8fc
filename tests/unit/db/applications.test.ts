import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobPosting } from "../../../src/core/types";
import {
  addEvent,
  archiveApplication,
  createApplication,
  listAll,
  listEvents,
  listRecent,
  saveJob,
  updateApplication,
} from "../../../src/db";
import { type DebriefDB, openDb } from "../../../src/db/schema";

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const posting = (over: Partial<JobPosting> = {}): JobPosting => ({
  board: "greenhouse",
  postingId: "4455667",
  canonicalUrl: "https://boards.greenhouse.io/riverbend/jobs/4455667",
  title: "Registered Nurse",
  company: "Riverbend Health",
  companyDomain: "riverbendhealth.org",
  locations: ["Portland, OR"],
  sources: {},
  ...over,
});

describe("applications", () => {
  it("creates an application with its saved event, trimmed, in one go", async () => {
    const app = await createApplication(
      db,
      { company: "  Contoso  ", title: "Chef\n de partie " },
      { now: 1000 },
    );
    expect(app).toMatchObject({ company: "Contoso", title: "Chef de partie", status: "saved", archived: 0 });
    const events = await listEvents(db, app.id);
    expect(events.map((e) => e.kind)).toEqual(["saved"]);
  });

  it("records applied when asked", async () => {
    const app = await createApplication(db, { company: "Contoso", title: "Teacher" }, { applied: true });
    expect(app.status).toBe("applied");
    expect((await listEvents(db, app.id)).map((e) => e.kind)).toEqual(["saved", "applied"]);
  });

  it("refuses an application with neither company nor role, writing nothing", async () => {
    await expect(createApplication(db, { company: " ", title: "" })).rejects.toThrow(/company or a role/);
    expect(await db.applications.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it("lists recent by activity, newest first, without archived ones", async () => {
    const a = await createApplication(db, { company: "A", title: "x" }, { now: 1000 });
    const b = await createApplication(db, { company: "B", title: "x" }, { now: 2000 });
    const c = await createApplication(db, { company: "C", title: "x" }, { now: 3000 });
    await addEvent(db, a.id, { kind: "note", text: "called back" }, 4000);
    await archiveApplication(db, c.id);
    expect((await listRecent(db, 10)).map((app) => app.company)).toEqual(["A", "B"]);
    expect((await listRecent(db, 1)).map((app) => app.company)).toEqual(["A"]);
    expect((await listAll(db)).map((app) => app.id)).toEqual([a.id, b.id]);
    expect(await listAll(db, { includeArchived: true })).toHaveLength(3);
  });

  it("updates fields and refuses unknown ids", async () => {
    const app = await createApplication(db, { company: "A", title: "x" });
    await updateApplication(db, app.id, { location: "Leeds" });
    expect((await db.applications.get(app.id))?.location).toBe("Leeds");
    await expect(updateApplication(db, "nope", { location: "x" })).rejects.toThrow(/No application/);
  });

  it("an event for a missing application is refused and not stored", async () => {
    await expect(addEvent(db, "missing", { kind: "note", text: "x" })).rejects.toThrow(/No application/);
    expect(await db.events.count()).toBe(0);
  });
});

describe("saveJob", () => {
  it("maps the same posting to one application", async () => {
    const first = await saveJob(
      db,
      posting(),
      "https://boards.greenhouse.io/riverbend/jobs/4455667?gh_src=x",
    );
    const again = await saveJob(
      db,
      posting({ canonicalUrl: "https://elsewhere.example/4455667" }),
      "https://x",
    );
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, application: { id: first.application.id } });
    expect(first.application).toMatchObject({
      source: "jobboard",
      location: "Portland, OR",
      companyDomains: ["riverbendhealth.org"],
      url: "https://boards.greenhouse.io/riverbend/jobs/4455667",
    });
  });

  it("keeps different roles at one company apart", async () => {
    await saveJob(db, posting(), "https://a");
    const other = await saveJob(
      db,
      posting({ postingId: "999", title: "Charge Nurse", canonicalUrl: "https://b" }),
      "https://b",
    );
    expect(other.created).toBe(true);
    expect(await db.applications.count()).toBe(2);
  });

  it("dedups by URL when the board gives no posting id", async () => {
    const p = posting({ board: undefined, postingId: undefined, canonicalUrl: undefined });
    await saveJob(db, p, "https://careers.example/jobs/nurse");
    expect((await saveJob(db, p, "https://careers.example/jobs/nurse")).created).toBe(false);
  });
});
