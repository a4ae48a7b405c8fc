import { describe, expect, it, vi } from "vitest";

// The one polyfill module is mocked; nothing else of the browser is faked.
const sendMessage = vi.fn();
vi.mock("../../../src/shared/browser", () => ({ browser: { runtime: { sendMessage } } }));

// The background's side (the gate and dispatch) is tested in tests/unit/background/protocol-gate.test.ts.
const { RemoteError, send, toErrorData } = await import("../../../src/shared/messaging");
const { isQuotaError, QUOTA_TEXT, errorText } = await import("../../../src/ui/undo");

const posting = { locations: [], sources: {} };

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

describe("an error crossing from the worker", () => {
  it("keeps Dexie's wrapped cause, so the popup still says a full disk plainly", () => {
    // Dexie aborts the transaction and keeps the browser's error as `inner`.
    const quota = new DOMException("The quota has been exceeded.", "QuotaExceededError");
    const abort = Object.assign(new Error("Transaction aborted"), { name: "AbortError", inner: quota });
    const data = toErrorData(abort);
    expect(data).toEqual({
      name: "AbortError",
      message: "Transaction aborted",
      inner: { name: "QuotaExceededError", message: "The quota has been exceeded." },
    });
    const rethrown = new RemoteError(JSON.parse(JSON.stringify(data)));
    expect(isQuotaError(rethrown)).toBe(true);
    expect(errorText(rethrown)).toBe(QUOTA_TEXT);
    expect(toErrorData(new Error("plain"))).toEqual({ name: "Error", message: "plain" });
  });
});
