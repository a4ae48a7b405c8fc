// Reads the job in a tab (one frame of it) through the injected extractor (content/extract-page.js),
// the same code as the panel. Needs activeTab (a context-menu click, the popup opened on the tab) or a
// host grant; used by the context menu and the popup's "Save this job" offer.
import { browser } from "../shared/browser";
import type { PageJob } from "../shared/protocol";

/** `postingOnly`: nothing unless the page looks like a posting (else the page's heading stands in). */
export async function readJobInTab(tabId: number, frameId = 0, postingOnly = false): Promise<PageJob | null> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, files: ["content/extract-page.js"] });
  const [first] = await browser.scripting.executeScript({
    target,
    func: (only: boolean) => globalThis.__debriefReadPage?.(only) ?? null,
    args: [postingOnly],
  });
  return (first?.result as PageJob | null | undefined) ?? null;
}
