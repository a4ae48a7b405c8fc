import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type DebriefDB, openDb } from "../../../../src/db/schema";
import { getSetting, setSetting } from "../../../../src/db/settings";

// The one browser module, mocked: permissions granted unless the test says otherwise.
const permissions = vi.hoisted(() => ({
  granted: new Set<string>(),
  answer: true,
  request: vi.fn(async ({ origins }: { origins: string[] }) => {
    if (permissions.answer) for (const o of origins) permissions.granted.add(o);
    return permissions.answer;
  }),
  remove: vi.fn(async ({ origins }: { origins: string[] }) => {
    for (const o of origins) permissions.granted.delete(o);
    return true;
  }),
  contains: vi.fn(async ({ origins }: { origins: string[] }) =>
    origins.every((o) => permissions.granted.has(o)),
  ),
}));
vi.mock("../../../../src/shared/browser", () => ({ browser: { permissions } }));

const { browserWebmailAccess } = await import("../../../../src/ui/options/webmail-access");

let db: DebriefDB;
let n = 0;
beforeEach(() => {
  db = openDb(`webmail-${n++}`);
  permissions.granted.clear();
  permissions.answer = true;
  vi.clearAllMocks();
});
afterEach(() => db.close());

describe("browserWebmailAccess", () => {
  it("asks for all of Outlook's origins and records the provider", async () => {
    const access = browserWebmailAccess(db);
    expect(await access.enable("outlook")).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({
      origins: [
        "https://outlook.live.com/*",
        "https://outlook.office.com/*",
        "https://outlook.office365.com/*",
      ],
    });
    expect(await getSetting(db, "webmailProviders")).toEqual(["outlook"]);
    expect(await access.isEnabled("outlook")).toBe(true);
    expect(await access.isEnabled("gmail")).toBe(false);
  });

  it("records nothing when the user refuses", async () => {
    permissions.answer = false;
    const access = browserWebmailAccess(db);
    expect(await access.enable("gmail")).toBe(false);
    expect(await getSetting(db, "webmailProviders")).toEqual([]);
  });

  it("gives the permission back and forgets the provider", async () => {
    const access = browserWebmailAccess(db);
    await access.enable("gmail");
    await access.enable("outlook");
    await access.disable("gmail");
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ["https://mail.google.com/*"] });
    expect(await getSetting(db, "webmailProviders")).toEqual(["outlook"]);
    expect(await access.isEnabled("gmail")).toBe(false);
  });

  it("is off when the setting says on but the permission is gone (a restored backup)", async () => {
    await setSetting(db, "webmailProviders", ["gmail"]);
    expect(await browserWebmailAccess(db).isEnabled("gmail")).toBe(false);
  });
});
