// What the panel can do. The real ones are background messages (a content script never opens
// IndexedDB); unit tests pass fakes.
import type { FollowUpPlan } from "../../core/followup";
import type { Outlook } from "../../core/signals";
import { send } from "../../shared/messaging";
import type { PageJob, TrackedJob } from "../../shared/protocol";
import { draftFromForm, type FormState } from "../../ui/debrief/form-state";

export interface DebriefOutcome {
  outlook: Outlook;
  plan: FollowUpPlan;
  job: TrackedJob;
}

export interface PanelActions {
  lookup(job: PageJob): Promise<TrackedJob | null>;
  save(job: PageJob, applied: boolean): Promise<TrackedJob>;
  markApplied(applicationId: string): Promise<TrackedJob>;
  /** Validates the form (throwing the message it shows) and saves the debrief. */
  saveDebrief(applicationId: string, form: FormState): Promise<DebriefOutcome>;
  openTimeline(applicationId: string): void;
  /** Hides the panel on this site from now on (Settings lists it and can undo). */
  hideOnSite(): Promise<void>;
  now(): number;
}

export function backgroundActions(host: string, onHidden: () => void): PanelActions {
  return {
    lookup: (job) => send("job/lookup", job),
    save: async (job, applied) => (await send("job/save", { ...job, applied })).job,
    markApplied: (applicationId) => send("job/applied", { applicationId }),
    saveDebrief: async (applicationId, form) => {
      const draft = draftFromForm(form, applicationId);
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const { outlook, plan, job } = await send("interview/save", { draft, timeZone });
      return { outlook, plan, job };
    },
    openTimeline: (applicationId) => {
      send("panel/open", { applicationId }).catch((error: unknown) =>
        console.debug("Debrief: timeline not opened", error),
      );
    },
    hideOnSite: async () => {
      await send("panel/hide", { host });
      onHidden();
    },
    now: () => Date.now(),
  };
}
