// The status, changeable by hand, and its history: each moment the derived status changed and why.

import { STATUS_LABEL } from "../../../core/labels";
import { deriveStatusDetail, type StatusDetail } from "../../../core/timeline";
import { APPLICATION_STATUSES, type ApplicationStatus, type TimelineEvent } from "../../../core/types";
import { formatDate } from "./format";

/** Replays the timeline and keeps each change of status (events are few per application). */
export function statusHistory(events: readonly TimelineEvent[], now: number): StatusDetail[] {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const history: StatusDetail[] = [];
  for (let i = 1; i <= sorted.length; i++) {
    const detail = deriveStatusDetail(sorted.slice(0, i), i === sorted.length ? now : undefined);
    if (history.at(-1)?.status !== detail.status) history.push(detail);
  }
  return history;
}

export interface StatusPanelProps {
  status: ApplicationStatus;
  events: TimelineEvent[];
  now: number;
  onChange(status: ApplicationStatus): void;
}

export function StatusPanel({ status, events, now, onChange }: StatusPanelProps) {
  const history = statusHistory(events, now);
  return (
    <section class="status-panel" aria-labelledby="status-heading">
      <h3 id="status-heading">Status</h3>
      <label>
        <span>Current status</span>
        <select value={status} onChange={(e) => onChange(e.currentTarget.value as ApplicationStatus)}>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      {history.length > 0 && (
        <ol class="status-history" aria-label="Status history">
          {history.map((h) => (
            <li key={`${h.status}-${h.since}`}>
              <span class={`status status-${h.status}`}>{STATUS_LABEL[h.status]}</span>{" "}
              <span class="muted">
                {h.since !== null ? formatDate(h.since) : ""} · {h.reason}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
