import { describe, expect, it } from "vitest";
import { computeOutlook, type OutlookInput, PRIOR_LOG_ODDS, toSnapshot } from "../../../../src/core/signals";
import type { TimelineEvent } from "../../../../src/core/types";

// Friday 7 March 2025, 15:00 in Los Angeles (PST).
const AT = Date.UTC(2025, 2, 7, 23, 0);
const HOUR = 3_600_000;

function input(
  signals: string[],
  extra: Partial<OutlookInput["interview"]> = {},
  now = AT + 2 * HOUR,
): OutlookInput {
  return {
    interview: { at: AT, signals: Object.fromEntries(signals.map((s) => [s, true])), ...extra },
    now,
    timeZone: "America/Los_Angeles",
  };
}

describe("computeOutlook", () => {
  it("gives no number from nothing", () => {
    const o = computeOutlook(input([]));
    expect(o).toMatchObject({
      score: null,
      band: "unclear",
      probability: null,
      reasonsFor: [],
      reasonsAgainst: [],
    });
    expect(o.evidence).toBe(0);
    expect(o.headline).toBe("Too little to go on yet.");
  });

  it("ignores unknown ids and unticked signs", () => {
    const o = computeOutlook({
      interview: { at: AT, signals: { "made-up": true, "asked-start-date": false } },
      now: AT,
    });
    expect(o.score).toBeNull();
  });

  it.each([
    // [case, signs, score, band]
    ["one strong sign", ["asked-start-date"], 68, "promising"],
    ["one warning sign", ["uninterested"], 18, "weak"],
    ["conflicting close (dates vs vague)", ["next-steps-timeline", "vague-in-touch"], 50, "mixed"],
    ["a related pair counts 1 + 0.5", ["introduced-to-team", "others-brought-in"], 71, "strong"],
    [
      "a group of three counts 1 + 0.5 + 0.25",
      ["introduced-to-team", "others-brought-in", "office-tour"],
      75,
      "strong",
    ],
    [
      "strong signs with a red flag are only promising",
      ["asked-start-date", "next-steps-timeline", "introduced-to-team", "start-unsure"],
      87,
      "promising",
    ],
    [
      "many strong signs stop at the ceiling",
      ["asked-start-date", "next-steps-timeline", "introduced-to-team", "direct-praise"],
      90,
      "strong",
    ],
    ["two weak warnings", ["escorted-out", "focused-negatives"], 27, "weak"],
  ] as const)("%s → %s (%s)", (_, signs, score, band) => {
    const o = computeOutlook(input([...signs]));
    expect(o.score).toBe(score);
    expect(o.band).toBe(band);
  });

  it("does not double-count related signs", () => {
    const one = computeOutlook(input(["introduced-to-team"]));
    const three = computeOutlook(input(["introduced-to-team", "others-brought-in", "office-tour"]));
    // 0.99 + 0.33 + 0.165, not 0.99 + 0.66 + 0.66.
    expect(three.evidence).toBe(1.485);
    expect(three.reasonsForDetail.map((r) => r.contribution)).toEqual([0.99, 0.33, 0.165]);
    // Counted naively the three would score 87.
    expect([one.score, three.score]).toEqual([64, 75]);
  });

  it("lists conflicting signs on both sides and names the conflict", () => {
    const o = computeOutlook(input(["next-steps-timeline", "vague-in-touch"]));
    expect(o.reasonsFor).toEqual(["They laid out definite next steps with a timeline."]);
    expect(o.reasonsAgainst).toEqual(["It closed with a vague “we'll be in touch” and no timeline."]);
    expect(o.conflicts).toEqual([["next-steps-timeline", "vague-in-touch"]]);
  });

  it("keeps the top three reasons, strongest first, with their sign ids", () => {
    const o = computeOutlook(
      input(["direct-praise", "asked-start-date", "next-steps-timeline", "fast-process"]),
    );
    expect(o.reasonsForDetail.map((r) => r.signalIds)).toEqual([
      ["asked-start-date"],
      ["next-steps-timeline"],
      ["direct-praise"],
    ]);
  });

  it.each([
    ["ran 4× the plan (capped at 1.5 doublings)", 30, 120, [], 62, "promising"],
    ["measured length and the ticked sign are one fact", 30, 120, ["ran-long"], 62, "promising"],
    ["on time says nothing", 30, 32, [], null, "unclear"],
    ["half the plan, ticked abrupt: the stronger counts", 60, 30, ["ended-abruptly"], 26, "weak"],
  ] as const)("length: %s", (_, planned, actual, signs, score, band) => {
    const o = computeOutlook(input([...signs], { plannedMinutes: planned, actualMinutes: actual }));
    expect(o.score).toBe(score);
    expect(o.band).toBe(band);
  });

  it("words the length reason in minutes", () => {
    const o = computeOutlook(input([], { plannedMinutes: 30, actualMinutes: 120 }));
    expect(o.reasonsFor).toEqual(["It ran 120 minutes against 30 planned."]);
  });

  it("treats the gut feeling as a weak term: alone it stays unclear", () => {
    const good = computeOutlook(input([], { gut: 5 }));
    expect(good.score).toBe(47);
    expect(good.band).toBe("unclear");
    expect(good.reasonsFor).toEqual(["You came away feeling good about it (5/5)."]);
    const bad = computeOutlook(input([], { gut: 1 }));
    expect(bad.score).toBe(33);
    expect(computeOutlook(input([], { gut: 3 })).score).toBeNull();
  });

  it("reads signs from the timeline: references email soon after = two signs", () => {
    const events: TimelineEvent[] = [
      {
        id: "e1",
        applicationId: "a",
        at: AT + 40 * HOUR,
        kind: "email",
        emailId: "m1",
        category: "references",
      },
    ];
    const o = computeOutlook({ ...input([]), events });
    expect(o.seen).toEqual(["prompt-follow-up", "references-requested"]);
    expect(o.score).toBe(79);
    expect(o.watchFor).not.toContain(
      "A request for references (ask your referees to tell you if they are called).",
    );
  });

  it("counts silence past the stated date as a derived warning sign", () => {
    const nextStepBy = Date.UTC(2025, 2, 12, 19, 0); // Wed 12 March, noon PDT
    const now = Date.UTC(2025, 2, 17, 17, 0); // Mon 17 March, 10:00 PDT
    const o = computeOutlook(input([], { nextStepBy }, now));
    expect(o.seen).toEqual(["silence-past-date"]);
    expect(o.reasonsAgainst).toEqual(["No reply since the date they gave (3 business days past)."]);
    expect(o.score).toBe(26);
    expect(o.watchFor[0]).toBe(
      "A reply to one polite follow-up; silence is common and is not a no on its own.",
    );
    // The day before, the date had not yet passed.
    expect(computeOutlook(input([], { nextStepBy }, Date.UTC(2025, 2, 12, 23, 0))).seen).toEqual([]);
  });

  it("derives no silence without an explicit now (same input, same score)", () => {
    const o = computeOutlook({ interview: { at: AT, signals: {}, nextStepBy: AT + 86_400_000 } });
    expect(o.seen).toEqual([]);
    expect(o.score).toBeNull();
  });

  it("never takes a stored tick for the derived silence sign", () => {
    expect(computeOutlook(input(["silence-past-date"])).score).toBeNull();
  });

  it("suggests what to watch for next", () => {
    const o = computeOutlook(input(["asked-start-date"], { nextStepBy: AT + 72 * HOUR }));
    expect(o.watchFor).toEqual([
      "Whether they get back to you by the date they gave.",
      "An invitation to another round.",
      "A request for references (ask your referees to tell you if they are called).",
    ]);
  });

  it("snapshots into the stored shape", () => {
    const o = computeOutlook(input(["asked-start-date"]));
    expect(toSnapshot(o)).toEqual({
      score: 68,
      band: "promising",
      reasonsFor: ["They asked about your availability, start date or notice period."],
      reasonsAgainst: [],
      computedAt: AT + 2 * HOUR,
    });
    expect(o.probability).toBeCloseTo(1 / (1 + Math.exp(-(PRIOR_LOG_ODDS + 1.17))), 10);
  });
});
