// Job-board content script. It reads the job with core/posting and shows the panel; it never opens
// IndexedDB (that would be the page's origin) and asks the background instead. It must never throw
// into the page nor hold it up: every entry point is guarded, and the first read waits for idle time.
import { extractPosting, isLikelyPostingPage } from "../../core/posting";
import { send } from "../../shared/messaging";
import type { PageJob } from "../../shared/protocol";
import { createWatchdog } from "../health";
import { backgroundActions } from "./actions";
import { listenForTab } from "./listen";
import { mountPanel, type PanelHandle } from "./mount";
import { jobKey, readAnyPage, readPostingPage } from "./page";
import { settle, watchUrl } from "./watch";

declare global {
  // Set in the content script's own isolated world: a second injection (the shortcut) finds it.
  var __debriefPanel: boolean | undefined;
}

function guard(label: string, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.debug(`Debrief: ${label} failed`, error);
  }
}

function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 0);
}

function start(): void {
  let job: PageJob | null = null;
  let panel: PanelHandle | undefined;
  let expanded = false;
  /** Shown by the shortcut: on any page, and even on a site where the panel is hidden. */
  let forced = false;
  let hidden = true; // until the setting is read

  const actions = backgroundActions(location.hostname, () => {
    hidden = true;
    forced = false;
    show();
  });

  function show(): void {
    if (!job || (hidden && !forced)) {
      panel?.remove();
      panel = undefined;
      return;
    }
    panel ??= mountPanel(document, actions, (next) => {
      expanded = next;
      show();
    });
    panel.update(job, expanded);
  }

  const read = () =>
    forced ? readAnyPage(document, location.href) : readPostingPage(document, location.href);

  // Health (#13): a posting page whose job title stays unreadable for 10 s is recorded for Settings.
  const postingOpen = () => !hidden && isLikelyPostingPage(document, location.href);
  const watchdog = createWatchdog({
    url: () => location.href,
    check: () => ({ open: postingOpen(), readable: !!extractPosting(document, location.href).title }),
    report: () => void send("health/report", { surface: "jobboard" }).catch(() => null),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (id) => window.clearTimeout(id),
  });

  function evaluate(): void {
    guard("reading the page", () => {
      const next = read();
      watchdog.update(postingOpen(), !!next?.posting.title);
      if (panel && jobKey(next) === jobKey(job)) return;
      job = next;
      show();
    });
  }

  listenForTab({
    job: () => job ?? readPostingPage(document, location.href),
    toggle() {
      if (!panel) {
        forced = true;
        job = read();
        expanded = true;
      } else expanded = !expanded;
      show();
      return expanded;
    },
    refresh() {
      // Remounting looks the job up again (e.g. after a save from the context menu).
      panel?.remove();
      panel = undefined;
      show();
      return !!panel;
    },
  });

  whenIdle(() => {
    send("panel/settings", { host: location.hostname })
      .then(
        (setting) => setting.hidden,
        () => false,
      )
      .then((isHidden) => {
        hidden = isHidden;
        evaluate();
      });
  });

  let stopSettling: (() => void) | undefined;
  watchUrl(window, () => {
    evaluate();
    stopSettling?.();
    if (document.body) stopSettling = settle(document.body, evaluate);
  });
}

if (!globalThis.__debriefPanel) {
  globalThis.__debriefPanel = true;
  guard("starting", start);
}
