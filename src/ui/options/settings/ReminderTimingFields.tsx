// Reminder timing: numbers with their limits; saved when a valid value is entered.
import { useEffect, useState } from "preact/hooks";
import { REMINDER_LIMITS, type ReminderTiming } from "./reminder-timing";

const FIELDS: { key: keyof ReminderTiming; label: string; unit: string }[] = [
  { key: "thankYouHours", label: "Thank-you note due", unit: "hours after the interview" },
  {
    key: "followUpBusinessDays",
    label: "First follow-up when no date was given",
    unit: "business days after",
  },
  {
    key: "afterStatedDateBusinessDays",
    label: "Follow-up after the date they gave",
    unit: "business days after it",
  },
  { key: "reminderHour", label: "Reminders due at", unit: "o'clock (24-hour)" },
];

export function ReminderTimingFields({
  timing,
  onChange,
}: {
  timing: ReminderTiming;
  onChange(next: ReminderTiming): void;
}) {
  return (
    <div class="reminder-timing">
      {FIELDS.map(({ key, label, unit }) => {
        const [min, max] = REMINDER_LIMITS[key];
        const id = `timing-${key}`;
        return (
          <div class="field-row" key={key}>
            <label for={id}>{label}</label>
            <NumberField
              id={id}
              min={min}
              max={max}
              value={timing[key]}
              describedBy={`${id}-unit`}
              onCommit={(value) => onChange({ ...timing, [key]: value })}
            />
            <span id={`${id}-unit`} class="muted">
              {unit}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/**
 * A number input that keeps what the user is typing as its own state and commits on change (Enter or
 * leaving the field). Bound straight to the stored value, Preact would put the old value back after each
 * keystroke, and leaving the field would then commit that old value.
 */
function NumberField(props: {
  id: string;
  min: number;
  max: number;
  value: number;
  describedBy: string;
  onCommit(value: number): void;
}) {
  const [draft, setDraft] = useState(String(props.value));
  useEffect(() => setDraft(String(props.value)), [props.value]);
  return (
    <input
      id={props.id}
      type="number"
      min={props.min}
      max={props.max}
      step={1}
      value={draft}
      aria-describedby={props.describedBy}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => {
        const value = Number(e.currentTarget.value);
        if (Number.isInteger(value) && value >= props.min && value <= props.max) {
          if (value !== props.value) props.onCommit(value);
        } else setDraft(String(props.value));
      }}
    />
  );
}
