// A content script's health watchdog: when the URL says a conversation (or a posting) is open but nothing
// readable was found for `delay` ms, it reports once for that URL ("the Gmail reader could not read this page").
// A read in the meantime clears it. Timers come from the caller, so tests drive the clock.

export interface WatchdogDeps {
  /** Reads the page now: is a conversation open, and did the reader find a message? */
  check(): { open: boolean; readable: boolean };
  report(): void;
  setTimer(run: () => void, ms: number): number;
  clearTimer(id: number): void;
  url(): string;
  delay?: number;
}

export interface Watchdog {
  /** After each scan: what the scan saw. */
  update(open: boolean, readable: boolean): void;
}

export const HEALTH_DELAY_MS = 10_000;

export function createWatchdog(deps: WatchdogDeps): Watchdog {
  const delay = deps.delay ?? HEALTH_DELAY_MS;
  const reported = new Set<string>();
  let timer: number | undefined;
  let timerUrl = "";

  const clear = () => {
    if (timer !== undefined) deps.clearTimer(timer);
    timer = undefined;
  };

  return {
    update(open, readable) {
      const url = deps.url();
      if (!open || readable || reported.has(url)) return clear();
      if (timer !== undefined && timerUrl === url) return; // Already counting for this page.
      clear();
      timerUrl = url;
      timer = deps.setTimer(() => {
        timer = undefined;
        if (deps.url() !== timerUrl || reported.has(timerUrl)) return;
        const now = deps.check();
        if (now.open && !now.readable) {
          reported.add(timerUrl);
          deps.report();
        }
      }, delay);
    },
  };
}
