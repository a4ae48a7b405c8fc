// The job-board panel: a small fixed button in a Shadow DOM, so neither the page's styles nor ours
// leak across, and fixed positioning causes no layout shift.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { JobPosting } from "../../core/types";
import type { TrackedJob } from "../../shared/protocol";
import { PANEL_CSS } from "./panel-css";

export interface PanelActions {
  lookup(): Promise<TrackedJob | null>;
  save(): Promise<TrackedJob>;
}

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "tracked"; job: TrackedJob }
  | { kind: "error"; message: string };

function Panel({ posting, actions }: { posting: JobPosting; actions: PanelActions }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  useEffect(() => {
    actions
      .lookup()
      .then((job) => job && setState({ kind: "tracked", job }))
      .catch(() => undefined); // A failed lookup just leaves the save button.
  }, [actions]);

  const onSave = async () => {
    setState({ kind: "busy" });
    try {
      setState({ kind: "tracked", job: await actions.save() });
    } catch (error) {
      setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="panel" aria-label="Debrief">
      <p class="title">{posting.title ?? "This job"}</p>
      {state.kind === "tracked" ? (
        <p class="status" role="status">
          Saved to Debrief · {state.job.status}
        </p>
      ) : (
        <button type="button" onClick={onSave} disabled={state.kind === "busy"}>
          {state.kind === "busy" ? "Saving…" : "Save job to Debrief"}
        </button>
      )}
      {state.kind === "error" && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}

export function mountPanel(doc: Document, posting: JobPosting, actions: PanelActions): HTMLElement {
  const host = doc.createElement("debrief-panel");
  host.style.cssText = "all: initial; position: fixed; z-index: 2147483646; right: 16px; bottom: 16px;";
  const shadow = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = PANEL_CSS;
  const root = doc.createElement("div");
  shadow.append(style, root);
  doc.documentElement.append(host);
  render(<Panel posting={posting} actions={actions} />, root);
  return host;
}
