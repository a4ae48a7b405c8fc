// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Application } from "../../../../src/core/types";
import { readSnapshot, SNAPSHOT_KEY } from "../../../../src/ui/popup/snapshot";
import { writeSnapshot } from "../../../../src/ui/popup/snapshot-write";

const app = (id: string, company: string): Application => ({
  id,
  company,
  title: "Baker",
  companyDomains: [],
  status: "interviewing",
  source: "manual",
  createdAt: 0,
  updatedAt: 0,
  lastActivityAt: 0,
  archived: 0,
});

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
  vi.resetModules();
});

describe("popup snapshot", () => {
  it("keeps the names and status words of the six most recent, and reads them back", () => {
    writeSnapshot(
      localStorage,
      ["1", "2", "3", "4", "5", "6", "7"].map((id) => app(id, `Co ${id}`)),
    );
    const items = readSnapshot(localStorage);
    expect(items).toHaveLength(6);
    expect(items[0]).toEqual({ id: "1", name: "Baker · Co 1", status: "Interviewing" });
  });

  it.each([["not json"], ['{"id":1}'], ['[{"id":"x"}]'], ["[null, 3]"]])(
    "ignores a damaged snapshot: %s",
    (raw) => {
      localStorage.setItem(SNAPSHOT_KEY, raw);
      expect(readSnapshot(localStorage)).toEqual([]);
    },
  );

  it("first-paint.js paints it as text, linking each to its timeline", async () => {
    writeSnapshot(localStorage, [app("a/1", "<img src=x onerror=alert(1)>")]);
    document.body.innerHTML = '<div id="snapshot"></div>';
    await import("../../../../popup/first-paint");
    const host = document.getElementById("snapshot")!;
    expect(host.querySelector("img")).toBeNull();
    expect(host.querySelector(".recent-item .app-name")?.textContent).toBe(
      "Baker · <img src=x onerror=alert(1)>",
    );
    expect(host.querySelector("a")?.getAttribute("href")).toBe("../options/options.html#/application/a%2F1");
  });

  it("paints nothing for a first-time user", async () => {
    document.body.innerHTML = '<div id="snapshot"></div>';
    await import("../../../../popup/first-paint");
    expect(document.getElementById("snapshot")?.childElementCount).toBe(0);
  });
});
