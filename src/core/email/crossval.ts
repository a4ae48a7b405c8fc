// Leave-one-source-out cross-validation: every source of real mail is classified by a model trained
// on everything except that source, so a sender's own wording never helps its own score. Pure: the
// CLI (npm run eval:emails:loso) and the unit test share it.
import type { EmailCategory } from "../types";
import type { Judged } from "./evaluate";
import type { LabelledEmail } from "./train";

export interface SourcedEmail extends LabelledEmail {
  source: string;
}

export interface HeldOutResult extends Judged {
  id: string;
  source: string;
  evidence?: string[];
}

/**
 * `train` builds a classifier from examples; `always` are trained on in every fold (the written
 * corpus), `sourced` are held out one source at a time. Results come in source order, then input order.
 */
export function leaveOneSourceOut(
  always: readonly LabelledEmail[],
  sourced: readonly SourcedEmail[],
  train: (examples: readonly LabelledEmail[]) => (email: LabelledEmail) => {
    category: EmailCategory;
    confidence: number;
    evidence?: string[];
  },
): HeldOutResult[] {
  const sources = [...new Set(sourced.map((e) => e.source))].sort();
  const out: HeldOutResult[] = [];
  for (const source of sources) {
    const rest = sourced.filter((e) => e.source !== source);
    const classify = train([...always, ...rest]);
    sourced.forEach((e, i) => {
      if (e.source !== source) return;
      const c = classify(e);
      out.push({
        id: e.id ?? `#${i}`,
        source,
        gold: e.label,
        predicted: c.category,
        confidence: c.confidence,
        evidence: c.evidence,
      });
    });
  }
  return out;
}
