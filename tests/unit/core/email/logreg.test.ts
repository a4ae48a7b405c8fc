// The logistic-regression trainer (core/email/logreg.ts) and the model trained from emails
// (core/email/train.ts) on toy sets written for these tests.
import { describe, expect, it } from "vitest";
import { fitSoftmax, type SparseRow } from "../../../../src/core/email/logreg";
import { loadModel, scoreModel, topFeatures } from "../../../../src/core/email/model";
import { type LabelledEmail, trainModel, vectorOf } from "../../../../src/core/email/train";

const row = (idx: number[], y: number, w = 1, val?: number[]): SparseRow => ({
  idx: Int32Array.from(idx),
  val: Float64Array.from(val ?? idx.map(() => 1)),
  y,
  w,
});

/** Predicted class of a sparse row under a fitted model. */
const predict = (fit: ReturnType<typeof fitSoftmax>, r: SparseRow, k: number) => {
  const z = Array.from(fit.bias);
  r.idx.forEach((f, j) => {
    for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (fit.weights[f * k + c] ?? 0) * (r.val[j] ?? 1);
  });
  return z.indexOf(Math.max(...z));
};

describe("fitSoftmax", () => {
  // Three classes told apart by features 0, 1 and 2; feature 3 is noise every row has.
  const separable = [
    row([0, 3], 0),
    row([0, 3], 0),
    row([1, 3], 1),
    row([1, 3], 1),
    row([2, 3], 2),
    row([2, 3], 2),
  ];

  it("learns a separable toy set", () => {
    const fit = fitSoftmax(separable, 4, 3, { l2: 1e-3 });
    for (const r of separable) expect(predict(fit, r, 3)).toBe(r.y);
    // The shared feature says nothing: its weights are about equal in every class.
    const shared = [0, 1, 2].map((c) => fit.weights[3 * 3 + c] ?? 0);
    expect(Math.max(...shared) - Math.min(...shared)).toBeLessThan(0.05);
    expect(fit.loss).toBeLessThan(0.3);
  });

  it("is deterministic: the same rows give the same weights, bit for bit", () => {
    const a = fitSoftmax(separable, 4, 3);
    const b = fitSoftmax(separable, 4, 3);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
  });

  it("shrinks weights as the L2 penalty grows", () => {
    const size = (l2: number) => {
      const w = fitSoftmax(separable, 4, 3, { l2 }).weights;
      return Math.sqrt(w.reduce((a, x) => a + x * x, 0));
    };
    expect(size(1)).toBeLessThan(size(0.01));
    expect(size(0.01)).toBeLessThan(size(1e-4));
  });

  it("weighs examples: a heavier class wins the feature they share", () => {
    // Feature 0 appears with class 0 three times and with class 1 once.
    const rows = [row([0], 0), row([0], 0), row([0], 0), row([0], 1)];
    expect(predict(fitSoftmax(rows, 1, 2), row([0], 0), 2)).toBe(0);
    // Weigh the lone class-1 row six times as much: now class 1 owns the feature.
    const weighted = [row([0], 0), row([0], 0), row([0], 0), row([0], 1, 6)];
    expect(predict(fitSoftmax(weighted, 1, 2), row([0], 0), 2)).toBe(1);
  });
});

