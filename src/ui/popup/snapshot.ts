// The recent list as the popup last showed it, kept in the extension's localStorage so the next
// popup can paint it before the main bundle (Dexie, Preact: most of its bytes) has loaded. The live
// list replaces it within milliseconds. Names only: nothing here is trusted as markup.

export const SNAPSHOT_KEY = "debrief.popup.recent";
export const SNAPSHOT_MAX = 6;

export interface SnapshotItem {
  id: string;
  name: string;
  status: string;
}

export function readSnapshot(storage: Storage): SnapshotItem[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(SNAPSHOT_KEY) ?? "[]");
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (item): item is SnapshotItem =>
          typeof item?.id === "string" && typeof item?.name === "string" && typeof item?.status === "string",
      )
      .slice(0, SNAPSHOT_MAX);
  } catch {
    return [];
  }
}
