// All applications as a sortable, selectable table. Virtualised: only the rows in view are rendered;
// aria-rowcount / aria-rowindex tell assistive technology how big the table really is.

import { STATUS_LABEL } from "../../../core/labels";
import type { ApplicationRow, SortKey, TableQuery } from "../../../db/queries";
import { boardLabel, formatDate } from "./format";
import { useWindow } from "./use-window";

export const ROW_HEIGHT = 40;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "company", label: "Company" },
  { key: "title", label: "Role" },
  { key: "status", label: "Status" },
  { key: "board", label: "Board" },
  { key: "createdAt", label: "Saved" },
  { key: "lastActivityAt", label: "Last activity" },
];

export interface TableProps {
  rows: ApplicationRow[];
  sort: TableQuery["sort"];
  onSort(key: SortKey): void;
  selected: ReadonlySet<string>;
  onSelect(ids: string[], selected: boolean): void;
  href(id: string): string;
}

export function ApplicationsTable({ rows, sort, onSort, selected, onSelect, href }: TableProps) {
  const win = useWindow(rows.length, ROW_HEIGHT);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <div class="table-scroll" ref={win.ref} onScroll={win.onScroll}>
      <table class="apps" aria-rowcount={rows.length + 1}>
        <caption class="visually-hidden">Your applications (sortable by each column)</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" class="col-select">
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={allSelected}
                onChange={(e) =>
                  onSelect(
                    rows.map((r) => r.id),
                    e.currentTarget.checked,
                  )
                }
              />
            </th>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                class={`col-${c.key}`}
                aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
              >
                <button type="button" class="sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">
                    {sort.key === c.key ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Spacer height={win.padTop} />
          {rows.slice(win.start, win.end).map((r, i) => (
            <tr key={r.id} aria-rowindex={win.start + i + 2} class={r.archived ? "archived" : undefined}>
              <td class="col-select">
                <input
                  type="checkbox"
                  aria-label={`Select ${r.title || "application"} at ${r.company || "unknown company"}`}
                  checked={selected.has(r.id)}
                  onChange={(e) => onSelect([r.id], e.currentTarget.checked)}
                />
              </td>
              <td title={r.company}>{r.company}</td>
              <td title={r.title}>
                <a href={href(r.id)}>{r.title || "(no role)"}</a>
              </td>
              <td>
                <span class={`status status-${r.status}`}>{STATUS_LABEL[r.status]}</span>
                {r.archived ? <span class="muted"> · archived</span> : null}
              </td>
              <td>{boardLabel(r.board)}</td>
              <td>{formatDate(r.createdAt)}</td>
              <td>{formatDate(r.lastActivityAt)}</td>
            </tr>
          ))}
          <Spacer height={win.padBottom} />
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows out of view; hidden, so it is not counted as a row. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row is not focusable.
  return <tr aria-hidden="true" class="spacer" style={{ height: `${height}px` }} />;
}
