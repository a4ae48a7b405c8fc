// Pushes "tracked applications changed" to open webmail readers, so a mailbox left open for days hears
// of a new application (its in-page prefilter and context were read once per page load before).
// Dexie fires storagemutated in the context that wrote, and relays it to the others of the extension;
// every extension context that writes (worker, options, popup) calls this once, so a write is heard even
// while the worker sleeps. Readers ask for their context again and re-check what they kept in the page.
import Dexie from "dexie";
import { PROVIDER_ORIGINS } from "../core/webmail-providers";
import { browser } from "./browser";
import { sendToTab } from "./messaging";

const APPLICATIONS = /^idb:\/\/debrief\/applications\//;
/** Writes come in bursts (an import, a save with its events): one push per burst. */
const QUIET_MS = 250;

/** True when a Dexie mutation set touches the applications table (or everything, after a reset). */
export function touchesApplications(parts: Record<string, unknown>): boolean {
  return Object.keys(parts).some((key) => key === "all" || APPLICATIONS.test(key));
}

/** Tells every open webmail tab; tabs without a reader of ours answer nothing. */
export async function pushToReaders(): Promise<number> {
  const url = Object.values(PROVIDER_ORIGINS).flat();
  // Without the host permission, query returns no tabs for these URLs: nothing to tell.
  const tabs = await browser.tabs.query({ url }).catch(() => []);
  const sent = await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? null : sendToTab(tab.id, "webmail/refresh", {}).catch(() => null),
    ),
  );
  return sent.filter((r) => r !== null).length;
}

export function pushTrackedChanges(push: () => Promise<unknown> = pushToReaders): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let more = false;
  const fire = () => void push().catch(() => null);
  // At once (a popup may close right after its write), then once more after the burst if it went on.
  const onMutated = (parts: Record<string, unknown>) => {
    if (!touchesApplications(parts)) return;
    if (timer !== undefined) {
      more = true;
      return;
    }
    fire();
    const settle = () => {
      if (more) {
        more = false;
        fire();
        timer = setTimeout(settle, QUIET_MS);
      } else timer = undefined;
    };
    timer = setTimeout(settle, QUIET_MS);
  };
  Dexie.on("storagemutated", onMutated);
  return () => Dexie.on("storagemutated").unsubscribe(onMutated);
}
