// The job-board panel: a small launcher that expands to the job read from the page. Keyboard: the
// launcher is a real button, Escape collapses and focus returns to it. Screen readers: one labelled
// region, aria-expanded on the launcher, a polite live status for what just happened.
import { useEffect, useRef, useState } from "preact/hooks";
import { STATUS_LABEL } from "../../core/labels";
import type { PageJob, TrackedJob } from "../../shared/protocol";
import { DebriefForm } from "../../ui/debrief/DebriefForm";
import { emptyForm } from "../../ui/debrief/form-state";
import { FollowUpPlanList } from "../../ui/outlook/FollowUpPlanList";
import { OutlookCard } from "../../ui/outlook/OutlookCard";
import type { DebriefOutcome, PanelActions } from "./actions";
import { type Edits, editedJob, firstDoubtful, JobView } from "./JobView";
import { jobIdentity } from "./page";

export interface PanelProps {
  job: PageJob;
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  actions: PanelActions;
}

type View = { kind: "job" } | { kind: "debrief" } | { kind: "result"; outcome: DebriefOutcome };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function Panel({ job, expanded, onExpandedChange, actions }: PanelProps) {
  const identity = jobIdentity(job);
  // undefined: still looking it up; null: not tracked.
  const [tracked, setTracked] = useState<TrackedJob | null | undefined>(undefined);
  const [edits, setEdits] = useState<Edits>({});
  const [view, setView] = useState<View>({ kind: "job" });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const launcher = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);
  const jobRef = useRef(job);
  jobRef.current = job;

  // A different posting (in-page navigation): forget edits and views, and look it up.
  useEffect(() => {
    let current = true;
    setTracked(undefined);
    setEdits({});
    setView({ kind: "job" });
    setStatus("");
    setError("");
    actions.lookup(jobRef.current).then(
      (found) => current && setTracked(found),
      () => current && setTracked(null), // a failed lookup just offers to save
    );
    return () => {
      current = false;
    };
  }, [identity, actions]);

  // Expanded on a job to save: the cursor starts in the first field to fill in or check, so the user
  // fixes it before saving; otherwise at the heading.
  useEffect(() => {
    if (expanded) {
      const id = tracked || view.kind !== "job" ? undefined : firstDoubtful(job.posting, edits);
      const root = heading.current?.getRootNode() as Document | ShadowRoot | undefined;
      const input = id ? root?.querySelector<HTMLInputElement>(`#${id}`) : null;
      (input ?? heading.current)?.focus();
    } else if (returnFocus.current) launcher.current?.focus();
    returnFocus.current = false;
  }, [expanded]);

  // A new view (form, outlook, back to the job) starts at the heading, so Escape and Tab work from there.
  const firstView = useRef(true);
  useEffect(() => {
    if (!firstView.current) heading.current?.focus();
    firstView.current = false;
  }, [view.kind]);

  const collapse = () => {
    returnFocus.current = true;
    onExpandedChange(false);
  };

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      await work();
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };

  const save = async (applied: boolean): Promise<TrackedJob> => {
    const saved = await actions.save(editedJob(job, edits), applied);
    setTracked(saved);
    setStatus(`Saved to Debrief · ${STATUS_LABEL[saved.status]}`);
    return saved;
  };

  const onLog = () =>
    run(async () => {
      if (!tracked) await save(false);
      setView({ kind: "debrief" });
    });

  const onOpen = (applicationId: string, event: Event) => {
    event.preventDefault();
    actions.openTimeline(applicationId);
  };

  const launcherText = tracked ? `Tracked · ${STATUS_LABEL[tracked.status]}` : "Save job";
  const launcherName =
    tracked === undefined ? "Debrief" : tracked ? `Debrief: ${launcherText}` : "Save job to Debrief";

  return (
    // Escape anywhere in the panel collapses it.
    <section
      class="root"
      aria-label="Debrief"
      onKeyDown={(e) => {
        if (e.key === "Escape" && expanded) {
          e.stopPropagation();
          collapse();
        }
      }}
    >
      <button
        ref={launcher}
        type="button"
        class={`launcher${tracked ? " is-tracked" : ""}`}
        aria-expanded={expanded}
        aria-controls="debrief-body"
        aria-label={launcherName}
        hidden={expanded}
        onClick={() => onExpandedChange(true)}
      >
        <span class="mark" aria-hidden="true">
          ✓
        </span>
        {tracked === undefined ? "Debrief" : launcherText}
      </button>
      <div id="debrief-body" class="panel" hidden={!expanded}>
        <header class="head">
          <h2 ref={heading} tabIndex={-1}>
            Debrief
          </h2>
          <button type="button" class="close" aria-label="Collapse Debrief panel" onClick={collapse}>
            ×
          </button>
        </header>
        {view.kind === "job" && (
          <JobView
            job={job}
            edits={edits}
            onEdit={(field, value) => setEdits((e) => ({ ...e, [field]: value }))}
            tracked={tracked ?? null}
            busy={busy || tracked === undefined}
            onSave={(applied) => run(async () => void (await save(applied)))}
            onApplied={() =>
              run(async () => {
                if (!tracked) return;
                const next = await actions.markApplied(tracked.applicationId);
                setTracked(next);
                setStatus(`Marked as applied · ${STATUS_LABEL[next.status]}`);
              })
            }
            onLog={onLog}
            onOpen={onOpen}
          />
        )}
        {view.kind === "debrief" && tracked && (
          <DebriefForm
            title={[tracked.title, tracked.company].filter(Boolean).join(" · ")}
            initial={emptyForm(actions.now())}
            onCancel={() => setView({ kind: "job" })}
            onSave={async (form) => {
              const outcome = await actions.saveDebrief(tracked.applicationId, form);
              setTracked(outcome.job);
              setStatus("Debrief saved.");
              setView({ kind: "result", outcome });
            }}
          />
        )}
        {view.kind === "result" && (
          <div class="result">
            <OutlookCard outlook={view.outcome.outlook} />
            <FollowUpPlanList plan={view.outcome.plan} />
            <div class="actions">
              {tracked?.timelineUrl && (
                <a href={tracked.timelineUrl} onClick={(e) => onOpen(tracked.applicationId, e)}>
                  Open timeline
                </a>
              )}
              <button type="button" class="primary" onClick={() => setView({ kind: "job" })}>
                Done
              </button>
            </div>
          </div>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <p class="status" role="status">
          {status}
        </p>
        <footer class="foot">
          <button
            type="button"
            class="link"
            onClick={() => run(async () => actions.hideOnSite())}
            disabled={busy}
          >
            Hide on this site
          </button>
        </footer>
      </div>
    </section>
  );
}