describe("trainModel", () => {
  const mail = (
    label: LabelledEmail["label"],
    subject: string,
    body: string,
    source?: string,
  ): LabelledEmail => ({
    label,
    subject,
    body,
    from: "Someone <someone@example.org>",
    ...(source ? { source } : {}),
  });
  // Written for this test: three short kinds of mail, several of each.
  const set: LabelledEmail[] = [
    ...["Ana", "Ben", "Cy", "Dee"].map((n) =>
      mail("offer", `Hello ${n}`, `We are thrilled to extend a zebrafruit to ${n}.`),
    ),
    ...["Ana", "Ben", "Cy", "Dee"].map((n) =>
      mail("other", `Hello ${n}`, `Here is the weekly plumcorner digest, ${n}.`),
    ),
    ...["Ana", "Ben"].map((n) =>
      mail("rejected", `Hello ${n}`, `Sadly the quartzhollow answer is no, ${n}.`),
    ),
  ];

  it("gives each kind's own word to its class, and says so in topFeatures", () => {
    const m = loadModel(trainModel(set, { minDocs: 2 }));
    const probe = scoreModel(m, ["zebrafruit", "hello"]);
    const best = probe.logScores.indexOf(Math.max(...probe.logScores));
    expect(m.classes[best]).toBe("offer");
    const other = m.classes.indexOf("other");
    expect(topFeatures(m, probe, best, other, 3)).toContain("zebrafruit");
    const q = scoreModel(m, ["quartzhollow"]);
    expect(m.classes[q.logScores.indexOf(Math.max(...q.logScores))]).toBe("rejected");
  });

  it("writes the same model twice", () => {
    expect(JSON.stringify(trainModel(set))).toBe(JSON.stringify(trainModel([...set])));
  });

  it("balances classes: a class with few emails is not drowned by a big one", () => {
    // One word shared by 8 "other" emails and 2 "rejected" ones, and nothing else to go on.
    const shared: LabelledEmail[] = [
      ...Array.from({ length: 8 }, (_, i) => mail("other", "note", `lumenfold ${i}`)),
      ...Array.from({ length: 2 }, (_, i) => mail("rejected", "note", `lumenfold ${i}`)),
    ];
    const share = (balance: number) => {
      const m = loadModel(trainModel(shared, { minDocs: 1, balance, bias: 1 }));
      const s = scoreModel(m, ["lumenfold"]).logScores;
      return (s[m.classes.indexOf("rejected")] ?? 0) - (s[m.classes.indexOf("other")] ?? 0);
    };
    // With an intercept per class: unbalanced, "other" is four times as likely; balanced, about even.
    expect(share(0)).toBeLessThan(-1);
    expect(Math.abs(share(1))).toBeLessThan(0.3);
  });

  it("with rule-less copies, the words of mail the rules already explain still say its class", () => {
    // Rejections a phrase rule reads, each also with a word of its own sender; digests with another.
    const ruled: LabelledEmail[] = [
      ...[1, 2, 3, 4].map((i) =>
        mail(
          "rejected",
          "Your application",
          `Unfortunately we will not be moving forward. quartzhollow ${i}`,
        ),
      ),
      ...[1, 2, 3, 4].map((i) => mail("other", "Digest", `Here is the weekly plumcorner digest ${i}.`)),
    ];
    // How far one of those rejections leans to "rejected" over "other" on its words and shape alone,
    // as a rejection in new wording that no rule reads would.
    const v = vectorOf(ruled[0] as LabelledEmail);
    const words = v.names.filter((f) => !f.startsWith("rule:"));
    expect(words.length).toBeLessThan(v.names.length);
    const lean = (ruleDrop: number) => {
      const m = loadModel(trainModel(ruled, { minDocs: 1, ruleDrop }));
      const s = scoreModel(m, words).logScores;
      return (s[m.classes.indexOf("rejected")] ?? 0) - (s[m.classes.indexOf("other")] ?? 0);
    };
    expect(lean(0.4)).toBeGreaterThan(lean(0) + 1);
  });

  it("keeps no feature built on the fixtures' stand-in names", () => {
    // Every offer here greets the stand-in Alex Morgan, every other mail a real-looking name.
    const named: LabelledEmail[] = [
      ...[1, 2, 3].map((i) => mail("offer", "Hi Alex", `Dear Alex Morgan, a zebrafruit ${i} for you.`)),
      ...[1, 2, 3].map((i) => mail("other", "Hi Dee", `Dear Dee Lane, the plumcorner ${i} digest.`)),
    ];
    const m = loadModel(trainModel(named, { minDocs: 1 }));
    expect([...m.weights.keys()].filter((f) => /alex|morgan/.test(f))).toEqual([]);
    expect(m.weights.has("zebrafruit")).toBe(true);
    expect(m.weights.has("dee")).toBe(true);
  });
});
