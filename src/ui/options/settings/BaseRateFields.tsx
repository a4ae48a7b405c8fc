// Base rates by interview stage: the published figure with its sources, and the user's own figure in
// its place when they know better (their field, their market). Blank means the published figure.
import { useEffect, useState } from "preact/hooks";
import {
  type BaseRateOverrides,
  MAX_RATE,
  MIN_RATE,
  oneIn,
  STAGE_BASE_RATES,
  STAGE_KEYS,
  type StageKey,
} from "../../../core/signals";

const MIN = Math.round(MIN_RATE * 100);
const MAX = Math.round(MAX_RATE * 100);

export function BaseRateFields({
  rates,
  onChange,
}: {
  rates: BaseRateOverrides;
  onChange(next: BaseRateOverrides): void;
}) {
  const set = (stage: StageKey, value: number | null) => {
    const next = { ...rates };
    if (value === null) delete next[stage];
    else next[stage] = value / 100;
    onChange(next);
  };
  return (
    <div class="base-rates">
      <p class="muted">
        Each outlook starts from the share of candidates at the interview's stage who get an offer. The
        figures come from published hiring-funnel reports; put your own in their place if you know your
        field's better (leave blank for the published one).
      </p>
      {STAGE_KEYS.map((stage) => {
        const b = STAGE_BASE_RATES[stage];
        const id = `rate-${stage}`;
        const own = rates[stage];
        return (
          <div class="field-row base-rate-row" key={stage}>
            <label for={id}>At {b.label}</label>
            <PercentField
              id={id}
              value={own === undefined ? null : Math.round(own * 100)}
              placeholder={String(Math.round(b.rate * 100))}
              describedBy={`${id}-src`}
              onCommit={(v) => set(stage, v)}
            />
            <span id={`${id}-src`} class="muted small">
              % · published: {Math.round(b.rate * 100)} % (about {oneIn(b.rate)}), range{" "}
              {Math.round(b.low * 100)}–{Math.round(b.high * 100)} % —{" "}
              {b.sources.map((s, i) => (
                <span key={s.url}>
                  {i > 0 && ", "}
                  <a href={s.url} target="_blank" rel="noopener noreferrer" title={`${s.title}: ${s.figure}`}>
                    {s.publisher}
                    {s.year ? ` ${s.year}` : ""}
                  </a>
                </span>
              ))}
              . {b.approximate}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** Commits on change (Enter or leaving the field): a whole percent in range, or blank for none. */
function PercentField(props: {
  id: string;
  value: number | null;
  placeholder: string;
  describedBy: string;
  onCommit(value: number | null): void;
}) {
  const text = props.value === null ? "" : String(props.value);
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState(false);
  useEffect(() => setDraft(text), [text]);
  return (
    <input
      id={props.id}
      type="number"
      min={MIN}
      max={MAX}
      step={1}
      value={draft}
      placeholder={props.placeholder}
      aria-describedby={props.describedBy}
      aria-invalid={error}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => {
        const raw = e.currentTarget.value.trim();
        if (raw === "") {
          setError(false);
          if (props.value !== null) props.onCommit(null);
          return;
        }
        const v = Number(raw);
        if (Number.isInteger(v) && v >= MIN && v <= MAX) {
          setError(false);
          if (v !== props.value) props.onCommit(v);
        } else {
          setError(true);
          setDraft(text);
        }
      }}
    />
  );
}
