import { describe, expect, it } from "vitest";
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
