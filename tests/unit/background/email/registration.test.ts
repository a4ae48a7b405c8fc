// Reader registration follows the grant, through the small RegistrationApi (no fake of all of chrome).
import { describe, expect, it, vi } from "vitest";

vi.mock("../../../../src/shared/browser", () => ({ browser: {} }));
const { readerScript, syncReader, syncReaders } = await import(
  "../../../../src/background/email/registration"
);

import type { ReaderScript, RegistrationApi } from "../../../../src/background/email/registration";

function fakeApi(granted: string[]) {
  const scripts = new Map<string, ReaderScript>();
  const api: RegistrationApi = {
    granted: async (origins) => origins.every((o) => granted.includes(o)),
    registeredIds: async () => [...scripts.keys()],
    register: vi.fn(async (s: ReaderScript) => {
      if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.set(s.id, s);
    }),
    unregister: vi.fn(async (id: string) => {
      scripts.delete(id);
    }),
    injectIntoOpenTabs: vi.fn(async () => {}),
  };
  return { api, scripts, granted };
}

describe("reader registration", () => {
  it("registers the reader of a granted provider only, for its origins, persistently", async () => {
    const { api, scripts } = fakeApi(["https://mail.google.com/*"]);
    expect(await syncReaders(api)).toEqual(["gmail"]);
    expect([...scripts.values()]).toEqual([
      {
        id: "debrief-webmail-gmail",
        matches: ["https://mail.google.com/*"],
        js: ["content/webmail.js"],
        runAt: "document_idle",
        persistAcrossSessions: true,
      },
    ]);
    expect(readerScript("outlook").matches).toEqual([
      "https://outlook.live.com/*",
      "https://outlook.office.com/*",
      "https://outlook.office365.com/*",
    ]);
  });

  it("unregisters when the grant is removed, and does nothing twice", async () => {
    const { api, scripts, granted } = fakeApi(["https://mail.google.com/*"]);
    await syncReaders(api);
    await syncReaders(api);
    expect(api.register).toHaveBeenCalledTimes(1);
    // Open mailbox tabs get the reader at once, once.
    expect(api.injectIntoOpenTabs).toHaveBeenCalledTimes(1);
    expect(api.injectIntoOpenTabs).toHaveBeenCalledWith(["https://mail.google.com/*"], "content/webmail.js");
    granted.length = 0;
    expect(await syncReader("gmail", api)).toBe(false);
    expect(scripts.size).toBe(0);
  });

  it("tolerates two syncs racing", async () => {
    const { api, scripts } = fakeApi(["https://mail.google.com/*"]);
    await Promise.all([syncReader("gmail", api), syncReader("gmail", api)]);
    expect(scripts.size).toBe(1);
  });
});
