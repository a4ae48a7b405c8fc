// Addresses of the options page's views. One home, so the background, the popup, the welcome page
// and the page's own router and links agree. Paths are relative to the extension root (pass them to
// browser.runtime.getURL); hashes are for links inside the options page.

export const OPTIONS_PAGE = "options/options.html";

/** The options page's top-level views, as they appear in its navigation. */
export type OptionsView = "applications" | "review" | "statistics" | "settings" | "data";

/** A link inside the options page to one of its views. */
export function viewHash(view: OptionsView): string {
  return `#/${view}`;
}

/** The options page opened on one of its views. */
export function viewPagePath(view: OptionsView): string {
  return `${OPTIONS_PAGE}${viewHash(view)}`;
}

/** One application's page; with `draftFor`, the note for that reminder opened on it. */
export function applicationPagePath(applicationId: string, draftFor?: string): string {
  return `${OPTIONS_PAGE}${applicationHash(applicationId, draftFor)}`;
}

export function applicationHash(applicationId: string, draftFor?: string): string {
  const draft = draftFor ? `/draft/${encodeURIComponent(draftFor)}` : "";
  return `#/application/${encodeURIComponent(applicationId)}${draft}`;
}

/** A path above, as a relative link from an extension page one folder below the root (popup/, welcome/). */
export function fromPageFolder(path: string): string {
  return `../${path}`;
}
