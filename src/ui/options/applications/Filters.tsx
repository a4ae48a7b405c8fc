// Search and filters above the table and the board. Every control has a visible label.
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { STATUS_LABEL } from "../../../core/labels";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../../../core/types";
import { type DateField, DEFAULT_QUERY, type TableQuery } from "../../../db/queries";
import { boardLabel, parseDateInput, toDateInput } from "./format";

export interface FiltersProps {
  query: TableQuery;
  boards: string[];
  onChange(query: TableQuery): void;
}

/** A label tied to its control by id: a wrapping label would take the options' text into its name. */
function Field({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children(id: string): ComponentChildren;
}) {
  const id = useId();
  return (
    <div class={`field ${className ?? ""}`}>
      <label for={id}>{label}</label>
      {children(id)}
    </div>
  );
}

export function isFiltered(q: TableQuery): boolean {
  return (
    q.text.trim() !== "" ||
    q.statuses.length > 0 ||
    q.board !== "" ||
    q.from !== null ||
    q.to !== null ||
    q.archived !== "active"
  );
}

export function Filters({ query, boards, onChange }: FiltersProps) {
  const set = (changes: Partial<TableQuery>) => onChange({ ...query, ...changes });
  return (
    <search class="filters" aria-label="Filter applications">
      <Field label="Search" className="filter-search">
        {(id) => (
          <input
            id={id}
            type="search"
            value={query.text}
            placeholder="Company, role, notes, tags"
            onInput={(e) => set({ text: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label="Status">
        {(id) => (
          <select
            id={id}
            value={query.statuses[0] ?? ""}
            onChange={(e) => {
              const v = e.currentTarget.value as ApplicationStatus | "";
              set({ statuses: v ? [v] : [] });
            }}
          >
            <option value="">Any status</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Board">
        {(id) => (
          <select id={id} value={query.board} onChange={(e) => set({ board: e.currentTarget.value })}>
            <option value="">Any board</option>
            <option value="none">Added by hand</option>
            {boards.map((b) => (
              <option key={b} value={b}>
                {boardLabel(b)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Date">
        {(id) => (
          <select
            id={id}
            value={query.dateField}
            onChange={(e) => set({ dateField: e.currentTarget.value as DateField })}
          >
            <option value="createdAt">Saved</option>
            <option value="lastActivityAt">Last activity</option>
          </select>
        )}
      </Field>
      <Field label="From">
        {(id) => (
          <input
            id={id}
            type="date"
            value={toDateInput(query.from)}
            onChange={(e) => set({ from: parseDateInput(e.currentTarget.value) })}
          />
        )}
      </Field>
      <Field label="To">
        {(id) => (
          <input
            id={id}
            type="date"
            value={toDateInput(query.to)}
            onChange={(e) => set({ to: parseDateInput(e.currentTarget.value, true) })}
          />
        )}
      </Field>
      <Field label="Show">
        {(id) => (
          <select
            id={id}
            value={query.archived}
            onChange={(e) => set({ archived: e.currentTarget.value as TableQuery["archived"] })}
          >
            <option value="active">Active</option>
            <option value="archived">Archived</option>
            <option value="all">All</option>
          </select>
        )}
      </Field>
      {isFiltered(query) && (
        <button
          type="button"
          class="filters-clear"
          onClick={() => onChange({ ...DEFAULT_QUERY, sort: query.sort })}
        >
          Clear filters
        </button>
      )}
    </search>
  );
}
