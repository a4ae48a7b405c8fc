// One application in a list: company, role and status; opens its page on the options page.

import { STATUS_LABEL } from "../core/labels";
import type { Application } from "../core/types";

export function applicationLabel(app: Pick<Application, "company" | "title">): string {
  return [app.title, app.company].filter(Boolean).join(" · ");
}

export function ApplicationLink({ app, href }: { app: Application; href: string }) {
  return (
    <a class="app-link" href={href} target="_blank" rel="noopener">
      <span class="app-name">{applicationLabel(app)}</span>
      <span class={`status status-${app.status}`}>{STATUS_LABEL[app.status]}</span>
    </a>
  );
}
