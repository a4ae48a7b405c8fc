// The scan pipeline and the observer, on a recorded Gmail page in happy-dom: bodies are sent only once
// stable, once per page, only when they look job-related; scans are coalesced and paused while hidden.
import { afterEach, describe, expect, it, vi } from "vitest";
import { gmailReader } from "../../../../src/content/webmail/gmail";
import { observe } from "../../../../src/content/webmail/observer";
import { createScanner } from "../../../../src/content/webmail/scanner";
import type { EmailTag, WebmailMessage } from "../../../../src/shared/protocol";
import { fixtures, loadPage } from "./load";

const page = (name: string) => {
  const found = fixtures("gmail").find((p) => p.name.endsWith(name));
  if (!found) throw new Error(name);
  return { ...loadPage(found.html, found.expected.url), url: found.expected.url };
};

const tag = (emailId: string): EmailTag => ({
  emailId,
  category: "rejected",
  confidence: 0.9,
  application: null,
  userCorrected: false,
});

function setup(
  name: string,
  context = { enabled: true, companies: [] as string[], domains: [] as string[] },
) {
  const { document, window, url } = page(name);
  const ingest = vi.fn(async (m: WebmailMessage) => tag(`gmail:${m.messageId}`));
  const show = vi.fn();
  const scanner = createScanner({
    reader: gmailReader,
    doc: document,
    url: () => url,
    context: async () => context,
    ingest,
    show,
  });
  return { document, window, scanner, ingest, show };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("scanner", () => {
  it("sends a body only once it is the same on two scans, and only once", async () => {
    const { scanner, ingest, show } = setup("single-rejection.html");
    expect(scanner.scan()).toBe(true); // first sight: look again
    await flush();
    expect(ingest).not.toHaveBeenCalled();
    expect(scanner.scan()).toBe(false);
    await flush();
    expect(ingest).toHaveBeenCalledTimes(1);
    expect(ingest.mock.calls[0]?.[0]).toMatchObject({ provider: "gmail", messageId: "18be1a2b3c4d5e6f" });
    expect(ingest.mock.calls[0]?.[0]).not.toHaveProperty("element");
    expect(show).toHaveBeenCalledTimes(1);
    scanner.scan();
    await flush();
    expect(ingest).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledTimes(2); // the chip is put back if the view re-rendered
  });

  it("waits while a body is still changing", async () => {
    const { document, scanner, ingest } = setup("single-rejection.html");
    scanner.scan();
    document.querySelector("div.a3s p")?.append(document.createTextNode(" more text"));
    expect(scanner.scan()).toBe(true);
    await flush();
    expect(ingest).not.toHaveBeenCalled();
    scanner.scan();
    await flush();
    expect(ingest).toHaveBeenCalledTimes(1);
  });

  it("keeps a message that does not look job-related inside the page", async () => {
    const { scanner, ingest } = setup("non-job.html");
    scanner.scan();
    scanner.scan();
    await flush();
    expect(ingest).not.toHaveBeenCalled();
    expect(scanner.handled.has("18c2cc33dd44ee66")).toBe(true);
  });

  it("lets a tracked company's message through, and sends nothing when tagging is off", async () => {
    const tracked = setup("non-job.html", { enabled: true, companies: [], domains: ["example.net"] });
    tracked.scanner.scan();
    tracked.scanner.scan();
    await flush();
    expect(tracked.ingest).toHaveBeenCalledTimes(1);

    const off = setup("single-rejection.html", { enabled: false, companies: [], domains: [] });
    off.scanner.scan();
    off.scanner.scan();
    await flush();
    expect(off.ingest).not.toHaveBeenCalled();
  });
});

describe("observer", () => {
  afterEach(() => vi.useRealTimers());

  it("coalesces mutations into one scan per interval and pauses while hidden", async () => {
    const { document, window } = page("non-job.html");
    let clock = 0;
    const scan = vi.fn(() => false);
    const { stop } = observe(document, window as never, scan, { interval: 40, now: () => clock });
    await new Promise((r) => setTimeout(r, 10));
    expect(scan).toHaveBeenCalledTimes(1); // the first scan on start
    for (let i = 0; i < 50; i++) document.body.append(document.createElement("span"));
    await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 50; i++) document.body.append(document.createElement("span"));
    await new Promise((r) => setTimeout(r, 10));
    expect(scan).toHaveBeenCalledTimes(1); // within the interval: still waiting
    await new Promise((r) => setTimeout(r, 60));
    expect(scan).toHaveBeenCalledTimes(2); // a hundred mutations, one scan

    const calls = scan.mock.calls.length;
    Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    clock = 1000;
    document.body.append(document.createElement("span"));
    window.dispatchEvent(new window.Event("hashchange") as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(scan).toHaveBeenCalledTimes(calls);
    Object.defineProperty(document, "hidden", { configurable: true, get: () => false });
    document.dispatchEvent(new window.Event("visibilitychange") as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(scan).toHaveBeenCalledTimes(calls + 1);
    stop();
  });

  it("hears a page that rewrites itself nonstop once per interval, not once per mutation", async () => {
    const { document, window } = page("non-job.html");
    let callbacks = 0;
    const Base = window.MutationObserver as unknown as typeof MutationObserver;
    class Counting extends Base {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          callbacks++;
          callback(records, observer);
        });
      }
    }
    const win = {
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
      MutationObserver: Counting,
    };
    const scan = vi.fn(() => false);
    const { stop } = observe(document, win as never, scan, { interval: 1000 });
    await new Promise((r) => setTimeout(r, 10)); // the first scan
    for (let i = 0; i < 40; i++) {
      document.body.append(document.createElement("span"));
      await new Promise((r) => setTimeout(r, 2)); // each its own mutation batch
    }
    expect(callbacks).toBe(1); // the first batch; the rest waited for the due scan
    expect(scan).toHaveBeenCalledTimes(1);
    stop();
  });

  it("scans again after an in-app navigation", async () => {
    const { document, window } = page("non-job.html");
    const scan = vi.fn(() => false);
    const { stop } = observe(document, window as never, scan, { interval: 0 });
    await new Promise((r) => setTimeout(r, 10));
    const before = scan.mock.calls.length;
    window.dispatchEvent(new window.Event("hashchange") as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(scan.mock.calls.length).toBe(before + 1);
    stop();
  });
});
