// What the seed documents (shared/seeds) say, as checks on the outlook: "no single sign guarantees an
// offer" (000, 003, 004), "a combination of several positive cues significantly increases your chances"
// (003), and each warning sign ("not-so-good", 002) lowers them.
import { describe, expect, it } from "vitest";
import {
  computeOutlook,
  type Outlook,
  SIGNALS,
  STAGE_BASE_RATES,
  STAGE_KEYS,
  type StageKey,
} from "../../../../src/core/signals";

const AT = Date.UTC(2025, 5, 2, 14, 0);

function outlook(stage: StageKey, signs: string[]): Outlook {
  return computeOutlook({
    interview: {
      at: AT,
      kind: "video",
      ...(stage === "unspecified" ? {} : { stage }),
      signals: Object.fromEntries(signs.map((s) => [s, true])),
    },
    now: AT + 3_600_000,
  });
}

const pct = (p: number) => Math.round(p * 100);
const tickable = SIGNALS.filter((s) => !s.derived);
const STRONG = ["asked-start-date", "next-steps-timeline", "introduced-to-team"];
const BAD = ["uninterested", "start-unsure", "vague-in-touch", "ended-abruptly"];

describe.each(STAGE_KEYS)("seed-grounded outlook at stage %s", (stage) => {
  const base = STAGE_BASE_RATES[stage];

  it("no single sign leaves the stage's base range: its range still overlaps it", () => {
    for (const s of tickable) {
      const o = outlook(stage, [s.id]);
      expect(o.range.low, s.id).toBeLessThanOrEqual(pct(base.high));
      expect(o.range.high, s.id).toBeGreaterThanOrEqual(pct(base.low));
    }
  });

  it("several strong signs move the whole range above the stage's", () => {
    const o = outlook(stage, STRONG);
    expect(o.range.low).toBeGreaterThan(pct(base.high));
    expect(o.comparison).toBe("better");
  });

  it("the bad signs move the whole range below the stage's", () => {
    const o = outlook(stage, BAD);
    expect(o.range.high).toBeLessThan(pct(base.low));
    expect(o.comparison).toBe("worse");
  });

  it("each warning sign alone lowers the middle, each good sign raises it", () => {
    const none = outlook(stage, []).probability;
    for (const s of tickable) {
      const p = outlook(stage, [s.id]).probability;
      if (s.polarity === "positive") expect(p, s.id).toBeGreaterThan(none);
      else expect(p, s.id).toBeLessThan(none);
    }
  });
});
