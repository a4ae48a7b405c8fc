// Every application, as a table or a board: connects the screen to the database.
import { useEffect, useRef, useState } from "preact/hooks";
import { getDb } from "../../src/db";
import { deleteEvent, setStatus } from "../../src/db/application-page";
import { type ApplicationRow, loadApplicationRows, loadFirstRows, setArchived } from "../../src/db/queries";
import { applicationHash } from "../../src/shared/pages";
import {
  type ApplicationsActions,
  ApplicationsScreen,
  type Layout,
} from "../../src/ui/options/applications/ApplicationsScreen";
import { type LiveState, useLiveQuery } from "../../src/ui/use-live-query";

const LAYOUT_KEY = "debrief.applications.layout";

const actions: ApplicationsActions = {
  setArchived: (ids, archived) => setArchived(getDb(), ids, archived),
  async moveTo(id, status) {
    const event = await setStatus(getDb(), id, status);
    return event ? async () => void (await deleteEvent(getDb(), event.id)) : null;
  },
  href: (id) => applicationHash(id),
  // A view preference, not data: localStorage keeps it out of backups.
  initialLayout: localStorage.getItem(LAYOUT_KEY) === "board" ? "board" : "table",
  saveLayout: (layout: Layout) => localStorage.setItem(LAYOUT_KEY, layout),
};

export function ApplicationsView() {
  // Started during the first render, not in an effect (those run after paint), and before the
  // full load, so its small index read is not queued behind ten thousand rows.
  const firstRead = useRef<Promise<ApplicationRow[]> | null>(null);
  firstRead.current ??= loadFirstRows(getDb());
  const [first, setFirst] = useState<ApplicationRow[] | null>(null);
  useEffect(() => {
    let mounted = true;
    firstRead.current?.then(
      (rows) => mounted && setFirst(rows),
      () => {}, // the full load reports errors
    );
    return () => {
      mounted = false;
    };
  }, []);
  const all = useLiveQuery(() => loadApplicationRows(getDb()), []);
  // An empty first page proves nothing (everything may be archived): wait for the full list then.
  const partial = all.status === "loading" && first !== null && first.length > 0;
  const rows: LiveState<ApplicationRow[]> = partial ? { status: "ready", value: first } : all;
  return <ApplicationsScreen rows={rows} partial={partial} actions={actions} />;
}
