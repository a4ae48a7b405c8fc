// The domain types every layer shares. Pure data: no browser API, no Dexie.
// Times are epoch milliseconds (UTC); a "day" is computed in the user's time zone where it matters.

export type Id = string;

/** Pipeline status, derived from events by core/timeline and cached on the application. */
export type ApplicationStatus =
  | "saved"
  | "applied"
  | "interviewing"
  | "offer"
  | "rejected"
  | "withdrawn"
  | "ghosted";

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "saved",
  "applied",
  "interviewing",
  "offer",
  "rejected",
  "withdrawn",
  "ghosted",
];

export type SalaryPeriod = "hour" | "day" | "week" | "month" | "year";

export interface Salary {
  min?: number;
  max?: number;
  currency?: string;
  period?: SalaryPeriod;
}

export interface Contact {
  name: string;
  role?: string;
  email?: string;
}

/** How an application came to be tracked. */
export type ApplicationSource = "manual" | "jobboard" | "email" | "import";

export interface Application {
  id: Id;
  company: string;
  title: string;
  location?: string;
  salary?: Salary;
  url?: string;
  /** Board id from core/posting (e.g. "linkedin", "greenhouse"), when saved from a posting. */
  board?: string;
  postingId?: string;
  /** Registrable domains of the company (e.g. "acme.com"); used to match emails. */
  companyDomains: string[];
  /** Cached: the status the timeline gives (core/timeline), as of the last write. */
  status: ApplicationStatus;
  /** Cached with it: what time alone turns the status into, and when (read with statusAsOf). */
  statusNext?: { at: number; status: ApplicationStatus };
  source: ApplicationSource;
  notes?: string;
  tags?: string[];
  contacts?: Contact[];
  createdAt: number;
  updatedAt: number;
  /** Last time anything happened on this application: drives "recent" lists. */
  lastActivityAt: number;
  /** 0 or 1, not boolean: IndexedDB cannot index booleans. */
  archived: 0 | 1;
  /** Another tracker's id for it ("huntr:…"), when imported: a newer export updates this row. */
  importKey?: string;
}

export type InterviewKind = "phone" | "video" | "onsite" | "other";

/** Where the interview sits in the hiring funnel: each stage starts from its own published base rate. */
export const INTERVIEW_STAGES = ["recruiter-screen", "first-round", "technical", "final"] as const;
export type InterviewStage = (typeof INTERVIEW_STAGES)[number];

export type OutlookBand = "strong" | "promising" | "mixed" | "unclear" | "weak";

/** What the outlook said when the interview was saved; recomputed on edit. */
export interface OutlookSnapshot {
  /** 0–100, or null when there is nothing to go on (band "unclear"). */
  score: number | null;
  band: OutlookBand;
  reasonsFor: string[];
  reasonsAgainst: string[];
  computedAt: number;
  /** The probability range shown, in percent (missing on snapshots saved before ranges existed). */
  range?: { low: number; high: number };
  /** Which model scored it. */
  model?: "default" | "personal";
}

export interface Interview {
  id: Id;
  applicationId: Id;
  /** When it was held (or is scheduled). */
  at: number;
  round?: number;
  kind: InterviewKind;
  /** Funnel stage; when absent it is inferred from kind (see core/signals/base-rates). */
  stage?: InterviewStage;
  interviewers: string[];
  plannedMinutes?: number;
  actualMinutes?: number;
  /** Signal id → seen. Only ticked signs are stored as true. */
  signals: Record<string, boolean>;
  /** The candidate's own impression, 1 (bad) to 5 (great). */
  gut?: number;
  /** The date the interviewer said they would get back by, if one was given. */
  nextStepBy?: number;
  /** Set when an email's stated decision date became nextStepBy: which email, and what it replaced. */
  nextStepByEmail?: { emailId: string; previous?: number };
  notes?: string;
  outlook?: OutlookSnapshot;
  createdAt: number;
  updatedAt: number;
}

