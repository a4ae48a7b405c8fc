// The personal model: corrections in the chip teach it, by replay over real mail it never saw.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
import { trainModel } from "../../../../src/core/email/train";
import type { EmailCategory } from "../../../../src/core/types";

interface Row {
  id: string;
  from: string;
  subject: string;
  body: string;
  label: EmailCategory;
}
const readReal = (split: "dev" | "test"): Row[] =>
  readFileSync(`tests/fixtures/emails/real/${split}.jsonl`, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Row);
const dev = readReal("dev");
// The stream is all the real mail (both splits, ~380 emails), so the figure does not swing with each new source.
const real = [...dev, ...readReal("test")];
// A shipped model that has not seen the real dev mail (nor, as ever, the test mail), so the replay is about mail it never met.
const devIds = new Set(dev.map((d) => d.id));
const model = loadModel(trainModel(loadTrainingSet().examples.filter((e) => !devIds.has(e.id ?? ""))));
const tagOf = (d: Row, pm?: PersonalModel) =>
  classifyWith(model, prepare(d), undefined, DEFAULT_TUNING, "UTC", pm);

/** A fixed shuffle (by a hash of the id), so the stream is not grouped by source. */
const hash = (s: string) => {
  let x = 2166136261;
  for (const ch of s) x = Math.imul(x ^ ch.charCodeAt(0), 16777619) >>> 0;
  return x;
};
const stream = [...real].sort((a, b) => hash(a.id) - hash(b.id));

describe("personal model, by replay", () => {
  it("makes fewer mistakes on later mail once the user has corrected earlier ones", () => {
    let pm = emptyPersonalModel();
    const half = Math.floor(stream.length / 2);
    let laterWithout = 0;
    let laterWith = 0;
    stream.forEach((d, i) => {
      const shipped = tagOf(d).category;
      const mine = tagOf(d, pm).category;
      if (i >= half && shipped !== d.label) laterWithout++;
      if (i >= half && mine !== d.label) laterWith++;
      if (mine !== d.label) pm = learnFromCorrection(pm, d, mine, d.label, model); // the user fixes the chip
    });
    expect(laterWithout).toBeGreaterThan(0);
    expect(laterWith).toBeLessThan(laterWithout * 0.9);
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
  });

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
