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
});
