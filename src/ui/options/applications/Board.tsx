// Applications as a board, one column per status. Drag a card to another column, or (keyboard,
// screen reader, touch) use the card's "Move to" select: both end in the same onMove.
import { useState } from "preact/hooks";
import { STATUS_LABEL } from "../../../core/labels";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../../../core/types";
import type { ApplicationRow } from "../../../db/queries";
import { applicationLabel } from "../../ApplicationLink";

/** Cards rendered per column before "Show more": a 10,000-card column would stall the page. */
export const COLUMN_PAGE = 50;
const DRAG_TYPE = "application/x-debrief-id";

export interface BoardProps {
  rows: ApplicationRow[];
  href(id: string): string;
  onMove(row: ApplicationRow, to: ApplicationStatus): void;
}

export function Board({ rows, href, onMove }: BoardProps) {
  const byStatus = new Map<ApplicationStatus, ApplicationRow[]>(APPLICATION_STATUSES.map((s) => [s, []]));
  for (const r of rows) byStatus.get(r.status)?.push(r);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (
    <div class="board">
      {APPLICATION_STATUSES.map((status) => (
        <Column
          key={status}
          status={status}
          rows={byStatus.get(status) ?? []}
          href={href}
          onMove={onMove}
          onDropId={(id) => {
            const row = byId.get(id);
            if (row && row.status !== status) onMove(row, status);
          }}
        />
      ))}
    </div>
  );
}

interface ColumnProps {
  status: ApplicationStatus;
  rows: ApplicationRow[];
  href(id: string): string;
  onMove(row: ApplicationRow, to: ApplicationStatus): void;
  onDropId(id: string): void;
}

function Column({ status, rows, href, onMove, onDropId }: ColumnProps) {
  const [limit, setLimit] = useState(COLUMN_PAGE);
  const [over, setOver] = useState(false);
  const headingId = `board-${status}`;
  return (
    <section
      class={`board-column${over ? " drop-target" : ""}`}
      aria-labelledby={headingId}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer?.getData(DRAG_TYPE);
        if (id) onDropId(id);
      }}
    >
      <h2 id={headingId}>
        <span class={`status status-${status}`}>{STATUS_LABEL[status]}</span>{" "}
        <span class="muted">({rows.length})</span>
      </h2>
      {rows.length === 0 && <p class="muted board-empty">Nothing here</p>}
      <ul>
        {rows.slice(0, limit).map((r) => (
          <li
            key={r.id}
            class="board-card"
            draggable
            onDragStart={(e) => {
              e.dataTransfer?.setData(DRAG_TYPE, r.id);
              e.dataTransfer?.setData("text/plain", applicationLabel(r));
              if (e.dataTransfer) e.dataTransfer.effectAllowed = "move";
            }}
          >
            <a href={href(r.id)}>{applicationLabel(r) || "(untitled)"}</a>
            <label class="move-to">
              <span>Move to</span>
              <select
                value={status}
                aria-label={`Move ${applicationLabel(r)} to`}
                onChange={(e) => onMove(r, e.currentTarget.value as ApplicationStatus)}
              >
                {APPLICATION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit(limit + COLUMN_PAGE * 2)}>
          Show more ({rows.length - limit} left)
        </button>
      )}
    </section>
  );
}
