// The personal model: corrections in the chip teach it, by replay over real mail it never saw.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTrainingSet } from "../../../../src/cli/training-data";
import { classifyWith, DEFAULT_TUNING, learnFromCorrection } from "../../../../src/core/email/classify";
import { loadModel } from "../../../../src/core/email/model";
import {
  asPersonalModel,
  emptyPersonalModel,
  MAX_FEATURES,
  type PersonalModel,
} from "../../../../src/core/email/personal";
import { prepare } from "../../../../src/core/email/prepare";
import {
  compareSteps,
  type ReplayStep,
  replayCorrections,
  signTest,
} from "../../../../src/core/email/replay";
import { trainModel } from "../../../../src/core/email/train";
import type { EmailCategory } from "../../../../src/core/types";

interface Row {
  id: string;
  from: string;
  subject: string;
  body: string;
  label: EmailCategory;
  source: string;
}
const readReal = (split: "dev" | "test"): Row[] =>
  readFileSync(`tests/fixtures/emails/real/${split}.jsonl`, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Row);
const dev = readReal("dev");
// The stream is all the real mail (both splits, ~530 emails), so it holds every kind of sender we have.
const real = [...dev, ...readReal("test")];
// A shipped model that has not seen the real dev mail (nor, as ever, the test mail), so the replay is about mail it never met.
const devIds = new Set(dev.map((d) => d.id));
const model = loadModel(trainModel(loadTrainingSet().examples.filter((e) => !devIds.has(e.id ?? ""))));
const tagOf = (d: Row, pm?: PersonalModel) =>
  classifyWith(model, prepare(d), undefined, DEFAULT_TUNING, "UTC", pm);

/** A fixed shuffle (by a hash of the id and a salt), so the stream is not grouped by source. */
const hash = (s: string) => {
  let x = 2166136261;
  for (const ch of s) x = Math.imul(x ^ ch.charCodeAt(0), 16777619) >>> 0;
  return x;
};
const shuffled = (salt: string) => [...real].sort((a, b) => hash(salt + a.id) - hash(salt + b.id));
const stream = shuffled("");

/**
 * Replays a stream: each email is tagged with and without what the corrections so far taught, and
 * a wrong personal tag is corrected. "The same kind of email" is the same source's same label: one
 * sender's receipts, one ATS's rejections, one agency's approaches, as a user's inbox repeats them.
 */
const replay = (order: readonly Row[], learn = learnFromCorrection) =>
  replayCorrections(order, emptyPersonalModel(), {
    shipped: (d) => tagOf(d).category,
    personal: (d, pm) => tagOf(d, pm).category,
    learn: (pm, d, wrong, right) => learn(pm, d, wrong, right, model),
    kindOf: (d) => `${d.source}/${d.label}`,
  });
const sameKind = (steps: readonly ReplayStep[]) => compareSteps(steps.filter((s) => s.kindCorrected));
// Learning "switched off": the chip's corrections are dropped. The measure must not pass on this.
const forget: typeof learnFromCorrection = (pm) => pm;

/** Orders the mail may arrive in: the verdict must not hang on one lucky or unlucky order. */
const ORDERS = ["", "1", "2", "3", "4"];

describe("personal model, by replay", () => {
  let runs: ReplayStep[][] = [];
  beforeAll(() => {
    runs = ORDERS.map((salt) => replay(shuffled(salt)));
  }, 120_000);

  it("stops the same kind of mistake once the user has corrected one", () => {
    // On mail of a kind the user has corrected before, compare the tags with and without learning,
    // email by email: the emails they disagree on must go the personal model's way by more than
    // chance (exact one-sided sign test). It scales with the stream, so no count here depends on how
    // much real mail there is. Its verdict is the median p over the five orders, below 0.006: if
    // learning were a coin toss, each order's p is below 0.006 with chance ≤ 0.006, so three or more
    // of five are (Markov's inequality, however the orders correlate) with chance ≤ 5 × 0.006 / 3 = 1 %.
    const results = runs.map(sameKind);
    for (const r of results) {
      expect(r.errorsWithout).toBeGreaterThan(0);
      expect(r.errorsWith).toBeLessThan(r.errorsWithout);
    }
    const ps = results.map((r) => r.p).sort((a, b) => a - b);
    expect(ps[Math.floor(ps.length / 2)]).toBeLessThan(0.006);
  });

  it("fails that measure when the corrections teach nothing", () => {
    const r = sameKind(replay(stream, forget));
    expect(r.errorsWithout).toBeGreaterThan(0);
    expect(r).toMatchObject({ fixed: 0, broken: 0, p: 1 });
    // Replays the real dev stream in five orders: a generous limit on a loaded machine.
  }, 60_000);

  it("costs nothing overall, in every order", () => {
    // All mail, corrected kinds or not: it fixes more than it breaks.
    for (const s of runs) {
      const all = compareSteps(s);
      expect(all.errorsWith).toBeLessThan(all.errorsWithout);
    }
  });

  it("after one correction, tags that email the user's way and says why", () => {
    const wrong = stream.find((d) => tagOf(d).category !== d.label);
    expect(wrong).toBeDefined();
    if (!wrong) return;
    const before = tagOf(wrong).category;
    const pm = learnFromCorrection(emptyPersonalModel(), wrong, before, wrong.label, model);
    const after = tagOf(wrong, pm);
    expect(after.category).toBe(wrong.label);
    expect(after.evidence[0]).toMatch(/^like emails you re-tagged as /);
  });

  it("leaves most other mail alone after one correction", () => {
    const wrong = stream.find((d) => tagOf(d).category !== d.label);
    if (!wrong) throw new Error("no mistake to correct");
    const pm = learnFromCorrection(emptyPersonalModel(), wrong, tagOf(wrong).category, wrong.label, model);
    const others = stream.filter((d) => d.id !== wrong.id);
    const changed = others.filter((d) => tagOf(d).category !== tagOf(d, pm).category).length;
    expect(changed / others.length).toBeLessThan(0.1);
    // Tags the whole stream (~900 real emails) twice: a generous limit on a loaded machine.
  }, 60_000);

  it("stays bounded however many corrections it learns", () => {
    let pm = emptyPersonalModel();
    for (let round = 0; round < 1; round++) {
      for (const d of stream) {
        const flip: EmailCategory = d.label === "other" ? "rejected" : "other";
        pm = learnFromCorrection(pm, d, d.label, flip, model);
      }
    }
    expect(Object.keys(pm.weights).length).toBeLessThanOrEqual(MAX_FEATURES);
    // A size check, not a speed one: it learns the whole replay stream, which grows with the real dev
    // mail, so it gets a generous limit on a loaded machine (speed lives in bench/).
  }, 60_000);

  it("counts the sign test exactly", () => {
    expect(signTest(0, 0)).toBe(1);
    expect(signTest(3, 0)).toBeCloseTo(1 / 8, 12);
    expect(signTest(12, 1)).toBeCloseTo(14 / 8192, 12); // (C(13,12) + C(13,13)) / 2^13
    expect(signTest(1, 3)).toBeCloseTo(15 / 16, 12);
  });

  it("reads a stored value defensively", () => {
    expect(asPersonalModel(null)).toEqual(emptyPersonalModel());
    expect(asPersonalModel({ version: 2, weights: {} })).toEqual(emptyPersonalModel());
    const junk = asPersonalModel({
      version: 1,
      corrections: 3,
      weights: { a: { rejected: 1, bogus: 2, other: "x" } },
    });
    expect(junk).toEqual({ version: 1, corrections: 3, weights: { a: { rejected: 1 } } });
  });
});
