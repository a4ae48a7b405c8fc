// @vitest-environment happy-dom
// In-page navigation: a pushState (LinkedIn, Indeed) is noticed without a page load, and the DOM is
// re-read for a short while after, debounced.
import { afterEach, describe, expect, it, vi } from "vitest";
import { settle, watchUrl } from "../../../../src/content/jobboard/watch";

afterEach(() => {
  vi.useRealTimers();
});

describe("watchUrl", () => {
  it("reports a pushState by polling while the tab is visible, once per change", async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const watcher = watchUrl(window, (href) => seen.push(href), 500);
    history.pushState({}, "", "/jobs/search/?currentJobId=2");
    await vi.advanceTimersByTimeAsync(600);
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toEqual([`${location.origin}/jobs/search/?currentJobId=2`]);
    watcher.stop();
    history.pushState({}, "", "/jobs/search/?currentJobId=3");
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toHaveLength(1);
  });

  it("a failing callback never escapes into the page", async () => {
    vi.useFakeTimers();
    const watcher = watchUrl(window, () => {
      throw new Error("boom");
    });
    history.pushState({}, "", "/elsewhere");
    await expect(vi.advanceTimersByTimeAsync(600)).resolves.not.toThrow();
    watcher.stop();
  });
});

describe("settle", () => {
  it("re-reads after DOM changes, debounced, and stops after its window", async () => {
    const read = vi.fn();
    const target = document.createElement("div");
    document.body.append(target);
    settle(target, read, { windowMs: 300, debounceMs: 20 });
    target.append(document.createElement("p"));
    target.append(document.createElement("p"));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(read).toHaveBeenCalledOnce();
    await new Promise((resolve) => setTimeout(resolve, 300));
    target.append(document.createElement("p"));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(read).toHaveBeenCalledOnce();
  });
});
