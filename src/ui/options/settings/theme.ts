// The theme setting, applied to an extension page: data-theme on <html> picks the light or dark
// variables in base.css; "system" removes it so the prefers-color-scheme query decides.
import { liveQuery } from "dexie";
import type { DebriefDB } from "../../../db/schema";
import { getSetting, type Settings } from "../../../db/settings";

export function applyTheme(theme: Settings["theme"], root: HTMLElement = document.documentElement): void {
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Keeps the page's theme in step with the setting, including changes made in another tab. */
export function watchTheme(db: DebriefDB): () => void {
  const subscription = liveQuery(() => getSetting(db, "theme")).subscribe({
    next: (theme) => applyTheme(theme),
    error: () => applyTheme("system"),
  });
  return () => subscription.unsubscribe();
}
