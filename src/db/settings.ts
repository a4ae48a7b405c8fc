// User preferences, one row per key. Defaults live here so every context agrees on them.
import { DEFAULT_PLAN_RULES, type PlanRules } from "../core/followup";
import type { TemplateOverrides, Tone } from "../core/followup/drafts";
import type { BaseRateOverrides, HistorySummary, OutlookModel } from "../core/signals";
import type { HealthProblem } from "../core/types";
import type { DebriefDB } from "./schema";

export interface Settings {
  /** Show a notification when a follow-up is due. */
  notifications: boolean;
  /** Theme of the extension pages. */
  theme: "system" | "light" | "dark";
  /** Apply status changes proposed by emails without asking. */
  autoApplyStatus: boolean;
  /** Hostnames where the job-board panel is hidden. */
  panelHiddenSites: string[];
  /** Webmail providers the user turned on. */
  webmailProviders: Array<"gmail" | "outlook">;
  /** When thank-you notes and follow-ups fall due. */
  reminderTiming: PlanRules;
  /** The tone a new note starts in. */
  draftTone: Tone;
  /** The note templates the user edited (the rest are core/followup/drafts' defaults). */
  draftTemplates: TemplateOverrides;
  /** How the user signs their notes. */
  senderName: string;
  /** Problems a reader or the panel noticed on a page, kept here only (Settings shows them). */
  healthProblems: HealthProblem[];
  /** The user's own offer rates by interview stage (0–1), in place of the published ones. */
  baseRates: BaseRateOverrides;
  /** Calibration on the finished history, kept until that history changes (key). */
  outlookModel: OutlookModelCache | null;
}

export interface OutlookModelCache {
  /** Fingerprint of the finished history and base rates it was computed from. */
  key: string;
  history: HistorySummary;
  /** The personal model when it won, else null (the general model). */
  model: OutlookModel | null;
}

export const DEFAULT_SETTINGS: Settings = {
  notifications: true,
  theme: "system",
  autoApplyStatus: false,
  panelHiddenSites: [],
  webmailProviders: [],
  reminderTiming: DEFAULT_PLAN_RULES,
  draftTone: "warm",
  draftTemplates: {},
  senderName: "",
  healthProblems: [],
  baseRates: {},
  outlookModel: null,
};

export async function getSetting<K extends keyof Settings>(db: DebriefDB, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? DEFAULT_SETTINGS[key] : (row.value as Settings[K]);
}

export async function setSetting<K extends keyof Settings>(
  db: DebriefDB,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

export async function getSettings(db: DebriefDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}
