import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  CONFLICTING_SIGNALS,
  SEED_SOURCES,
  SIGNAL_GROUPS,
  SIGNALS,
  signalById,
  signalWeight,
  tickableSignals,
} from "../../../../src/core/signals";

// The seed documents live next to the repository (../shared/seeds); the check is skipped elsewhere.
const SEEDS_DIR = fileURLToPath(new URL("../../../../../shared/seeds", import.meta.url));
const seedNames = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).map((f) => f.replace(/\.txt$/, "")) : null;

describe("signal catalogue", () => {
  it("has unique ids", () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SIGNALS.map((s) => [s.id, s.label] as const))(
    "%s: label '%s' fits a chip (≤ 5 words)",
    (_, label) => {
      expect(label.trim().split(/\s+/).length).toBeLessThanOrEqual(5);
    },
  );

  it("describes every sign in one sentence", () => {
    for (const s of SIGNALS) {
      expect(s.description, s.id).toMatch(/^[A-Z“].*[.)]$/);
      expect(s.description.slice(0, -1), s.id).not.toMatch(/[.!?] [A-Z]/);
    }
  });

  it("names at least one known seed source per sign, without repeats", () => {
    for (const s of SIGNALS) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      expect(new Set(s.sources).size, s.id).toBe(s.sources.length);
      for (const src of s.sources) expect(SEED_SOURCES, s.id).toContain(src);
    }
  });

  it.skipIf(seedNames === null)("cites only seed files that exist in shared/seeds", () => {
    for (const src of SEED_SOURCES) expect(seedNames).toContain(src);
  });

  it("signs weights with polarity and rewards agreement across sources", () => {
    for (const s of SIGNALS) {
      expect(Math.sign(s.weight), s.id).toBe(s.polarity === "positive" ? 1 : -1);
      expect(s.weight, s.id).toBe(signalWeight(s.polarity, s.strength, s.sources.length));
    }
    expect.soft(signalWeight("positive", 2, 1)).toBe(0.6);
    expect(signalWeight("positive", 2, 3)).toBe(0.72);
    expect(signalWeight("negative", 3, 1)).toBe(-0.9);
    // Asked when you could start: strength 3, named by four seeds.
    expect(signalById("asked-start-date")?.weight).toBe(1.17);
  });

  it.each([
    ["interest-in-questions", "positive", "during"],
    ["warm-rapport", "positive", "during"],
    ["introduced-to-team", "positive", "during"],
    ["others-brought-in", "positive", "during"],
    ["office-tour", "positive", "during"],
    ["asked-start-date", "positive", "during"],
    ["salary-discussed", "positive", "during"],
    ["next-steps-timeline", "positive", "during"],
    ["asked-other-offers", "positive", "during"],
    ["pitched-company", "positive", "during"],
    ["talked-as-if-hired", "positive", "during"],
    ["ran-long", "positive", "during"],
    ["real-problems", "positive", "during"],
    ["direct-praise", "positive", "during"],
    ["detailed-notes", "positive", "during"],
    ["positive-body-language", "positive", "during"],
    ["went-off-script", "positive", "during"],
    ["references-requested", "positive", "after"],
    ["work-samples-requested", "positive", "after"],
    ["prompt-follow-up", "positive", "after"],
    ["invited-next-round", "positive", "after"],
    ["fast-process", "positive", "after"],
    ["felt-confident", "positive", "self"],
    ["uninterested", "negative", "during"],
    ["escorted-out", "negative", "during"],
    ["interviewer-unable-to-join", "negative", "during"],
    ["cold-formal", "negative", "during"],
    ["start-unsure", "negative", "during"],
    ["ended-abruptly", "negative", "during"],
    ["focused-negatives", "negative", "during"],
    ["many-candidates", "negative", "during"],
    ["vague-in-touch", "negative", "during"],
    ["follow-up-with-assistant", "negative", "during"],
    ["struggled-to-answer", "negative", "self"],
    ["silence-past-date", "negative", "after"],
  ])("covers %s (%s, %s)", (id, polarity, phase) => {
    const s = signalById(id);
    expect(s?.polarity).toBe(polarity);
    expect(s?.phase).toBe(phase);
  });

  it("keeps the derived silence sign out of the tickable chips", () => {
    expect(signalById("silence-past-date")?.derived).toBe(true);
    expect(tickableSignals().map((s) => s.id)).not.toContain("silence-past-date");
    expect(tickableSignals("self").map((s) => s.id)).toEqual(["felt-confident", "struggled-to-answer"]);
  });

  it("groups only existing groups, each of one polarity", () => {
    const groupIds = new Set(SIGNAL_GROUPS.map((g) => g.id));
    for (const g of SIGNAL_GROUPS) {
      const members = SIGNALS.filter((s) => s.group === g.id);
      expect(members.length, g.id).toBeGreaterThan(0);
      expect(new Set(members.map((s) => s.polarity)).size, g.id).toBe(1);
    }
    for (const s of SIGNALS) if (s.group) expect(groupIds, s.id).toContain(s.group);
    expect(signalById("introduced-to-team")?.group).toBe(signalById("others-brought-in")?.group);
  });

  it("pairs conflicting signs of opposite polarity", () => {
    for (const [a, b] of CONFLICTING_SIGNALS) {
      expect(signalById(a)?.polarity).toBe("positive");
      expect(signalById(b)?.polarity).toBe("negative");
    }
  });
});
