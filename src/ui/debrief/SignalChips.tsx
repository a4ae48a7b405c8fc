// The signs as chips, grouped "During", "After" and "Your impression". Each chip is a real checkbox,
// so Space toggles it and screen readers announce it; good and warning signs differ by a symbol and
// their accessible description, not by colour alone. Typing a letter on a chip filters the list.
import { useRef, useState } from "preact/hooks";
import { type Signal, type SignalPhase, tickableSignals } from "../../core/signals";

const PHASES: { phase: SignalPhase; title: string }[] = [
  { phase: "during", title: "During" },
  { phase: "after", title: "After" },
  { phase: "self", title: "Your impression" },
];

function matches(signal: Signal, filter: string): boolean {
  const q = filter.trim().toLowerCase();
  return !q || signal.label.toLowerCase().includes(q) || signal.description.toLowerCase().includes(q);
}

export function SignalChips({
  selected,
  onToggle,
}: {
  selected: Record<string, boolean>;
  onToggle: (id: string, seen: boolean) => void;
}) {
  const [filter, setFilter] = useState("");
  const filterInput = useRef<HTMLInputElement>(null);

  // Printable keys typed on a chip go to the filter box, so "sal" finds "Salary…" from anywhere.
  const onChipKey = (event: KeyboardEvent) => {
    if (event.key.length === 1 && event.key !== " " && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setFilter((f) => f + event.key);
      filterInput.current?.focus();
    }
  };

  return (
    <fieldset class="signals">
      <legend>Signs you noticed</legend>
      <input
        ref={filterInput}
        type="search"
        class="signal-filter"
        placeholder="Type to filter signs"
        aria-label="Filter signs"
        value={filter}
        onInput={(e) => setFilter(e.currentTarget.value)}
      />
      {PHASES.map(({ phase, title }) => {
        const signals = tickableSignals(phase).filter((s) => matches(s, filter));
        if (signals.length === 0) return null;
        return (
          <fieldset class="signal-group" key={phase}>
            <legend>{title}</legend>
            <div class="chips">
              {signals.map((s) => (
                <label key={s.id} class={`chip chip-${s.polarity}`} title={s.description}>
                  <input
                    type="checkbox"
                    checked={selected[s.id] === true}
                    onChange={(e) => onToggle(s.id, e.currentTarget.checked)}
                    onKeyDown={onChipKey}
                    aria-describedby={`polarity-${s.polarity}`}
                  />
                  <span class="chip-mark" aria-hidden="true">
                    {s.polarity === "positive" ? "+" : "−"}
                  </span>
                  {s.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <p
        class="muted"
        hidden={PHASES.some(({ phase }) => tickableSignals(phase).some((s) => matches(s, filter)))}
      >
        No sign matches “{filter}”.
      </p>
      <span id="polarity-positive" hidden>
        good sign
      </span>
      <span id="polarity-negative" hidden>
        warning sign
      </span>
    </fieldset>
  );
}
