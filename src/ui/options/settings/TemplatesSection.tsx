// Note templates in Settings: the tone new notes start in, and each template (thank-you, follow-up, last
// follow-up × warm, neutral, brief) editable, kept as typed. Reset puts the defaults back, with Undo.
// The section keeps its own copy of the edits (it is the only writer), so typing never waits on storage.
import { useState } from "preact/hooks";
import {
  DEFAULT_TEMPLATES,
  DRAFT_KINDS,
  type DraftKind,
  FIELDS,
  isTone,
  KIND_LABEL,
  mergeTemplates,
  type Template,
  type TemplateOverrides,
  TONE_LABEL,
  TONES,
  type Tone,
  templateProblems,
} from "../../../core/followup/drafts";
import { useUndoToast } from "../../undo";

export interface TemplatesSectionProps {
  overrides: TemplateOverrides;
  tone: Tone;
  onChange(next: TemplateOverrides): void;
  onTone(tone: Tone): void;
}

const same = (a: Template, b: Template) => a.subject === b.subject && a.body === b.body;

/** The overrides with one template set; a template equal to the default is no override. */
export function withTemplate(
  o: TemplateOverrides,
  kind: DraftKind,
  tone: Tone,
  t: Template,
): TemplateOverrides {
  const forKind = { ...(o[kind] ?? {}) };
  if (same(t, DEFAULT_TEMPLATES[kind][tone])) delete forKind[tone];
  else forKind[tone] = t;
  const next = { ...o, [kind]: forKind };
  if (Object.keys(forKind).length === 0) delete next[kind];
  return next;
}

export function TemplatesSection({ overrides, tone, onChange, onTone }: TemplatesSectionProps) {
  const [working, setWorking] = useState<TemplateOverrides>(() =>
    typeof overrides === "object" && overrides !== null ? overrides : {},
  );
  const [kind, setKind] = useState<DraftKind>("thank-you");
  const [editTone, setEditTone] = useState<Tone>(isTone(tone) ? tone : "warm");
  const undo = useUndoToast();
  const current = mergeTemplates(working)[kind][editTone];
  const edited = working[kind]?.[editTone] !== undefined;
  const anyEdited = Object.keys(working).length > 0;
  const problems = templateProblems(current);
  const save = (next: TemplateOverrides) => {
    setWorking(next);
    onChange(next);
  };
  const reset = (next: TemplateOverrides, message: string) => {
    const before = working;
    save(next);
    undo.show(message, () => save(before));
  };
  const label = `${KIND_LABEL[kind]}, ${TONE_LABEL[editTone].toLowerCase()}`;

  return (
    <section class="settings-card template-editor" aria-labelledby="set-notes">
      <h2 id="set-notes">Notes and follow-ups</h2>
      <fieldset class="theme-choice">
        <legend>New notes start in this tone</legend>
        {TONES.map((t) => (
          <label key={t}>
            <input type="radio" name="draft-tone-default" checked={tone === t} onChange={() => onTone(t)} />{" "}
            {TONE_LABEL[t]}
          </label>
        ))}
      </fieldset>
      <div class="template-pick">
        <label for="template-kind">Note</label>{" "}
        <select id="template-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as DraftKind)}>
          {DRAFT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>{" "}
        <label for="template-tone">Tone</label>{" "}
        <select
          id="template-tone"
          value={editTone}
          onChange={(e) => setEditTone(e.currentTarget.value as Tone)}
        >
          {TONES.map((t) => (
            <option key={t} value={t}>
              {TONE_LABEL[t]}
            </option>
          ))}
        </select>{" "}
        <span class="muted small">{edited ? "Edited" : "Default"}</span>
      </div>
      <label for="template-subject">Subject</label>
      <input
        id="template-subject"
        type="text"
        value={current.subject}
        onInput={(e) =>
          save(withTemplate(working, kind, editTone, { ...current, subject: e.currentTarget.value }))
        }
      />
      <label for="template-body">Text</label>
      <textarea
        id="template-body"
        value={current.body}
        onInput={(e) =>
          save(withTemplate(working, kind, editTone, { ...current, body: e.currentTarget.value }))
        }
      />
      {problems.length > 0 && (
        <ul class="error small" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>Fields you can use</summary>
        <p class="muted small">
          Write {"{field}"}, or {"{field|text}"} to use the text when the field is empty. A line that uses an
          empty field is left out of the note.
        </p>
        <dl class="small">
          {FIELDS.map((f) => (
            <div key={f.name}>
              <dt>
                <code>{`{${f.name}}`}</code>
              </dt>
              <dd>{f.hint}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div class="next-buttons">
        <button
          type="button"
          disabled={!edited}
          onClick={() =>
            reset(
              withTemplate(working, kind, editTone, DEFAULT_TEMPLATES[kind][editTone]),
              `Reset: ${label}.`,
            )
          }
        >
          Reset this template
        </button>
        <button
          type="button"
          disabled={!anyEdited}
          onClick={() => reset({}, "All templates reset to the defaults.")}
        >
          Reset all templates
        </button>
      </div>
      {undo.element}
    </section>
  );
}
