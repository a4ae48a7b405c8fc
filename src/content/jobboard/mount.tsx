// The panel's host: a fixed element (no layout shift), reset with `all: initial`, holding an open
// shadow root with our styles and the debrief form's. Re-rendering the same root keeps the view's state.
import { render } from "preact";
import type { PageJob } from "../../shared/protocol";
import debriefCss from "../../ui/debrief/debrief.css" with { type: "text" };
import outlookCss from "../../ui/outlook/outlook.css" with { type: "text" };
import type { PanelActions } from "./actions";
import { Panel } from "./PanelView";
import panelCss from "./panel.css" with { type: "text" };

export interface PanelHandle {
  update(job: PageJob, expanded: boolean): void;
  remove(): void;
  host: HTMLElement;
}

const HOST_STYLE = [
  "all: initial !important",
  "position: fixed !important",
  "z-index: 2147483646 !important",
  "right: 16px !important",
  "bottom: 16px !important",
  "display: block !important",
].join(";");

export function mountPanel(
  doc: Document,
  actions: PanelActions,
  onExpandedChange: (expanded: boolean) => void,
): PanelHandle {
  const host = doc.createElement("debrief-panel");
  host.setAttribute("style", HOST_STYLE);
  const shadow = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = `${panelCss}\n${debriefCss}\n${outlookCss}`;
  const root = doc.createElement("div");
  shadow.append(style, root);
  doc.documentElement.append(host);
  return {
    host,
    update(job, expanded) {
      render(
        <Panel job={job} expanded={expanded} onExpandedChange={onExpandedChange} actions={actions} />,
        root,
      );
    },
    remove() {
      render(null, root);
      host.remove();
    },
  };
}
