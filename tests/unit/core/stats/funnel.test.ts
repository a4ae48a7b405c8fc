import { describe, expect, it } from "vitest";
import { funnel, stageTimes } from "../../../../src/core/stats";
import { app, ev, interview, t } from "./build";

const NOW = t("2025-06-01T00:00:00Z");

describe("funnel", () => {
  it("counts each application at every stage it reached", () => {
    const applications = [app("a"), app("b"), app("c"), app("d")];
    const events = [
      ev("b", "2025-01-02T00:00:00Z", { kind: "applied" }),
      ev("c", "2025-01-02T00:00:00Z", { kind: "applied" }),
      ev("c", "2025-01-09T00:00:00Z", { kind: "interview", interviewId: "i1" }),
      // d skipped logging: an offer email alone proves applied and interviewed.
      ev("d", "2025-02-01T00:00:00Z", { kind: "email", emailId: "m1", category: "offer" }),
    ];
    const steps = funnel({ applications, events, interviews: [], now: NOW });
    expect(steps.map((s) => [s.stage, s.count])).toEqual([
      ["saved", 4],
      ["applied", 3],
      ["interview", 2],
      ["offer", 1],
    ]);
    expect(steps[1]!.fromPrevious).toBe(0.75);
    expect(steps[0]!.fromPrevious).toBeNull();
  });

  it("is all zeros with no applications, without dividing by zero", () => {
    const steps = funnel({ applications: [], events: [], interviews: [], now: NOW });
    expect(steps.map((s) => [s.count, s.fromPrevious])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
  });

  it.each([
    ["a rejection email", { kind: "email", emailId: "m", category: "rejected" } as const, "applied"],
    ["a logged interview row only", null, "interview"],
    ["a manual status to offer", { kind: "status", from: "applied", to: "offer" } as const, "offer"],
    ["a receipt email", { kind: "email", emailId: "m", category: "applied" } as const, "applied"],
    ["a job alert email", { kind: "email", emailId: "m", category: "job_alert" } as const, "saved"],
  ])("%s reaches %s", (_, payload, furthest) => {
    const events = payload ? [ev("x", "2025-01-05T00:00:00Z", payload)] : [];
    const interviews = payload ? [] : [interview("i", "x", "2025-01-05T00:00:00Z")];
    const times = stageTimes(app("x"), events, interviews);
    const reached = (["saved", "applied", "interview", "offer"] as const).filter(
      (s) => times[s] !== undefined,
    );
    expect(reached.at(-1)).toBe(furthest);
  });

  it("trusts the cached status of an imported row with no events", () => {
    const times = stageTimes(app("x", { status: "interviewing" }), []);
    expect(Object.keys(times).sort()).toEqual(["applied", "interview", "saved"]);
  });
});
