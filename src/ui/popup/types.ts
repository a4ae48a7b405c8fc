// What the popup shows and what it can do; popup/main.tsx supplies the real ones, tests pass fakes.

import type { Outlook } from "../../core/signals";
import type { Application, Interview, Reminder } from "../../core/types";
import type { InterviewResult } from "../../db/interviews";
import type { PageJob } from "../../shared/protocol";
import type { FormState } from "../debrief/form-state";
import type { LiveState } from "../use-live-query";

/** The application the popup offers first, and why. */
export type Suggestion =
  | { kind: "tracked"; app: Application; reason: string }
  /** `found`: read by the extractor on a page with no panel; offered as "Save this job". */
  | { kind: "page"; job: PageJob; reason: string; found?: boolean };

export interface DueItem {
  reminder: Reminder;
  app: Application | undefined;
}

export interface PopupData {
  suggestion: Suggestion | null;
  recent: LiveState<Application[]>;
  due: LiveState<DueItem[]>;
}

export interface PopupActions {
  addApplication(company: string, title: string): Promise<Application>;
  saveJob(job: PageJob): Promise<Application>;
  search(query: string): Promise<Application[]>;
  interviewsOf(applicationId: string): Promise<Interview[]>;
  saveDebrief(app: Application, form: FormState, interviewId?: string): Promise<InterviewResult<Outlook>>;
  markDone(reminderId: string): Promise<void>;
  snooze(reminderId: string): Promise<void>;
  /** The application's page; with `draftFor`, the note for that reminder opened on it. */
  applicationHref(applicationId: string, draftFor?: string): string;
  now(): number;
}
