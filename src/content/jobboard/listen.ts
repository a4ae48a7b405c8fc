// Messages from extension pages to this tab's panel: the popup asks for the job, the keyboard
// shortcut toggles the panel, the context menu asks it to look the job up again.
import { listenInTab } from "../../shared/messaging";
import type { PageJob } from "../../shared/protocol";

export interface TabControls {
  job(): PageJob | null;
  /** Returns whether the panel is now expanded. */
  toggle(): boolean;
  /** Returns whether a panel is shown. */
  refresh(): boolean;
}

export function listenForTab(controls: TabControls): void {
  listenInTab({
    "page/job": () => controls.job(),
    "panel/toggle": () => ({ expanded: controls.toggle() }),
    "panel/refresh": () => ({ shown: controls.refresh() }),
  });
}
