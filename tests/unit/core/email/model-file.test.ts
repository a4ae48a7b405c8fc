import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODEL_FILE, TRAINING_FILES, trainedModelText } from "../../../../src/cli/training-data";

describe("the committed email model", () => {
  it("is exactly what training on the written corpus and the real dev mail gives (run npm run train:emails)", () => {
    expect(readFileSync(MODEL_FILE(), "utf8")).toBe(trainedModelText().text);
    // Training (about 1,100 emails through prepare, the rules and L-BFGS) takes seconds on a busy machine.
  }, 120_000);

  it("never learns from the real test split", () => {
    expect(TRAINING_FILES().some((f) => f.includes("real/test"))).toBe(false);
    expect(TRAINING_FILES().some((f) => f.endsWith("real/dev.jsonl"))).toBe(true);
  });
});
