import { describe, expect, it } from "vitest";
import { leaveOneSourceOut, type SourcedEmail } from "../../../../src/core/email/crossval";
import type { LabelledEmail } from "../../../../src/core/email/train";

const mail = (id: string, source: string, label: SourcedEmail["label"]): SourcedEmail => ({
  id,
  source,
  label,
  subject: id,
});

describe("leave one source out", () => {
  it("scores each source with a model that never saw it, and trains on the written corpus every time", () => {
    const written: LabelledEmail[] = [{ id: "w1", label: "other", subject: "w1" }];
    const real = [mail("a1", "a", "applied"), mail("b1", "b", "rejected"), mail("a2", "a", "offer")];
    const seen: string[][] = [];
    const results = leaveOneSourceOut(written, real, (examples) => {
      seen.push(examples.map((e) => e.id ?? ""));
      // A "model" that answers the label of the last real email it was trained on.
      const last = examples[examples.length - 1];
      return () => ({ category: last?.label ?? "other", confidence: 0.5 });
    });
    expect(seen).toEqual([
      ["w1", "b1"],
      ["w1", "a1", "a2"],
    ]);
    expect(results.map((r) => [r.id, r.source, r.gold, r.predicted])).toEqual([
      ["a1", "a", "applied", "rejected"],
      ["a2", "a", "offer", "rejected"],
      ["b1", "b", "rejected", "offer"],
    ]);
  });
});
