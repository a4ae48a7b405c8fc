// The one observer: DOM mutations are coalesced into at most one scan per interval, nothing runs
// while the tab is hidden (a scan is owed and runs when it shows again), and in-app navigation
// (Gmail's hash routes, Outlook's history routes) asks for a scan too. Once a scan is due the
// MutationObserver is disconnected until it has run: a page rewriting itself 200 times a second then
// costs one callback per interval, not one per mutation (the scan reads the DOM as it is by then).

export interface ObserverOptions {
  /** Minimum time between two scans, ms. */
  interval?: number;
  now?: () => number;
}

/** The window's parts the observer uses (the page's, or a test's happy-dom window). */
export type ObserverWindow = Pick<
  Window,
  "addEventListener" | "removeEventListener" | "setTimeout" | "clearTimeout"
> & {
  MutationObserver: typeof MutationObserver;
};

export interface Observing {
  stop(): void;
  /** Asks for a scan (coalesced like a mutation), e.g. when the tracked companies changed. */
  request(): void;
}

/** Starts watching; `scan` returns true to be called again after an interval. */
export function observe(
  doc: Document,
  win: ObserverWindow,
  scan: () => boolean,
  { interval = 300, now = () => Date.now() }: ObserverOptions = {},
): Observing {
  let timer: number | undefined;
  let last = Number.NEGATIVE_INFINITY;
  let owed = false;

  let watching = false;
  let stopped = false;
  const watch = (on: boolean) => {
    if (on === watching || (on && stopped)) return;
    watching = on;
    if (on) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    else observer.disconnect();
  };

  const run = () => {
    timer = undefined;
    if (doc.hidden) {
      owed = true;
      return;
    }
    owed = false;
    last = now();
    let again = false;
    try {
      again = scan();
    } catch (error) {
      console.debug("Debrief: scan failed", error);
    }
    watch(true); // after the scan: what it changed itself (a chip) is not news
    if (again) schedule();
  };

  const schedule = () => {
    watch(false); // a scan is due (or owed): it will read whatever changes until then
    if (doc.hidden) {
      owed = true;
      return;
    }
    if (timer !== undefined) return;
    timer = win.setTimeout(run, Math.max(0, last + interval - now()));
  };

  const onVisible = () => {
    if (!doc.hidden && owed) schedule();
  };

  const observer = new win.MutationObserver(() => schedule());
  win.addEventListener("hashchange", schedule);
  win.addEventListener("popstate", schedule);
  doc.addEventListener("visibilitychange", onVisible);
  schedule();

  return {
    request: schedule,
    stop() {
      stopped = true;
      watch(false);
      win.removeEventListener("hashchange", schedule);
      win.removeEventListener("popstate", schedule);
      doc.removeEventListener("visibilitychange", onVisible);
      if (timer !== undefined) win.clearTimeout(timer);
    },
  };
}
