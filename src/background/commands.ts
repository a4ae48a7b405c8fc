// The keyboard shortcut "toggle-panel" (Alt+Shift+D by default, changeable in the browser's shortcut
// settings): expands or collapses the tab's panel; on a page without one it injects the panel, which
// then shows whatever the page says about a job (the shortcut grants activeTab).
import { browser } from "../shared/browser";
import { sendToTab } from "../shared/messaging";

export const TOGGLE_PANEL = "toggle-panel";

export async function togglePanel(tabId: number): Promise<{ expanded: boolean } | null> {
  const reply = await sendToTab(tabId, "panel/toggle", {});
  if (reply) return reply;
  await browser.scripting.executeScript({ target: { tabId }, files: ["content/jobboard.js"] });
  return sendToTab(tabId, "panel/toggle", {});
}

/** Registers the command listener; called synchronously from the worker's top level. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_PANEL) return;
    const target = tab?.id;
    const run = async () => {
      const id = target ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await togglePanel(id);
    };
    run().catch((error: unknown) => console.debug("Debrief: panel not toggled", error));
  });
}
