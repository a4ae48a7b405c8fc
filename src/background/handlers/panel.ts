// The job-board panel's per-site setting: hidden on the hosts listed in Settings → Job-board panel.
import { getDb, getSetting, setSetting } from "../../db";
import { browser } from "../../shared/browser";
import type { Routes, TabCaller } from "../listen";
import { timelineUrl } from "./job";
import { isOwnApplication } from "./own-application";

/** "www.linkedin.com" → "linkedin.com": the form the Settings page lists and accepts. */
export function siteOf(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\./, "");
}

/** Hidden on "linkedin.com" also hides "uk.linkedin.com". */
export function isHiddenOn(host: string, sites: readonly string[]): boolean {
  const site = siteOf(host);
  return sites.some((s) => site === s || site.endsWith(`.${s}`));
}

/** A content script asks about, and hides the panel on, its own page's site only. */
const ownSite = ({ host }: { host: string }, tab: TabCaller) => siteOf(host) === siteOf(tab.host);

export const panelHandlers: Pick<Routes, "panel/settings" | "panel/hide" | "panel/open"> = {
  "panel/settings": {
    from: "tab",
    own: ownSite,
    run: async ({ host }) => ({ hidden: isHiddenOn(host, await getSetting(getDb(), "panelHiddenSites")) }),
  },
  "panel/hide": {
    from: "tab",
    own: ownSite,
    run: async ({ host }) => {
      const site = siteOf(host);
      if (!site) throw new Error("This page has no site to hide the panel on.");
      const db = getDb();
      const sites = await getSetting(db, "panelHiddenSites");
      if (!sites.includes(site)) await setSetting(db, "panelHiddenSites", [...sites, site].sort());
      return { hidden: true, site };
    },
  },
  "panel/open": {
    from: "tab",
    own: ({ applicationId }, tab) => isOwnApplication(applicationId, tab),
    // Opened beside the tab that asked (a web page cannot link to an extension page itself).
    run: async ({ applicationId }, caller) => {
      const tab = caller.kind === "tab" ? caller.tab : undefined;
      await browser.tabs.create({
        url: timelineUrl(applicationId),
        ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
        ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
      });
      return { opened: true };
    },
  },
};
