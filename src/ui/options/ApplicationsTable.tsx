// All applications as a table (the options page's first view).
import type { Application } from "../../core/types";
import { STATUS_LABEL } from "../status-label";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function ApplicationsTable({ apps }: { apps: Application[] }) {
  if (apps.length === 0) {
    return (
      <p class="muted">
        No applications yet. Add one from the toolbar popup, or save a job from a job board.
      </p>
    );
  }
  return (
    <table class="apps">
      <caption class="visually-hidden">Your applications</caption>
      <thead>
        <tr>
          <th scope="col">Company</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Last activity</th>
        </tr>
      </thead>
      <tbody>
        {apps.map((app) => (
          <tr key={app.id} id={`application-${app.id}`}>
            <td>{app.company}</td>
            <td>{app.url && /^https?:/i.test(app.url) ? <a href={app.url}>{app.title}</a> : app.title}</td>
            <td>{STATUS_LABEL[app.status]}</td>
            <td>{dateFormat.format(app.lastActivityAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
