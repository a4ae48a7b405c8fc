// Corrections are remembered per sender, but never for shared senders that speak for many employers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../../../src/shared/browser", () => ({ browser: {} }));
const { getOverrides, setOverride } = await import("../../../../src/background/email/store");
const { openDb } = await import("../../../../src/db/schema");

let db: ReturnType<typeof openDb>;
let n = 0;
beforeEach(() => {
  db = openDb(`overrides-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe("sender overrides", () => {
  it.each([
    ["Jo.Recruiter@Contoso.com", true],
    ["jo.recruiter.hires@gmail.com", true], // one person on free mail
    ["no-reply@greenhouse.io", false],
    ["notifications@us.greenhouse-mail.io", false],
    ["jobs-noreply@linkedin.com", false],
    ["noreply@hackerrank.com", false],
  ])("%s is remembered: %s", async (address, kept) => {
    await setOverride(db, address, { category: "rejected", applicationId: "a1" });
    const stored = await getOverrides(db);
    expect(Object.keys(stored)).toEqual(kept ? [address.toLowerCase()] : []);
  });
});