/** What the debrief form produces: an interview without the bookkeeping fields. */
export type InterviewDraft = Omit<Interview, "id" | "createdAt" | "updatedAt" | "outlook"> & { id?: string };

export type EmailCategory =
  | "applied"
  | "rejected"
  | "interview"
  | "assessment"
  | "offer"
  | "references"
  | "outreach"
  | "update"
  | "job_alert"
  | "other";

export type EmailProvider = "gmail" | "outlook";

export interface StoredEmail {
  /** provider:messageId, or a content hash when the provider gives no id. */
  id: Id;
  provider: EmailProvider;
  messageId: string;
  threadId?: string;
  fromName: string;
  fromAddress: string;
  subject: string;
  receivedAt: number;
  category: EmailCategory;
  confidence: number;
  evidence: string[];
  /** Plain text, truncated to a few kB. */
  snippet: string;
  /** Linked application, or null while it waits in the review queue. */
  applicationId: Id | null;
  userCorrected: boolean;
}

export type ReminderKind = "thank-you" | "follow-up" | "second-follow-up" | "custom";

export interface Reminder {
  id: Id;
  applicationId: Id;
  interviewId?: Id;
  kind: ReminderKind;
  title: string;
  dueAt: number;
  /** 0 or 1: indexable. */
  done: 0 | 1;
  snoozedUntil?: number;
  /** When a notification was shown for the current due time; cleared when the due time moves. */
  notifiedAt?: number;
}

/** Timeline events. Each kind carries its own payload; the union keeps them honest. */
export type EventPayload =
  | { kind: "saved" }
  | { kind: "applied" }
  | { kind: "interview"; interviewId: Id }
  | { kind: "signals"; interviewId: Id }
  | {
      kind: "email";
      emailId: Id;
      category: EmailCategory;
      /** The status change this email implies waits for the user to accept it (unless set to apply automatically). */
      statusPending?: true;
    }
  | { kind: "followup-due"; reminderId: Id; reminderKind: ReminderKind }
  | { kind: "followup-done"; reminderId: Id; reminderKind: ReminderKind }
  | { kind: "status"; from: ApplicationStatus; to: ApplicationStatus }
  | { kind: "note"; text: string }
  | { kind: "contact"; text: string }
  | { kind: "offer" }
  | { kind: "rejection" }
  | { kind: "withdrawn" };

export type EventKind = EventPayload["kind"];

export type TimelineEvent = EventPayload & {
  id: Id;
  applicationId: Id;
  at: number;
};

/** A job posting as read from a page by core/posting. Empty fields are left out, never "Unknown". */
export interface JobPosting {
  board?: string;
  postingId?: string;
  canonicalUrl?: string;
  title?: string;
  company?: string;
  companyDomain?: string;
  locations: string[];
  remote?: boolean;
  salary?: Salary;
  employmentType?: string;
  datePosted?: string;
  /** Last day the posting accepts applications (schema.org validThrough), as YYYY-MM-DD. */
  validThrough?: string;
  description?: string;
  /** Which source filled each field: "jsonld", an adapter id, "meta" or "generic". */
  sources: Partial<Record<keyof Omit<JobPosting, "sources" | "confidence">, string>>;
  /**
   * How sure the extractor is of each field the user checks before saving, 0–1 (0: empty). Below
   * UNSURE the panel marks the field and puts the cursor there first.
   */
  confidence?: Partial<Record<CheckedField, number>>;
}

/** The fields a user checks before saving a job. */
export type CheckedField = "title" | "company" | "locations" | "remote";

/** Where a content script's problem was seen: a webmail reader, or the job-board panel. */
export type HealthSurface = "gmail" | "outlook" | "jobboard";

/** One kind of problem on one site: first and last seen, and how many page loads it hit. */
export interface HealthProblem {
  surface: HealthSurface;
  host: string;
  firstAt: number;
  lastAt: number;
  count: number;
}
