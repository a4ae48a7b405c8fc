// Addresses of the options page's views, relative to the extension root (pass them to
// browser.runtime.getURL). One home, so the background, the popup and the page's router agree.

/** One application's page; with `draftFor`, the note for that reminder opened on it. */
export function applicationPagePath(applicationId: string, draftFor?: string): string {
  return `options/options.html${applicationHash(applicationId, draftFor)}`;
}

export function applicationHash(applicationId: string, draftFor?: string): string {
  const draft = draftFor ? `/draft/${encodeURIComponent(draftFor)}` : "";
  return `#/application/${encodeURIComponent(applicationId)}${draft}`;
}
