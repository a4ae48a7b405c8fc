// Settings: live settings from the database, actions that write them back.
import { useEffect, useMemo } from "preact/hooks";
import { getDb } from "../../src/db";
import { getSettings, setSetting } from "../../src/db/settings";
import { getReminderTiming, setReminderTiming } from "../../src/ui/options/settings/reminder-timing";
import { type SettingsActions, SettingsForm } from "../../src/ui/options/settings/SettingsForm";
import { applyTheme } from "../../src/ui/options/settings/theme";
import { browserWebmailAccess } from "../../src/ui/options/webmail-access";
import { useLiveQuery } from "../../src/ui/use-live-query";

export function SettingsView() {
  const db = getDb();
  const state = useLiveQuery(
    () =>
      db.transaction("r", db.settings, async () => ({
        settings: await getSettings(db),
        reminderTiming: await getReminderTiming(db),
      })),
    [],
  );
  const actions = useMemo<SettingsActions>(
    () => ({
      set: (key, value) => void setSetting(db, key, value),
      setReminderTiming: (timing) => void setReminderTiming(db, timing),
      webmail: browserWebmailAccess(db),
    }),
    [db],
  );
  const theme = state.status === "ready" ? state.value.settings.theme : null;
  // Shows the choice at once on this page; other pages follow through watchTheme.
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
  if (state.status === "loading") return <p class="muted">Loading…</p>;
  if (state.status === "error") {
    return (
      <p class="error" role="alert">
        Could not read your settings: {state.error.message}
      </p>
    );
  }
  return <SettingsForm data={state.value} actions={actions} />;
}
