import { describe, expect, it, vi } from "vitest";

// The one polyfill module is mocked; nothing else of the browser is faked.
const sendMessage = vi.fn();
vi.mock("../../../src/shared/browser", () => ({ browser: { runtime: { sendMessage } } }));

const { dispatch, RemoteError, send } = await import("../../../src/shared/messaging");

import type { Handlers } from "../../../src/shared/messaging";
import type { Envelope } from "../../../src/shared/protocol";

const sender = {};
const posting = { locations: [], sources: {} };

// Only the two types this test sends; the cast stands for the handlers it never calls.
const handlers = {
  "job/save": async () => {
    throw new TypeError("This page has no job title");
  },
  "job/lookup": async ({ url }: { url: string }) => ({
    applicationId: url,
    status: "saved",
    company: "C",
    title: "T",
  }),
} as unknown as Handlers;

describe("dispatch", () => {
  it("wraps a reply as data", async () => {
    const envelope: Envelope = { debrief: 1, type: "job/lookup", arg: { url: "u1", posting } };
    expect(await dispatch(handlers, envelope, sender)).toEqual({
      ok: true,
      value: { applicationId: "u1", status: "saved", company: "C", title: "T" },
    });
  });

  it("turns a thrown error into data with its name and message", async () => {
    const envelope: Envelope = { debrief: 1, type: "job/save", arg: { url: "u", posting } };
    expect(await dispatch(handlers, envelope, sender)).toEqual({
      ok: false,
      error: { name: "TypeError", message: "This page has no job title" },
    });
  });
});

describe("send", () => {
  it("unwraps a reply", async () => {
    sendMessage.mockResolvedValueOnce({ ok: true, value: null });
    expect(await send("job/lookup", { url: "u", posting })).toBeNull();
    expect(sendMessage).toHaveBeenLastCalledWith({
      debrief: 1,
      type: "job/lookup",
      arg: { url: "u", posting },
    });
  });

  it("re-throws an error from the other side", async () => {
    sendMessage.mockResolvedValueOnce({
      ok: false,
      error: { name: "QuotaExceededError", message: "Disk full" },
    });
    const error = await send("job/save", { url: "u", posting }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ name: "QuotaExceededError", message: "Disk full" });
  });

  it("says so when nobody answered", async () => {
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(send("job/lookup", { url: "u", posting })).rejects.toThrow(
      /No handler answered "job\/lookup"/,
    );
  });
});
