import { describe, expect, it } from "vitest";
import { silenceAfterInterviews } from "../../../../src/core/stats";
import { app, ev, interview, t } from "./build";

// Interviews on Tue 4 March 2025; with no stated date the reply window ends 10 business days later (18 March).
const AT = "2025-03-04T15:00:00Z";
const NOW = t("2025-04-01T12:00:00Z");

describe("silenceAfterInterviews", () => {
  it("splits held interviews into silent, answered and too early to say", () => {
    const applications = ["a", "b", "c", "d", "e"].map((id) => app(id));
    const interviews = [
      interview("ia", "a", AT), // never heard back → silent
      interview("ib", "b", AT), // rejected a week later → answered
      interview("ic", "c", "2025-03-28T15:00:00Z"), // window still open → pending
      interview("id", "d", "2025-05-01T15:00:00Z"), // not held yet → not counted
      interview("ie", "e", AT), // the candidate withdrew → says nothing
    ];
    const events = [
      ev("b", "2025-03-11T10:00:00Z", { kind: "rejection" }),
      ev("e", "2025-03-06T10:00:00Z", { kind: "withdrawn" }),
    ];
    const s = silenceAfterInterviews({ applications, events, interviews, now: NOW });
    expect(s).toEqual({ held: 3, pending: 1, decided: 2, silent: 1, rate: 0.5 });
  });

  it("honours the date the interviewer gave", () => {
    const interviews = [interview("i", "a", AT, { nextStepBy: t("2025-03-07T12:00:00Z") })];
    const input = { applications: [app("a")], events: [], interviews };
    expect(silenceAfterInterviews({ ...input, now: t("2025-03-07T20:00:00Z") }).silent).toBe(0);
    expect(silenceAfterInterviews({ ...input, now: t("2025-03-11T12:00:00Z") }).silent).toBe(1);
  });

  it("has no rate with nothing decided", () => {
    expect(
      silenceAfterInterviews({ applications: [], events: [], interviews: [], now: NOW }).rate,
    ).toBeNull();
  });
});
