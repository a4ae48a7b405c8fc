import { describe, expect, it } from "vitest";
import {
  fitCalibration,
  fitConfidenceMap,
  mapConfidence,
  softmax,
} from "../../../../src/core/email/calibrate";
import { evaluate, expectedCalibrationError } from "../../../../src/core/email/evaluate";

describe("expected calibration error", () => {
  it("is 0 when stated confidence matches how often tags are right", () => {
    const pairs = [
      ...Array.from({ length: 8 }, () => ({
        gold: "rejected" as const,
        predicted: "rejected" as const,
        confidence: 0.8,
      })),
      ...Array.from({ length: 2 }, () => ({
        gold: "applied" as const,
        predicted: "rejected" as const,
        confidence: 0.8,
      })),
    ];
    expect(expectedCalibrationError(pairs)).toBeCloseTo(0, 6);
  });

  it("is large when the classifier is sure and wrong, and absent without confidences", () => {
    const wrong = [{ gold: "offer" as const, predicted: "other" as const, confidence: 0.99 }];
    expect(expectedCalibrationError(wrong)).toBeCloseTo(0.99, 6);
    expect(evaluate([{ gold: "offer", predicted: "offer" }]).ece).toBeUndefined();
  });

  it("splits the tags at the review threshold, with how many of each side are right", () => {
    const r = evaluate(
      [
        { gold: "offer", predicted: "offer", confidence: 0.9 },
        { gold: "offer", predicted: "other", confidence: 0.7 },
        { gold: "other", predicted: "other", confidence: 0.4 },
        { gold: "applied", predicted: "update", confidence: 0.2 },
      ],
      { reviewAt: 0.7 },
    );
    expect(r.review).toEqual({ threshold: 0.7, below: { n: 2, right: 1 }, above: { n: 2, right: 1 } });
    expect(evaluate([{ gold: "offer", predicted: "offer", confidence: 1 }]).review).toBeUndefined();
  });
});

describe("fitting the calibration temperature", () => {
  // A toy classifier that is too sure: its logits say 95% where it is right 70% of the time.
  const logits = [Math.log(0.95 / 0.05), 0];
  const judged = (t: number) => {
    const confidence = softmax(logits, t)[0] ?? 0;
    return Array.from({ length: 10 }, (_, i) => ({
      gold: (i < 7 ? "offer" : "other") as "offer" | "other",
      predicted: "offer" as const,
      confidence,
    }));
  };

  it("softens an over-sure classifier: the fitted temperature is above 1 and lowers the ECE", () => {
    const fit = fitCalibration([0.5, 1, 2, 3, 4], judged);
    expect(fit.temperature).toBeGreaterThan(1);
    const atOne = fit.table.find((r) => r.temperature === 1)?.ece ?? 0;
    expect(atOne).toBeCloseTo(0.25, 6);
    expect(fit.ece).toBeLessThan(atOne / 2);
    expect(fit.table.map((r) => r.temperature)).toEqual([0.5, 1, 2, 3, 4]);
  });

  it("leaves a well-calibrated classifier at 1, and never changes which tag wins", () => {
    const honest = (t: number) =>
      Array.from({ length: 10 }, (_, i) => ({
        gold: (i < 8 ? "offer" : "other") as "offer" | "other",
        predicted: "offer" as const,
        confidence: softmax([Math.log(4), 0], t)[0] ?? 0,
      }));
    expect(fitCalibration([0.5, 1, 2], honest).temperature).toBe(1);
    for (const t of [0.5, 1, 2, 5]) {
      const p = softmax([2, 1, -1], t);
      expect(p.indexOf(Math.max(...p))).toBe(0);
      expect(p.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 9);
    }
  });
});

describe("the confidence map on the log-odds scale", () => {
  // Written for this test: tags stated at 0.98 that are right 8 times in 10, and tags stated at 0.3
  // that are right 6 times in 10 — too sure at the top, too shy below, as no temperature fixes.
  const judged = [
    ...Array.from({ length: 10 }, (_, i) => ({
      gold: (i < 8 ? "offer" : "other") as "offer" | "other",
      predicted: "offer" as const,
      confidence: 0.98,
    })),
    ...Array.from({ length: 10 }, (_, i) => ({
      gold: (i < 6 ? "rejected" : "other") as "rejected" | "other",
      predicted: "rejected" as const,
      confidence: 0.3,
    })),
  ];

  it("pulls both ends towards how often they are right, and lowers the ECE", () => {
    const fit = fitConfidenceMap(judged);
    expect(fit.slope).toBeLessThan(1);
    expect(mapConfidence(0.98, fit.slope, fit.shift)).toBeCloseTo(0.8, 1);
    expect(mapConfidence(0.3, fit.slope, fit.shift)).toBeCloseTo(0.6, 1);
    expect(fit.eceBefore).toBeCloseTo(0.24, 6);
    expect(fit.ece).toBeLessThan(0.05);
  });

  it("keeps the order of confidences, and leaves them as they are at slope 1, shift 0", () => {
    expect(mapConfidence(0.42, 1, 0)).toBe(0.42);
    const ps = [0.05, 0.3, 0.5, 0.7, 0.99];
    const mapped = ps.map((p) => mapConfidence(p, 0.4, 0.65));
    expect([...mapped].sort((a, b) => a - b)).toEqual(mapped);
    for (const m of mapped) expect(m).toBeGreaterThan(0);
  });
});
