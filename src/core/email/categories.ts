import type { EmailCategory } from "../types";

export const CATEGORIES: readonly EmailCategory[] = [
  "applied",
  "rejected",
  "interview",
  "assessment",
  "offer",
  "references",
  "outreach",
  "update",
  "job_alert",
  "other",
];

/** The eight categories that are about the person's own applications (or a recruiter's approach). */
export const APPLICATION_CATEGORIES: readonly EmailCategory[] = CATEGORIES.slice(0, 8);

export function isApplicationCategory(c: EmailCategory): boolean {
  return APPLICATION_CATEGORIES.includes(c);
}

export function isCategory(value: unknown): value is EmailCategory {
  return typeof value === "string" && (CATEGORIES as readonly string[]).includes(value);
}

/** Words a user reads in evidence and review prompts. */
export const CATEGORY_LABELS: Record<EmailCategory, string> = {
  applied: "application received",
  rejected: "rejection",
  interview: "interview",
  assessment: "assessment",
  offer: "offer",
  references: "references or background check",
  outreach: "recruiter outreach",
  update: "application update",
  job_alert: "job alert",
  other: "not job-related",
};
