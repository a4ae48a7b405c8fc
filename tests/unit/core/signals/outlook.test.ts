import { describe, expect, it } from "vitest";
import {
  computeOutlook,
  type OutlookInput,
  STAGE_BASE_RATES,
  toSnapshot,
  WEIGHT_UNCERTAINTY,
} from "../../../../src/core/signals";
import type { TimelineEvent } from "../../../../src/core/types";

// Friday 7 March 2025, 15:00 in Los Angeles (PST).
const AT = Date.UTC(2025, 2, 7, 23, 0);
const HOUR = 3_600_000;
const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
// No stage given and not on-site: the all-interview base rate.
const ANY = STAGE_BASE_RATES.unspecified;

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
  it("gives no number from nothing, only the stage's base range with its source", () => {
    const o = computeOutlook(input([]));
    expect(o).toMatchObject({
      score: null,
      band: "unclear",
      comparison: null,
      reasonsFor: [],
      reasonsAgainst: [],
      range: { low: 17, high: 28 },
      stage: "unspecified",
    });
    expect(o.probability).toBe(ANY.rate);
    expect(o.evidence).toBe(0);
    expect(o.baseText).toBe("About 1 in 4 candidates at this stage get an offer");
    expect(o.base.sources[0]?.url).toMatch(/^https:\/\//);
    expect(o.summary).toBe("17–28 % — where candidates at this stage start");
  });

  it("ignores unknown ids and unticked signs", () => {
    const o = computeOutlook({
      interview: { at: AT, signals: { "made-up": true, "asked-start-date": false } },
      now: AT,
    });
    expect(o.score).toBeNull();
  });

  it("starts each stage from its own base rate; on-site means a final round", () => {
    const screen = computeOutlook(input(["asked-start-date"], { stage: "recruiter-screen" }));
    const final = computeOutlook(input(["asked-start-date"], { kind: "onsite" }));
    expect(screen.stage).toBe("recruiter-screen");
    expect(final.stage).toBe("final");
    expect(screen.probability).toBeCloseTo(sigmoid(logit(0.08) + 1.17), 10);
    expect(final.probability).toBeCloseTo(sigmoid(logit(0.33) + 1.17), 10);
    expect(screen.baseText).toBe("About 1 in 13 candidates at this stage get an offer");
    expect(final.baseText).toBe("About 1 in 3 candidates at this stage get an offer");
  });

  it("widens the range by the base rates' spread and half of each sign's weight", () => {
    const o = computeOutlook(input(["asked-start-date"]));
    const c = 1.17;
    expect(o.range.low).toBe(Math.round(100 * sigmoid(logit(ANY.low) + c - WEIGHT_UNCERTAINTY * c)));
    expect(o.range.high).toBe(Math.round(100 * sigmoid(logit(ANY.high) + c + WEIGHT_UNCERTAINTY * c)));
    expect(o.summary).toBe("27–69 % — better than most at this stage");
  });

  it("uses the user's own base rate from Settings, as a single figure", () => {
    const o = computeOutlook(input([]), { baseRates: { unspecified: 0.1 } });
    expect(o.base.overridden).toBe(true);
    expect(o.range).toEqual({ low: 10, high: 10 });
    expect(o.baseText).toBe("About 1 in 10 candidates at this stage get an offer");
  });

  it.each([
    // [case, signs, middle %, band]
    ["one strong sign", ["asked-start-date"], 52, "promising"],
    ["one warning sign", ["uninterested"], 10, "weak"],
    ["conflicting close (dates vs vague) is mixed", ["next-steps-timeline", "vague-in-touch"], 34, "mixed"],
    ["a related pair counts 1 + 0.5", ["introduced-to-team", "others-brought-in"], 56, "strong"],
    [
      "a group of three counts 1 + 0.5 + 0.25",
      ["introduced-to-team", "others-brought-in", "office-tour"],
      60,
      "strong",
    ],
    [
      "strong signs with a red flag are only promising",
      ["asked-start-date", "next-steps-timeline", "introduced-to-team", "uninterested"],
      74,
      "promising",
    ],
    [
      "a red flag contradicting a strong sign is mixed",
      ["asked-start-date", "next-steps-timeline", "introduced-to-team", "start-unsure"],
      78,
      "mixed",
    ],
    [
      "many strong signs stop at the ceiling",
      ["asked-start-date", "next-steps-timeline", "introduced-to-team", "direct-praise"],
      90,
      "strong",
    ],
    ["two weak warnings", ["escorted-out", "focused-negatives"], 15, "weak"],
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
    expect([one.score, three.score]).toEqual([47, 60]);
  });

  it("lists every sign ticked with what it did to the odds, including a discounted one", () => {
    // Issue 15: "Salary discussed" beside "Asked when you could start" was missing from the reasons.
    const o = computeOutlook(
      input(["asked-start-date", "salary-discussed", "direct-praise", "next-steps-timeline", "fast-process"]),
    );
    expect(o.reasonsForDetail.map((r) => r.key)).toEqual([
      "asked-start-date",
      "next-steps-timeline",
      "direct-praise",
      "salary-discussed",
      "fast-process",
    ]);
    const salary = o.reasonsForDetail.find((r) => r.key === "salary-discussed");
    expect(salary?.effect).toBe("odds ×1.4 (counted at 50%: related to a stronger sign)");
    expect(o.reasonsForDetail[0]?.effect).toBe("odds ×3.2");
    const against = computeOutlook(input(["uninterested"])).reasonsAgainstDetail[0];
    expect(against?.effect).toBe("odds ÷2.9");
  });

  it("lists a same-fact sign as already counted rather than dropping it", () => {
    const o = computeOutlook(input(["ran-long"], { plannedMinutes: 30, actualMinutes: 120 }));
    const keys = o.reasonsForDetail.map((r) => [r.key, r.effect]);
    expect(keys).toEqual([
      ["length", "odds ×2.5"],
      ["ran-long", "already counted with “the interview's length”"],
    ]);
  });

  it("lists conflicting signs on both sides and names the conflict", () => {
    const o = computeOutlook(input(["next-steps-timeline", "vague-in-touch"]));
    expect(o.reasonsFor).toEqual(["They laid out definite next steps with a timeline."]);
    expect(o.reasonsAgainst).toEqual(["It closed with a vague “we'll be in touch” and no timeline."]);
    expect(o.conflicts).toEqual([["next-steps-timeline", "vague-in-touch"]]);
  });

  it.each([
    ["ran 4× the plan (capped at 1.5 doublings)", 30, 120, [], 45, "promising"],
    ["measured length and the ticked sign are one fact", 30, 120, ["ran-long"], 45, "promising"],
    ["on time says nothing", 30, 32, [], null, "unclear"],
    ["half the plan, ticked abrupt: the stronger counts", 60, 30, ["ended-abruptly"], 15, "weak"],
  ] as const)("length: %s", (_, planned, actual, signs, score, band) => {
    const o = computeOutlook(input([...signs], { plannedMinutes: planned, actualMinutes: actual }));
    expect(o.score).toBe(score);
    expect(o.band).toBe(band);
  });

  it("words the length reason in minutes", () => {
    const o = computeOutlook(input([], { plannedMinutes: 30, actualMinutes: 120 }));
    expect(o.reasonsFor).toEqual(["It ran 120 minutes against 30 planned."]);
  });

  it("treats the gut feeling as a weak term: alone it stays unclear and about usual", () => {
    const good = computeOutlook(input([], { gut: 5 }));
    expect(good.score).toBe(31);
    expect(good.band).toBe("unclear");
    expect(good.comparison).toBe("usual");
    expect(good.reasonsFor).toEqual(["You came away feeling good about it (5/5)."]);
    const bad = computeOutlook(input([], { gut: 1 }));
    expect(bad.score).toBe(20);
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
    expect(o.score).toBe(65);
    expect(o.whatIf.map((w) => w.signalId)).not.toContain("references-requested");
  });

  it("counts silence past the stated date as a derived warning sign", () => {
    const nextStepBy = Date.UTC(2025, 2, 12, 19, 0); // Wed 12 March, noon PDT
    const now = Date.UTC(2025, 2, 17, 17, 0); // Mon 17 March, 10:00 PDT
    const o = computeOutlook(input([], { nextStepBy }, now));
    expect(o.seen).toEqual(["silence-past-date"]);
    expect(o.reasonsAgainst).toEqual(["No reply since the date they gave (3 business days past)."]);
    expect(o.score).toBe(15);
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

  it("says what would change it: each sign still to come with the range it would give", () => {
    const o = computeOutlook(input(["asked-start-date"], { nextStepBy: AT + 72 * HOUR }));
    expect(o.watchFor).toEqual(["Whether they get back to you by the date they gave."]);
    const by = Object.fromEntries(o.whatIf.map((w) => [w.signalId, w]));
    expect(Object.keys(by)).toEqual([
      "invited-next-round",
      "references-requested",
      "prompt-follow-up",
      "work-samples-requested",
      "silence-past-date",
    ]);
    // Good news moves the whole range up, silence moves it down, and each is the model's own answer.
    expect(by["invited-next-round"]?.direction).toBe("up");
    expect(by["invited-next-round"]?.range.low).toBeGreaterThan(o.range.low);
    expect(by["silence-past-date"]?.direction).toBe("down");
    expect(by["silence-past-date"]?.range.high).toBeLessThan(o.range.high);
    // The what-if is the same model's answer as if it had happened: here, as if it were ticked.
    const withRefs = computeOutlook(
      input(["asked-start-date", "references-requested"], { nextStepBy: AT + 72 * HOUR }),
    );
    expect(by["references-requested"]?.range).toEqual(withRefs.range);
    expect(by["references-requested"]?.text).toMatch(/^A request for references: \d+–\d+ %$/);
  });

  it("no longer offers a prompt reply once the first days have passed", () => {
    const o = computeOutlook(input(["asked-start-date"], {}, AT + 8 * 24 * HOUR));
    expect(o.whatIf.map((w) => w.signalId)).not.toContain("prompt-follow-up");
  });

  it("snapshots into the stored shape, with its range and model", () => {
    const o = computeOutlook(input(["asked-start-date"]));
    expect(toSnapshot(o)).toEqual({
      score: 52,
      band: "promising",
      reasonsFor: ["They asked about your availability, start date or notice period."],
      reasonsAgainst: [],
      computedAt: AT + 2 * HOUR,
      range: { low: 27, high: 69 },
      model: "default",
    });
    expect(o.probability).toBeCloseTo(sigmoid(logit(ANY.rate) + 1.17), 10);
    expect(o.modelInfo.text).toBe(
      "General model in use: your own history counts from 8 finished interviews (you have 0).",
    );
  });
});
