// Writes to applications, in whatever context, push one "webmail/refresh" per burst to open readers;
// writes to other tables push nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApplication } from "../../../src/db/applications";
import { type DebriefDB, openDb } from "../../../src/db/schema";
import { pushTrackedChanges, touchesApplications } from "../../../src/shared/tracked-push";

vi.mock("../../../src/shared/browser", () => ({ browser: {} }));

let db: DebriefDB | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
});

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 50 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe("pushTrackedChanges", () => {
  it("pushes at once on an application write, once more after a burst, never for other tables", async () => {
    db = openDb("debrief"); // the product's database name: the listener filters on it
    await db.open(); // creating the database tells every table changed: that is not what is tested
    await new Promise((r) => setTimeout(r, 50));
    const push = vi.fn(async () => 1);
    const stop = pushTrackedChanges(push);
    await db.settings.put({ key: "theme", value: "dark" });
    await new Promise((r) => setTimeout(r, 300));
    expect(push).not.toHaveBeenCalled();

    await createApplication(db, { company: "Fabrikam", title: "Platform Engineer" });
    await until(() => push.mock.calls.length >= 1);
    expect(push).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      await createApplication(db, { company: `Contoso ${i}`, title: "Analyst" });
    }
    await new Promise((r) => setTimeout(r, 700));
    expect(push).toHaveBeenCalledTimes(2); // the burst: one more, not five
    stop();
  });

  it("reads Dexie's mutation keys", () => {
    expect(touchesApplications({ "idb://debrief/applications/": {} })).toBe(true);
    expect(touchesApplications({ all: {} })).toBe(true);
    expect(touchesApplications({ "idb://debrief/emails/": {} })).toBe(false);
    expect(touchesApplications({ "idb://other/applications/": {} })).toBe(false);
  });
});
