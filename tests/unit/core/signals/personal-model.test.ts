// Simulated histories where the true effect of each sign is known (simulated-history.ts): the personal
// model must find effects that are really there, and must not be adopted when there is nothing personal
// to find (outcomes drawn from the general model itself).
import { describe, expect, it } from "vitest";
import { calibrate, computeOutlook, DEFAULT_MODEL } from "../../../../src/core/signals";
import { simulate } from "./simulated-history";

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// For this simulated user the company pitch preceded rejections and "many candidates" preceded offers:
// both the opposite of the catalogue's direction.
const EFFECTS = { "pitched-company": -2, "many-candidates": 1.5 } as const;

describe("personal model on simulated histories", () => {
  it.each(SEEDS)("recovers the direction of real effects and beats the default's Brier (seed %i)", (seed) => {
    const c = calibrate(simulate({ cases: 80, seed, effects: EFFECTS }));
    expect(c.usePersonal).toBe(true);
    expect(c.brierPersonal!).toBeLessThan(c.brierDefault!);
    expect(c.model.weights["pitched-company"]).toBeLessThan(0);
    expect(c.model.weights["many-candidates"]).toBeGreaterThan(0);
    // Signs whose effect is the default's are not pushed the wrong way.
    expect(Math.sign(c.model.weights["asked-start-date"] ?? 0)).toBe(1);
    expect(Math.sign(c.model.weights["vague-in-touch"] ?? 0)).toBe(-1);
  });

  it.each(SEEDS.flatMap((s) => [40, 80].map((n) => [n, s + 100] as const)))(
    "is not adopted with no personal effect (%i cases, seed %i)",
    (cases, seed) => {
      const c = calibrate(simulate({ cases, seed }));
      expect(c.eligible).toBe(true);
      expect(c.usePersonal).toBe(false);
      expect(c.model).toBe(DEFAULT_MODEL);
    },
  );

  it("moves the outlook for a sign the user's history contradicts", () => {
    const c = calibrate(simulate({ cases: 80, seed: 1, effects: EFFECTS }));
    const input = {
      interview: { at: 0, kind: "video" as const, signals: { "pitched-company": true } },
      now: 1,
    };
    expect(computeOutlook(input, { model: c.model }).probability).toBeLessThan(
      computeOutlook(input).probability,
    );
  });
});
