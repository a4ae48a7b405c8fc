// The Applications view: filters, then a table or a board of what they let through, with bulk
// archive. Takes {data, actions}; filter, sort, selection and layout are this screen's own state.
import { useMemo, useState } from "preact/hooks";
import { STATUS_LABEL } from "../../../core/labels";
import type { ApplicationStatus } from "../../../core/types";
import {
  type ApplicationRow,
  boardsOf,
  DEFAULT_QUERY,
  filterRows,
  sortRows,
  type TableQuery,
} from "../../../db/queries";
import { applicationLabel } from "../../ApplicationLink";
import { errorText, useUndoToast } from "../../undo";
import type { LiveState } from "../../use-live-query";
import { ApplicationsTable } from "./ApplicationsTable";
import { Board } from "./Board";
import { Filters, isFiltered } from "./Filters";

export type Layout = "table" | "board";

export interface ApplicationsActions {
  /** Returns the ids that actually changed, so an undo restores exactly those. */
  setArchived(ids: string[], archived: boolean): Promise<string[]>;
  /** Returns an undo, or null when nothing changed. */
  moveTo(id: string, status: ApplicationStatus): Promise<(() => Promise<void>) | null>;
  href(id: string): string;
  /** The layout the user chose last time; remembered across visits. */
  initialLayout?: Layout;
  saveLayout?(layout: Layout): void;
}

export interface ApplicationsScreenProps {
  rows: LiveState<ApplicationRow[]>;
  /** True while `rows` is only the first screenful and the rest is loading. */
  partial?: boolean;
  actions: ApplicationsActions;
}

export function ApplicationsScreen({ rows, partial = false, actions }: ApplicationsScreenProps) {
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const [layout, setLayout] = useState<Layout>(actions.initialLayout ?? "table");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const undo = useUndoToast();
  const all = rows.status === "ready" ? rows.value : [];
  // Sorting 10k rows is the slow part; it runs when the data or the sort changes, not per keystroke.
  const sorted = useMemo(() => sortRows(all, query.sort), [all, query.sort]);
  const shown = useMemo(() => filterRows(sorted, query), [sorted, query]);
  const boards = useMemo(() => boardsOf(all), [all]);

  if (rows.status === "loading") return <p class="muted">Loading your applications…</p>;
  if (rows.status === "error") {
    return (
      <p class="error" role="alert">
        Could not read your applications: {rows.error.message}
      </p>
    );
  }

  const chooseLayout = (next: Layout) => {
    setLayout(next);
    actions.saveLayout?.(next);
  };
  const selectedShown = shown.filter((r) => selected.has(r.id));
  const archiving = query.archived !== "archived";
  const bulkArchive = async () => {
    const ids = selectedShown.map((r) => r.id);
    try {
      const changed = await actions.setArchived(ids, archiving);
      setSelected(new Set());
      const noun = changed.length === 1 ? "application" : "applications";
      undo.show(`${archiving ? "Archived" : "Restored"} ${changed.length} ${noun}.`, async () => {
        await actions.setArchived(changed, !archiving);
      });
    } catch (error) {
      undo.fail(`Could not ${archiving ? "archive" : "restore"}: ${errorText(error)}`);
    }
  };
  const move = async (row: ApplicationRow, to: ApplicationStatus) => {
    try {
      const revert = await actions.moveTo(row.id, to);
      if (revert) undo.show(`Moved ${applicationLabel(row)} to ${STATUS_LABEL[to]}.`, revert);
    } catch (error) {
      undo.fail(`Could not move ${applicationLabel(row)}: ${errorText(error)}`);
    }
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

  return (
    <div class="applications">
      <div class="applications-head">
        <h2>Applications</h2>
        <fieldset class="layout-switch">
          <legend class="visually-hidden">Layout</legend>
          <button type="button" aria-pressed={layout === "table"} onClick={() => chooseLayout("table")}>
            Table view
          </button>
          <button type="button" aria-pressed={layout === "board"} onClick={() => chooseLayout("board")}>
            Board view
          </button>
        </fieldset>
      </div>
      {all.length === 0 ? (
        <p class="empty">
          No applications yet. Add one from the toolbar popup, or save a job from a job board.
        </p>
      ) : (
        <>
          <Filters query={query} boards={boards} onChange={setQuery} />
          <div class="bulk-bar">
            <p role="status" class="muted result-count">
              {partial
                ? "Loading all applications…"
                : shown.length === all.length
                  ? `${all.length} ${all.length === 1 ? "application" : "applications"}`
                  : `Showing ${shown.length} of ${all.length} ${all.length === 1 ? "application" : "applications"}`}
            </p>
            {layout === "table" && selectedShown.length > 0 && (
              <>
                <span>{selectedShown.length} selected</span>
                <button type="button" onClick={bulkArchive}>
                  {archiving ? "Archive selected" : "Restore selected"}
                </button>
                <button type="button" onClick={() => setSelected(new Set())}>
                  Clear selection
                </button>
              </>
            )}
          </div>
          {shown.length === 0 ? (
            <p class="empty">
              {query.archived === "active" && !isFiltered(query)
                ? "No active applications: every one is archived (choose Show: Archived to see them). "
                : "No applications match these filters. "}
              {isFiltered(query) && (
                <button type="button" onClick={() => setQuery({ ...DEFAULT_QUERY, sort: query.sort })}>
                  Clear filters
                </button>
              )}
            </p>
          ) : layout === "table" ? (
            <ApplicationsTable
              rows={shown}
              sort={query.sort}
              onSort={(key) =>
                setQuery({
                  ...query,
                  sort: {
                    key,
                    dir:
                      query.sort.key === key ? (query.sort.dir === "asc" ? "desc" : "asc") : defaultDir(key),
                  },
                })
              }
              selected={selected}
              onSelect={select}
              href={actions.href}
            />
          ) : (
            <Board rows={shown} href={actions.href} onMove={move} />
          )}
        </>
      )}
      {undo.element}
    </div>
  );
}

/** Dates sort newest first on the first click; text sorts A→Z. */
function defaultDir(key: TableQuery["sort"]["key"]): "asc" | "desc" {
  return key === "createdAt" || key === "lastActivityAt" ? "desc" : "asc";
}
