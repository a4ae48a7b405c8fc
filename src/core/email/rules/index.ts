// The phrase rules, one file per category. Order matters only for the order of evidence.
import { applied } from "./applied";
import { assessment } from "./assessment";
import { interview } from "./interview";
import { jobAlert } from "./job-alert";
import { offer } from "./offer";
import { other } from "./other";
import { outreach } from "./outreach";
import { references } from "./references";
import { rejected } from "./rejected";
import { type CategoryRules, flatten, type Rule } from "./rule";
import { update } from "./update";

export type { CategoryRules, Rule } from "./rule";

export const ALL_RULES: readonly CategoryRules[] = [
  applied,
  rejected,
  interview,
  assessment,
  offer,
  references,
  outreach,
  update,
  jobAlert,
  other,
];

/** Rules read against the subject line. */
export const SUBJECT_RULES: readonly Rule[] = flatten(ALL_RULES, "subject");
/** Rules read against the new part of the body (quoted history removed). */
export const BODY_RULES: readonly Rule[] = flatten(ALL_RULES, "body");
