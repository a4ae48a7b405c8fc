// What an import would add, before anything is written: the format recognised, how many
// applications per status, the first rows, and every problem with its line.
import { ENCODING_LABEL, type ImportPreview, statusCounts } from "../../../core/import";
import { STATUS_LABEL } from "../../../core/labels";
import { dayKeyIn } from "../../../core/local-day";
import { APPLICATION_STATUSES } from "../../../core/types";
import { userTimeZone } from "../../../shared/time-zone";

const FIRST_ROWS = 5;
const MAX_PROBLEMS = 50;
/** The day it is for the user (an imported date-only value is their local midnight, not UTC's). */
const day = (at: number | undefined) => (at === undefined ? "" : dayKeyIn(at, userTimeZone()));

export function ImportPreviewView({ name, preview }: { name: string; preview: ImportPreview }) {
  const apps = preview.applications;
  const counts = statusCounts(apps);
  const archived = apps.filter((a) => a.archived).length;
  const notes = [
    preview.encoding !== "utf-8" && `read as ${ENCODING_LABEL[preview.encoding]} text`,
    preview.delimiter === ";" && "separated by semicolons",
    preview.delimiter === "\t" && "separated by tabs",
  ].filter(Boolean);
  return (
    <>
      <h3 id="csv-preview-title">
        {name}: {apps.length} applications, read as {preview.label}
      </h3>
      {notes.length > 0 && <p class="muted">The file was {notes.join(", ")}.</p>}
      <table class="stats-table" aria-label="Applications per status">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Applications</th>
          </tr>
        </thead>
        <tbody>
          {APPLICATION_STATUSES.filter((s) => counts[s]).map((s) => (
            <tr key={s}>
              <th scope="row">{STATUS_LABEL[s]}</th>
              <td>{counts[s]}</td>
            </tr>
          ))}
          {archived > 0 && (
            <tr>
              <th scope="row">of them archived</th>
              <td>{archived}</td>
            </tr>
          )}
        </tbody>
      </table>
      <table class="stats-table">
        <caption>First rows as they will be imported</caption>
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Applied on</th>
          </tr>
        </thead>
        <tbody>
          {apps.slice(0, FIRST_ROWS).map((a) => (
            <tr key={a.line}>
              <td>{a.company}</td>
              <td>{a.title}</td>
              <td>{STATUS_LABEL[a.status]}</td>
              <td>{day(a.appliedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.problems.length > 0 && (
        <details open={preview.problems.length <= 10}>
          <summary>
            {preview.problems.length} {preview.problems.length === 1 ? "problem" : "problems"} found
          </summary>
          <ul class="problems" aria-label="Rows with problems">
            {preview.problems.slice(0, MAX_PROBLEMS).map((p, i) => (
              <li key={i}>
                Line {p.line}: {p.message}
              </li>
            ))}
            {preview.problems.length > MAX_PROBLEMS && (
              <li>… and {preview.problems.length - MAX_PROBLEMS} more</li>
            )}
          </ul>
        </details>
      )}
    </>
  );
}
