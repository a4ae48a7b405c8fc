// In-page navigation: LinkedIn and Indeed switch jobs with history.pushState, without a page load.
// A content script lives in an isolated world and cannot patch the page's history, so it listens to
// the Navigation API where there is one, to popstate, and polls location.href while the tab is visible.

interface NavigationLike extends EventTarget {}

export interface UrlWatcher {
  stop(): void;
}

export function watchUrl(win: Window, onChange: (href: string) => void, pollMs = 500): UrlWatcher {
  let last = win.location.href;
  let timer: ReturnType<typeof setInterval> | undefined;
  const check = () => {
    try {
      const href = win.location.href;
      if (href === last) return;
      last = href;
      onChange(href);
    } catch (error) {
      console.debug("Debrief: navigation check failed", error);
    }
  };
  // The entry changes before the page renders the new job; a macrotask later location is settled.
  const soon = () => void setTimeout(check, 0);
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener("currententrychange", soon);
  win.addEventListener("popstate", soon);
  const poll = () => {
    if (win.document.visibilityState === "visible") {
      timer ??= setInterval(check, pollMs);
      check();
    } else if (timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
  win.document.addEventListener("visibilitychange", poll);
  poll();
  return {
    stop() {
      navigation?.removeEventListener("currententrychange", soon);
      win.removeEventListener("popstate", soon);
      win.document.removeEventListener("visibilitychange", poll);
      if (timer !== undefined) clearInterval(timer);
    },
  };
}

/**
 * After a navigation the page fills its job pane a little later: re-read when the DOM changes, debounced,
 * for a short while only, so a busy page never keeps us working.
 */
export function settle(
  target: Node,
  read: () => void,
  { windowMs = 3000, debounceMs = 150 } = {},
): () => void {
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(debounce);
    debounce = setTimeout(read, debounceMs);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(debounce);
    clearTimeout(end);
  };
  const end = setTimeout(stop, windowMs);
  return stop;
}
