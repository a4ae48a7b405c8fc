import { describe, expect, it } from "vitest";
import { calibrationCases, computeStatistics } from "../../../../src/core/stats";
import { app, ev, interview, t } from "./build";

const NOW = t("2025-09-01T00:00:00Z");

describe("calibrationCases", () => {
  it("makes one case per interview held before a final outcome, read as of the outcome", () => {
    const applications = [app("offer"), app("open"), app("rejected"), app("withdrew")];
    const interviews = [
      interview("i1", "offer", "2025-03-04T15:00:00Z", { signals: { "asked-start-date": true } }),
      interview("i2", "offer", "2025-03-12T15:00:00Z"),
      interview("i3", "open", "2025-03-04T15:00:00Z"),
      interview("i4", "rejected", "2025-03-04T15:00:00Z"),
      interview("i5", "withdrew", "2025-03-04T15:00:00Z"),
    ];
    const events = [
      ev("offer", "2025-03-20T10:00:00Z", { kind: "offer" }),
      ev("rejected", "2025-03-10T10:00:00Z", { kind: "rejection" }),
      ev("withdrew", "2025-03-10T10:00:00Z", { kind: "withdrawn" }),
    ];
    const cases = calibrationCases({ applications, events, interviews, now: NOW });
    expect(cases.map((c) => [c.input.interview.id, c.outcome, c.input.now])).toEqual([
      ["i1", "offer", t("2025-03-20T10:00:00Z")],
      ["i2", "offer", t("2025-03-20T10:00:00Z")],
      ["i4", "rejection", t("2025-03-10T10:00:00Z")],
    ]);
  });

  it("says there is not enough data below the calibration minimum", () => {
    const stats = computeStatistics({ applications: [], events: [], interviews: [], now: NOW });
    expect(stats.calibration).toMatchObject({ eligible: false, brierPersonal: null, cases: 0 });
    expect(stats.precededOffers).toEqual({ cases: 0, baseRate: null, signs: [] });
  });
});
