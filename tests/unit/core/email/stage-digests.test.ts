// The classifier's stages give exactly what they gave before the speed-ups of issue #12 (session 5):
// for every real dev email, written dev email and written corpus email, the digests of prepare(),
// ruleScores(), extractHints() and the prefilter match tests/fixtures/emails/stage-digests.json, a
// fixture generated at the branch point by `node scripts/run-ts.mjs src/cli/write-email-stages.ts`
// (src/cli/email-stages.ts says what is digested). Those stages and the model decide the
// classification, so with any given model every one of these emails gets the same tag, confidence
// and evidence as before. A change meant to change the stages regenerates the fixture, and says so.
import { describe, expect, it } from "vitest";
import { readStageDigests, stageDigests } from "../../../../src/cli/email-stages";

describe("classifier stages over the dev and written mail", () => {
  const before = readStageDigests();
  const now = stageDigests();

  it("covers the emails the fixture was made from (files are append-only)", () => {
    expect(before.size).toBeGreaterThan(1000);
    const missing = [...before.keys()].filter((k) => !now.has(k));
    expect(missing).toEqual([]);
  });

  it("gives the same prepare, rule, hint and prefilter output for each of them", () => {
    const changed = [...before]
      .filter(([k, v]) => now.has(k) && now.get(k) !== v)
      .map(([k, v]) => `${k}: ${v} → ${now.get(k)}`);
    expect(changed).toEqual([]);
  });
});
