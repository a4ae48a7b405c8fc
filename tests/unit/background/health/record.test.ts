// Problem reports: one row per surface and site (count, first and last seen), at most 20 rows. Who may
// report what is the gate's (protocol-gate.test.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordProblem } from "../../../../src/background/health/record";
import { type DebriefDB, openDb } from "../../../../src/db/schema";
import { getSetting } from "../../../../src/db/settings";

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`health-${n++}`);
});
afterEach(() => db.close());

describe("health reports", () => {
  it("keeps one row per surface and site, counting page loads", async () => {
    await recordProblem(db, "gmail", "mail.google.com", 1000);
    await recordProblem(db, "gmail", "mail.google.com", 5000);
    await recordProblem(db, "jobboard", "boards.greenhouse.io", 3000);
    expect(await getSetting(db, "healthProblems")).toEqual([
      { surface: "gmail", host: "mail.google.com", firstAt: 1000, lastAt: 5000, count: 2 },
      { surface: "jobboard", host: "boards.greenhouse.io", firstAt: 3000, lastAt: 3000, count: 1 },
    ]);
  });

  it("keeps the 20 most recent sites", async () => {
    for (let i = 0; i < 25; i++) await recordProblem(db, "jobboard", `site${i}.example`, i);
    const rows = await getSetting(db, "healthProblems");
    expect(rows).toHaveLength(20);
    expect(rows[0]?.host).toBe("site24.example");
  });
});
