// The note for a reminder: tone, one note to all interviewers or one each, every field editable, the text
// as it will be sent, and the user's own mail to send it. "I sent it" marks the reminder done (a "sent"
// entry on the timeline) and the plan moves to what comes next. Takes {data, actions}.
import { useState } from "preact/hooks";
import { KIND_LABEL, TONE_LABEL, TONES, templateFields } from "../../../core/followup/drafts";
import type { Reminder } from "../../../core/types";
import { applicationHash } from "../../../shared/pages";
import { errorText } from "../../undo";
import {
  currentFields,
  type DraftData,
  type DraftState,
  draftKind,
  initialState,
  renderNotes,
  template,
} from "./draft-state";
import { FieldEditor } from "./FieldEditor";
import { NoteCard } from "./NoteCard";

export interface DraftActions {
  markSent(): Promise<void>;
  undoSent(): Promise<void>;
  copy(text: string): Promise<void>;
  saveSenderName(name: string): void;
}

const when = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });

export function DraftPanel({
  data,
  actions,
  next,
}: {
  data: DraftData;
  actions: DraftActions;
  next?: Reminder;
}) {
  const [state, setState] = useState<DraftState>(() => initialState(data));
  const [error, setError] = useState<string | null>(null);
  const kind = draftKind(data.reminder);
  const t = template(data, state);
  const back = applicationHash(data.application.id);
  if (!kind || !t) {
    return (
      <section class="draft" aria-labelledby="draft-heading">
        <h3 id="draft-heading">{data.reminder.title}</h3>
        <p>
          This reminder has no note to write. <a href={back}>Back to the application</a>
        </p>
      </section>
    );
  }
  const fields = currentFields(data, state);
  const notes = renderNotes(data, state);
  const sent = data.reminder.done === 1;
  const people = state.each.length;
  const run = async (what: () => Promise<void>) => {
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section class="draft" aria-labelledby="draft-heading">
      <div class="draft-head">
        <h3 id="draft-heading">{KIND_LABEL[kind]}</h3>
        <a href={back}>Close</a>
      </div>
      <fieldset class="draft-choice">
        <legend>Tone</legend>
        {TONES.map((tone) => (
          <label key={tone}>
            <input
              type="radio"
              name="draft-tone"
              checked={state.tone === tone}
              onChange={() => setState({ ...state, tone })}
            />{" "}
            {TONE_LABEL[tone]}
          </label>
        ))}
      </fieldset>
      {people > 1 && (
        <fieldset class="draft-choice">
          <legend>Interviewers</legend>
          <label>
            <input
              type="radio"
              name="draft-mode"
              checked={state.mode === "all"}
              onChange={() => setState({ ...state, mode: "all" })}
            />{" "}
            One note to all {people}
          </label>
          <label>
            <input
              type="radio"
              name="draft-mode"
              checked={state.mode === "each"}
              onChange={() => setState({ ...state, mode: "each" })}
            />{" "}
            One note each
          </label>
        </fieldset>
      )}
      <FieldEditor
        used={templateFields(t)}
        values={fields}
        onChange={(name, value) => setState({ ...state, edits: { ...state.edits, [name]: value } })}
        onMyNameBlur={actions.saveSenderName}
      />
      {data.interview?.notes && (
        <details class="draft-notes">
          <summary>Your notes from the interview</summary>
          <p class="muted">{data.interview.notes}</p>
        </details>
      )}
      {notes.map((r, i) => (
        <NoteCard
          key={i}
          index={i}
          rendered={r}
          copy={actions.copy}
          onChange={(note) =>
            setState(
              state.mode === "each" && people > 1
                ? { ...state, each: state.each.map((n, j) => (j === i ? note : n)) }
                : { ...state, all: note },
            )
          }
        />
      ))}
      <div class="draft-done">
        {sent ? (
          <p role="status">
            <strong>Marked as sent.</strong>{" "}
            {next
              ? `Next: ${next.title}, ${when.format(next.dueAt)}.`
              : "Nothing more is planned: wait to hear back."}{" "}
            <button type="button" onClick={() => run(actions.undoSent)}>
              Undo
            </button>{" "}
            <a href={back}>Back to the application</a>
          </p>
        ) : (
          <button type="button" class="primary" onClick={() => run(actions.markSent)}>
            I sent it
          </button>
        )}
        {error && (
          <p class="error" role="alert">
            Could not save that: {error}
          </p>
        )}
      </div>
    </section>
  );
}
