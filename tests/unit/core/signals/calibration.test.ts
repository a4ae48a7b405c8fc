import { describe, expect, it } from "vitest";
import {
  type CalibrationCase,
  calibrate,
  computeOutlook,
  DEFAULT_MODEL,
  type Outcome,
  outcomeFromStatus,
  signsThatPrecededOffers,
} from "../../../../src/core/signals";

const AT = Date.UTC(2025, 0, 6, 15, 0);

function kase(signs: string[], outcome: Outcome, i = 0): CalibrationCase {
  return {
    input: {
      interview: { at: AT + i * 86_400_000, signals: Object.fromEntries(signs.map((s) => [s, true])) },
      // Outcomes came in before any silence could be derived.
      now: AT + i * 86_400_000 + 3_600_000,
    },
    outcome,
  };
}

// For this user the company pitch preceded rejections and "many candidates" preceded offers:
// the opposite of the catalogue's defaults, so a personal model should win.
const CONTRARY: CalibrationCase[] = [
  ...[0, 1, 2, 3, 4].map((i) => kase(["pitched-company"], "rejection", i)),
  ...[5, 6, 7, 8, 9].map((i) => kase(["many-candidates"], i === 9 ? "ghosted" : "offer", i)),
];

// Each sign seen once before an offer and once before a rejection: leaving one out always points the
// personal model the wrong way, so it must not beat the default.
const BALANCED: CalibrationCase[] = [
  "asked-start-date",
  "warm-rapport",
  "direct-praise",
  "next-steps-timeline",
].flatMap((s, i) => [kase([s], "offer", 2 * i), kase([s], "rejection", 2 * i + 1)]);

describe("calibrate", () => {
  it("waits for eight final outcomes", () => {
    const c = calibrate(CONTRARY.slice(0, 7));
    expect(c).toMatchObject({
      cases: 7,
      eligible: false,
      usePersonal: false,
      brierPersonal: null,
      personal: null,
    });
    expect(c.model).toBe(DEFAULT_MODEL);
  });

  it("has nothing to fit with no history", () => {
    expect(calibrate([])).toMatchObject({
      cases: 0,
      eligible: false,
      usePersonal: false,
      brierDefault: null,
    });
  });

  it("becomes eligible at exactly eight", () => {
    expect(calibrate(CONTRARY.slice(0, 8)).eligible).toBe(true);
  });

  it("uses the personal model when its leave-one-out Brier is clearly lower", () => {
    const c = calibrate(CONTRARY);
    expect(c.eligible).toBe(true);
    expect(c.usePersonal).toBe(true);
    expect(c.brierDefault).toBeCloseTo(0.338, 3);
    expect(c.brierPersonal).toBeCloseTo(0.183, 3);
    expect(c.model.kind).toBe("personal");
    expect(c.model.fit).toEqual({ cases: 10, brierPersonal: c.brierPersonal, brierDefault: c.brierDefault });
    // Pulled toward the user's history (the opposite of the catalogue's signs), held back by the prior.
    expect(c.model.weights["pitched-company"]).toBeLessThan(0);
    expect(c.model.weights["many-candidates"]).toBeGreaterThan(0);
    // Signs never seen keep the catalogue's weight.
    expect(c.model.weights["asked-start-date"]).toBe(DEFAULT_MODEL.weights["asked-start-date"]);
    // One point per case, oldest first, as the model in use predicted it out of sample.
    expect(c.points).toHaveLength(10);
    expect(c.points.map((p) => p.offer)).toEqual(CONTRARY.map((k) => k.outcome === "offer"));
  });

  it("changes what the outlook says once the personal model is in use, and the card says so", () => {
    const c = calibrate(CONTRARY);
    const input = kase(["pitched-company"], "offer").input;
    const byDefault = computeOutlook(input);
    const personal = computeOutlook(input, { model: c.model });
    expect(byDefault.score).toBe(39);
    expect(personal.model).toBe("personal");
    expect(personal.score).toBe(22);
    expect(personal.modelInfo.text).toBe(
      "Using your history: 10 interviews, Brier 0.18 vs 0.34 for the general model.",
    );
  });

  it("falls back to the default when the personal model does not beat it", () => {
    const c = calibrate(BALANCED);
    expect(c.eligible).toBe(true);
    expect(c.usePersonal).toBe(false);
    expect(c.brierPersonal!).toBeGreaterThan(c.brierDefault!);
    expect(c.model).toBe(DEFAULT_MODEL);
    // The fitted model is still reported, for the statistics view.
    expect(c.personal?.kind).toBe("personal");
    const o = computeOutlook(kase(["warm-rapport"], "offer").input, {
      history: { cases: 8, eligible: true, usePersonal: false, brierPersonal: 0.4, brierDefault: 0.25 },
    });
    expect(o.modelInfo.text).toBe(
      "General model in use: on your 8 finished interviews it predicts better than one fitted to you (Brier 0.25 vs 0.40).",
    );
  });

  it("is deterministic", () => {
    expect(calibrate(CONTRARY)).toEqual(calibrate(CONTRARY));
  });
});

describe("signsThatPrecededOffers", () => {
  it("reports per-sign offer rates with counts, only for signs seen at least twice", () => {
    const r = signsThatPrecededOffers([
      kase(["asked-start-date", "warm-rapport"], "offer", 0),
      kase(["asked-start-date"], "offer", 1),
      kase(["asked-start-date", "vague-in-touch"], "rejection", 2),
      kase(["warm-rapport"], "ghosted", 3),
      kase(["direct-praise"], "offer", 4),
    ]);
    expect(r.cases).toBe(5);
    expect(r.baseRate).toBe(0.6);
    expect(r.signs).toEqual([
      { signalId: "asked-start-date", label: "Asked when you could start", seen: 3, offers: 2, rate: 2 / 3 },
      { signalId: "warm-rapport", label: "Warm conversation, real rapport", seen: 2, offers: 1, rate: 0.5 },
    ]);
  });

  it("is empty with no history", () => {
    expect(signsThatPrecededOffers([])).toEqual({ cases: 0, baseRate: null, signs: [] });
  });
});

describe("outcomeFromStatus", () => {
  it.each([
    ["offer", "offer"],
    ["rejected", "rejection"],
    ["ghosted", "ghosted"],
    ["withdrawn", null],
    ["interviewing", null],
    ["applied", null],
    ["saved", null],
  ] as const)("%s → %s", (status, outcome) => {
    expect(outcomeFromStatus(status)).toBe(outcome);
  });
});
