// Clicking a reminder's notification opens the note to write for it, on its application's page (the
// address the options page's router opens as the draft; the e2e opens that address in Chromium).
import { beforeEach, describe, expect, it, vi } from "vitest";

type Listener = (...args: never[]) => unknown;
const listeners = new Map<string, Listener>();
const on = (name: string) => ({ addListener: (fn: Listener) => listeners.set(name, fn) });
const tabsCreate = vi.fn(async (_: { url: string }) => ({}));
const clear = vi.fn(async () => true);

vi.mock("../../../src/shared/browser", () => ({
  browser: {
    runtime: {
      getURL: (path: string) => `chrome-extension://debrief/${path}`,
      onStartup: on("startup"),
      onInstalled: on("installed"),
    },
    alarms: { onAlarm: on("alarm") },
    notifications: { onButtonClicked: on("button"), onClicked: on("clicked"), clear },
    tabs: { create: tabsCreate },
  },
}));
const { listenForReminders } = await import("../../../src/background/reminders");
const { getDb } = await import("../../../src/db");

beforeEach(async () => {
  tabsCreate.mockClear();
  await getDb().reminders.clear();
});

async function click(notificationId: string) {
  listenForReminders();
  await (listeners.get("clicked") as (id: string) => Promise<void>)(notificationId);
}

describe("reminder notification click", () => {
  it("opens the draft for a thank-you or follow-up reminder", async () => {
    await getDb().reminders.bulkPut([
      {
        id: "iv1:thank-you",
        applicationId: "a 1",
        interviewId: "iv1",
        kind: "thank-you",
        title: "T",
        dueAt: 1,
        done: 0,
      },
      {
        id: "iv1:follow-up",
        applicationId: "a 1",
        interviewId: "iv1",
        kind: "follow-up",
        title: "F",
        dueAt: 2,
        done: 0,
      },
    ]);
    await click("reminder:iv1:thank-you");
    await click("reminder:iv1:follow-up");
    expect(tabsCreate.mock.calls.map(([arg]) => arg.url)).toEqual([
      "chrome-extension://debrief/options/options.html#/application/a%201/draft/iv1%3Athank-you",
      "chrome-extension://debrief/options/options.html#/application/a%201/draft/iv1%3Afollow-up",
    ]);
    expect(clear).toHaveBeenCalledWith("reminder:iv1:follow-up");
  });

  it("opens the application page for a custom reminder, which has no note", async () => {
    await getDb().reminders.put({
      id: "c1",
      applicationId: "a2",
      kind: "custom",
      title: "Call",
      dueAt: 1,
      done: 0,
    });
    await click("reminder:c1");
    expect(tabsCreate.mock.calls.map(([arg]) => arg.url)).toEqual([
      "chrome-extension://debrief/options/options.html#/application/a2",
    ]);
  });

  it("ignores other notifications", async () => {
    await click("email:xyz");
    expect(tabsCreate).not.toHaveBeenCalled();
  });
});
