// The settings view: every preference, saved as soon as it changes (no Save button to forget).
import type { Settings } from "../../../db/settings";
import type { WebmailAccess } from "../webmail-access";
import { BaseRateFields } from "./BaseRateFields";
import { EmailData } from "./EmailData";
import { HiddenSites } from "./HiddenSites";
import { Problems } from "./Problems";
import { ReminderTimingFields } from "./ReminderTimingFields";
import type { ReminderTiming } from "./reminder-timing";
import { TemplatesSection } from "./TemplatesSection";
import { WebmailToggles } from "./WebmailToggles";

export interface SettingsActions {
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  setReminderTiming(timing: ReminderTiming): void;
  webmail: WebmailAccess;
}

export interface SettingsData {
  settings: Settings;
  reminderTiming: ReminderTiming;
}

const THEMES: { value: Settings["theme"]; label: string }[] = [
  { value: "system", label: "Same as my system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

export function SettingsForm({ data, actions }: { data: SettingsData; actions: SettingsActions }) {
  const { settings } = data;
  return (
    <div class="settings">
      <section class="settings-card" aria-labelledby="set-email">
        <h2 id="set-email">Email</h2>
        <WebmailToggles actions={actions.webmail} />
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.autoApplyStatus}
            aria-checked={settings.autoApplyStatus}
            onChange={(e) => actions.set("autoApplyStatus", e.currentTarget.checked)}
          />
          <span>Apply status changes from emails automatically</span>
        </label>
        <p class="muted">
          Off: an email that looks like a rejection or an offer asks you before changing the status.
        </p>
      </section>

      <EmailData />

      <Problems problems={settings.healthProblems} onClear={() => actions.set("healthProblems", [])} />

      <section class="settings-card" aria-labelledby="set-reminders">
        <h2 id="set-reminders">Reminders</h2>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.notifications}
            aria-checked={settings.notifications}
            onChange={(e) => actions.set("notifications", e.currentTarget.checked)}
          />
          <span>Show a notification when a follow-up is due</span>
        </label>
        <ReminderTimingFields timing={data.reminderTiming} onChange={actions.setReminderTiming} />
      </section>

      <TemplatesSection
        overrides={settings.draftTemplates}
        tone={settings.draftTone}
        onChange={(next) => actions.set("draftTemplates", next)}
        onTone={(tone) => actions.set("draftTone", tone)}
      />

      <section class="settings-card" aria-labelledby="set-look">
        <h2 id="set-look">Appearance</h2>
        <fieldset class="theme-choice">
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t.value}>
              <input
                type="radio"
                name="theme"
                value={t.value}
                checked={settings.theme === t.value}
                onChange={() => actions.set("theme", t.value)}
              />{" "}
              {t.label}
            </label>
          ))}
        </fieldset>
      </section>

      <section class="settings-card" aria-labelledby="set-outlook">
        <h2 id="set-outlook">Outlook base rates</h2>
        <BaseRateFields rates={settings.baseRates} onChange={(next) => actions.set("baseRates", next)} />
      </section>

      <section class="settings-card" aria-labelledby="set-panel">
        <h2 id="set-panel">Job-board panel</h2>
        <HiddenSites
          sites={settings.panelHiddenSites}
          onChange={(next) => actions.set("panelHiddenSites", next)}
        />
      </section>
    </div>
  );
}
