// Writing the popup's snapshot (read by popup/first-paint.ts through ./snapshot, kept free of Preact).

import { STATUS_LABEL } from "../../core/labels";
import type { Application } from "../../core/types";
import { applicationLabel } from "../ApplicationLink";
import { SNAPSHOT_KEY, SNAPSHOT_MAX, type SnapshotItem } from "./snapshot";

export function snapshotOf(apps: readonly Application[]): SnapshotItem[] {
  return apps
    .slice(0, SNAPSHOT_MAX)
    .map((app) => ({ id: app.id, name: applicationLabel(app), status: STATUS_LABEL[app.status] }));
}

export function writeSnapshot(storage: Storage, apps: readonly Application[]): void {
  try {
    storage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshotOf(apps)));
  } catch {
    // A full or disabled storage only costs the early paint.
  }
}
