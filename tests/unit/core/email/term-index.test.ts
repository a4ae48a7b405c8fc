// The classifier scores an email's words as it walks them (term-index.ts) instead of listing
// Prepared.features and looking each up twice: the scores must be exactly what scoreModel and
// scoreBayes give over the listed features, for every dev and written email.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreBayes } from "../../../../src/core/email/bayes";
import { defaultModel } from "../../../../src/core/email/classify";
import { modelFeatures, otherFeatures } from "../../../../src/core/email/features";
import { parseEmailLines } from "../../../../src/core/email/jsonl";
import { scoreModel, topFeatures } from "../../../../src/core/email/model";
import { prepare } from "../../../../src/core/email/prepare";
import { ruleScores } from "../../../../src/core/email/rule-scores";
import { scoreEmail, topTerms } from "../../../../src/core/email/term-index";

const root = join(__dirname, "../../../fixtures/emails");
const emails = [
  join(root, "real/dev.jsonl"),
  ...["dev", "corpus"].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith(".jsonl"))
      .map((f) => join(root, d, f)),
  ),
].flatMap((f) => parseEmailLines(readFileSync(f, "utf8")).rows.map((r) => r.row));

describe("scoring an email's words as they are walked", () => {
  const m = defaultModel();
  const k = m.classes.length;
  const listed = (p: ReturnType<typeof prepare>, rules: ReturnType<typeof ruleScores>) => {
    const v = modelFeatures(p, rules);
    return { model: scoreModel(m, v.names, v.values), bayes: scoreBayes(m.bayes!, p.features, k) };
  };
  /** The scores without the term numbers scoreModel has no use for (topTerms reads them). */
  const plain = ({ model: { ids: _, ...model }, bayes }: ReturnType<typeof scoreEmail>) => ({ model, bayes });

  it("gives exactly the scores of the listed features, for every dev and written email", () => {
    expect(emails.length).toBeGreaterThan(1000);
    expect(m.bayes).toBeDefined();
    let differ = 0;
    for (const e of emails) {
      const p = prepare(e);
      const rules = ruleScores(p);
      const walked = scoreEmail(m, p, (add) => otherFeatures(p, rules, add), true);
      try {
        expect(plain(walked)).toEqual(listed(p, rules));
        // The evidence's strongest features, read by term number, are the ones read by name.
        for (const [ci, other] of [
          [0, 1],
          [3, 3],
          [k - 1, 2],
        ] as const) {
          const keep = (f: string) => !f.startsWith("rule:");
          expect(topTerms(m, walked.model, ci, other, 8, keep)).toEqual(
            topFeatures(m, walked.model, ci, other, 8, keep),
          );
        }
      } catch {
        differ++;
      }
    }
    expect(differ).toBe(0);
  });

  it("scores features set by hand from those features", () => {
    const p = prepare({ subject: "Interview invitation", body: "We would like to invite you." });
    const rules = ruleScores(p);
    p.features = ["s:interview", "invite", "no_such_feature"];
    const walked = scoreEmail(m, p, (add) => otherFeatures(p, rules, add), true);
    expect(plain(walked)).toEqual(listed(p, rules));
    expect(walked.model.used.slice(0, 2)).toEqual(["s:interview", "invite"]);
  });

  it("leaves the naive Bayes out when not asked for", () => {
    const p = prepare({ subject: "Hello", body: "Hello there" });
    expect(scoreEmail(m, p, () => {}, false).bayes).toBeUndefined();
  });
});
