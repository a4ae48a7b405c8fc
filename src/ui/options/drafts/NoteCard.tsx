// One note, ready to go: who it is to, the subject and text as they will arrive, and the ways to send it
// from the user's own mail. Debrief only opens a compose window; the user sends.
import { useState } from "preact/hooks";
import { type MailTarget, TARGET_LABEL } from "../../../core/followup/drafts";
import type { NoteDraft, RenderedNote } from "./draft-state";
import { TARGETS } from "./draft-state";

const WHERE: Record<MailTarget, string> = {
  gmail: "Gmail's",
  outlook: "Outlook's",
  mailto: "the email app's",
};

export interface NoteCardProps {
  index: number;
  rendered: RenderedNote;
  onChange(note: NoteDraft): void;
  copy(text: string): Promise<void>;
}

export function NoteCard({ index, rendered, onChange, copy }: NoteCardProps) {
  const { note, subject, body, links, invalid } = rendered;
  const [copied, setCopied] = useState<string | null>(null);
  const id = (what: string) => `note-${index}-${what}`;
  const cut = TARGETS.filter((t) => links[t].cut);
  return (
    <article class="draft-note" aria-label={`Note ${index + 1}${note.name ? ` to ${note.name}` : ""}`}>
      <div class="draft-field">
        <label for={id("to")}>To</label>
        <input
          id={id("to")}
          type="text"
          inputMode="email"
          value={note.to}
          placeholder="name@company.com"
          onInput={(e) => onChange({ ...note, to: e.currentTarget.value })}
        />
        {invalid.length > 0 ? (
          <span class="error small" role="alert">
            Not an email address, left out: {invalid.join(", ")}
          </span>
        ) : (
          note.to.trim() === "" && (
            <span class="muted small">No address known yet: add one here or in your mail.</span>
          )
        )}
      </div>
      <div class="draft-field">
        <label for={id("name")}>Greeting name</label>
        <input
          id={id("name")}
          type="text"
          value={note.name}
          onInput={(e) => onChange({ ...note, name: e.currentTarget.value })}
        />
      </div>
      <p class="draft-subject">
        <span class="muted">Subject:</span> <strong>{subject || "(no subject)"}</strong>
      </p>
      <pre class="draft-body">{body}</pre>
      <div class="draft-send">
        {TARGETS.map((t) => (
          <a
            key={t}
            class="button-link"
            href={links[t].url}
            {...(t === "mailto" ? {} : { target: "_blank", rel: "noopener noreferrer" })}
          >
            {TARGET_LABEL[t]}
          </a>
        ))}
        <button
          type="button"
          onClick={async () => {
            try {
              await copy(body);
              setCopied("Copied the note.");
            } catch {
              setCopied("Could not copy: select the text above and copy it.");
            }
          }}
        >
          Copy
        </button>
        <span role="status" class="muted small">
          {copied}
        </span>
      </div>
      {cut.map((t) => (
        <p key={t} class="muted small">
          Too long for {WHERE[t]} link: it opens with the first {links[t].bodyChars} of {body.length}{" "}
          characters. Copy gives the whole note.
        </p>
      ))}
    </article>
  );
}
