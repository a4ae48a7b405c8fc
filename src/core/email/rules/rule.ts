// The shape of the phrase rules. Each category's file lists its rules as data: [weight, pattern],
// read against the subject line or against the new part of the body (quoted history removed).
// Weights are in the same log-odds units as the model's scores (see ../classify.ts): strong,
// specific phrases weigh 5–8, suggestive ones 1.5–3. Guards that need more than one phrase live in
// ../guards.ts.
import type { EmailCategory } from "../../types";

export type WeightedPattern = readonly [weight: number, pattern: RegExp];

export interface CategoryRules {
  cat: EmailCategory;
  subject: readonly WeightedPattern[];
  body: readonly WeightedPattern[];
}

export interface Rule {
  cat: EmailCategory;
  w: number;
  re: RegExp;
}

export function flatten(all: readonly CategoryRules[], part: "subject" | "body"): Rule[] {
  return all.flatMap((c) => c[part].map(([w, re]) => ({ cat: c.cat, w, re })));
}
