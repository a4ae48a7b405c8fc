// The job-board panel's per-site setting: hidden on the hosts listed in Settings → Job-board panel.
import { getDb, getSetting, setSetting } from "../../db";
import { browser } from "../../shared/browser";
import type { Handlers } from "../../shared/messaging";
import { timelineUrl } from "./job";

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

export const panelHandlers: Pick<Handlers, "panel/settings" | "panel/hide" | "panel/open"> = {
  "panel/settings": async ({ host }) => ({
    hidden: isHiddenOn(host, await getSetting(getDb(), "panelHiddenSites")),
  }),
  "panel/hide": async ({ host }) => {
    const site = siteOf(host);
    if (!site) throw new Error("This page has no site to hide the panel on.");
    const db = getDb();
    const sites = await getSetting(db, "panelHiddenSites");
    if (!sites.includes(site)) await setSetting(db, "panelHiddenSites", [...sites, site].sort());
    return { hidden: true, site };
  },
  "panel/open": async ({ applicationId }, sender) => {
    const tab = sender.tab;
    await browser.tabs.create({
      url: timelineUrl(applicationId),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
    });
    return { opened: true };
  },
};
