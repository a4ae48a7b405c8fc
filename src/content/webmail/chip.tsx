// The chip beside the subject: the tag and the linked application, and a small form to correct
// either. In a Shadow DOM so neither the mail page's styles nor ours leak across. Email content is
// only ever rendered as text.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { CATEGORIES, CATEGORY_LABELS } from "../../core/email/categories";
import { STATUS_LABEL } from "../../core/labels";
import type { EmailCategory } from "../../core/types";
import type { EmailTag, TrackedJob } from "../../shared/protocol";
import { CHIP_CSS } from "./chip-css";

export interface ChipActions {
  applications(): Promise<TrackedJob[]>;
  correct(change: { category?: EmailCategory; applicationId?: string | null }): Promise<EmailTag>;
  status(accept: boolean): Promise<EmailTag>;
}

const label = (c: EmailCategory) => {
  const text = CATEGORY_LABELS[c];
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const appName = (a: TrackedJob) => [a.company, a.title].filter(Boolean).join(" — ");

function Chip({
  tag: initial,
  actions,
  onChange,
}: {
  tag: EmailTag;
  actions: ChipActions;
  onChange(tag: EmailTag): void;
}) {
  const [tag, setTag] = useState(initial);
  const [open, setOpen] = useState(false);
  const [apps, setApps] = useState<TrackedJob[] | null>(null);
  const [category, setCategory] = useState(initial.category);
  const [appId, setAppId] = useState(initial.application?.applicationId ?? "");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setTag(initial);
  }, [initial]);
  useEffect(() => {
    if (open && apps === null) {
      actions
        .applications()
        .then(setApps)
        .catch(() => setApps([]));
    }
  }, [open, apps, actions]);

  const apply = (work: Promise<EmailTag>, done: string) => {
    setBusy(true);
    setMessage("");
    work
      .then((next) => {
        setTag(next);
        onChange(next);
        setMessage(done);
        setOpen(false);
      })
      .catch((error: unknown) => setMessage(`Not saved: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => setBusy(false));
  };

  const save = (e: Event) => {
    e.preventDefault();
    const change: { category?: EmailCategory; applicationId?: string | null } = {};
    if (category !== tag.category) change.category = category;
    if (appId !== (tag.application?.applicationId ?? "")) change.applicationId = appId || null;
    if (Object.keys(change).length === 0) {
      setOpen(false);
      return;
    }
    apply(actions.correct(change), "Saved. Debrief will remember this for this sender.");
  };

  const where = tag.application ? appName(tag.application) : "not linked";
  return (
    <section class="chip" aria-label="Debrief email tag">
      <button
        type="button"
        class="tag"
        aria-expanded={open}
        onClick={() => {
          setCategory(tag.category);
          setAppId(tag.application?.applicationId ?? "");
          setOpen(!open);
        }}
      >
        <span class="brand">Debrief</span> <span class="what">{label(tag.category)}</span>
        <span class="where"> · {where}</span>
      </button>
      {tag.proposedStatus && tag.application && (
        <span class="proposal">
          <button
            type="button"
            disabled={busy}
            onClick={() => apply(actions.status(true), "Status changed.")}
          >
            Mark as {STATUS_LABEL[tag.proposedStatus]}
          </button>
          <button
            type="button"
            class="quiet"
            disabled={busy}
            onClick={() => apply(actions.status(false), "")}
          >
            Not now
          </button>
        </span>
      )}
      {open && (
        <form class="edit" onSubmit={save}>
          <label>
            Tag{" "}
            <select value={category} onChange={(e) => setCategory(e.currentTarget.value as EmailCategory)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {label(c)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Application{" "}
            <select value={appId} onChange={(e) => setAppId(e.currentTarget.value)}>
              <option value="">No application</option>
              {tag.application && !apps?.some((a) => a.applicationId === tag.application?.applicationId) && (
                <option value={tag.application.applicationId}>{appName(tag.application)}</option>
              )}
              {(apps ?? []).map((a) => (
                <option key={a.applicationId} value={a.applicationId}>
                  {appName(a)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            Save
          </button>
        </form>
      )}
      <span role="status" class="msg">
        {message}
      </span>
    </section>
  );
}

const HOST = "debrief-email-chip";

/** Shows (or updates) the chip right after `anchor`. One chip per anchor. */
export function showChip(
  anchor: Element,
  tag: EmailTag,
  actions: ChipActions,
  onChange: (t: EmailTag) => void,
) {
  const doc = anchor.ownerDocument;
  let host = anchor.nextElementSibling;
  if (host?.tagName.toLowerCase() !== HOST) {
    host = doc.createElement(HOST);
    (host as HTMLElement).style.cssText = "all: initial; display: inline-block; vertical-align: middle;";
    const shadow = host.attachShadow({ mode: "open" });
    const style = doc.createElement("style");
    style.textContent = CHIP_CSS;
    shadow.append(style, doc.createElement("div"));
    anchor.after(host);
  }
  const root = host.shadowRoot?.lastElementChild;
  if (root && (host as HTMLElement).dataset.emailId !== tag.emailId + String(tag.userCorrected)) {
    (host as HTMLElement).dataset.emailId = tag.emailId + String(tag.userCorrected);
    render(<Chip key={tag.emailId} tag={tag} actions={actions} onChange={onChange} />, root);
  }
}
