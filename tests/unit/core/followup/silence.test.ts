import { describe, expect, it } from "vitest";
import { type PlanInterview, silencePastPromisedDate } from "../../../../src/core/followup";
import { computeOutlook } from "../../../../src/core/signals";
import type { TimelineEvent } from "../../../../src/core/types";

const LA = "America/Los_Angeles";
const AT = Date.UTC(2025, 2, 4, 18, 0); // Tue 4 March 2025, 10:00 PST
const BY_FRIDAY: PlanInterview = {
  id: "i1",
  applicationId: "a1",
  at: AT,
  nextStepBy: Date.UTC(2025, 2, 7, 20, 0),
};

describe("silencePastPromisedDate", () => {
  it.each([
    ["on the stated Friday evening", "2025-03-08T06:00:00Z", null],
    ["on the Saturday after", "2025-03-08T18:00:00Z", null],
    ["on the Sunday after", "2025-03-09T18:00:00Z", null],
    ["on the Monday after", "2025-03-10T17:00:00Z", 1],
    ["a week later", "2025-03-14T17:00:00Z", 5],
  ])("%s → %s business days past", (_, now, days) => {
    const s = silencePastPromisedDate(Date.parse(now), BY_FRIDAY, [], LA);
    expect(s?.businessDaysPast ?? null).toBe(days);
    if (s) expect(s).toMatchObject({ stated: true, since: Date.parse("2025-03-08T07:59:59.999Z") });
  });

  it("falls back to the end of the default window when no date was given", () => {
    const noDate: PlanInterview = { at: AT };
    // Window ends Tue 18 March (10 business days); Wednesday is the first day of silence.
    expect(silencePastPromisedDate(Date.parse("2025-03-18T20:00:00Z"), noDate, [], LA)).toBeNull();
    expect(silencePastPromisedDate(Date.parse("2025-03-19T20:00:00Z"), noDate, [], LA)).toMatchObject({
      stated: false,
      businessDaysPast: 1,
    });
  });

  it("is lifted by a reply, and gone once the wait is closed", () => {
    const now = Date.parse("2025-03-12T17:00:00Z");
    const reply: TimelineEvent = {
      id: "e1",
      applicationId: "a1",
      at: Date.parse("2025-03-11T17:00:00Z"),
      kind: "email",
      emailId: "m1",
      category: "update",
    };
    const rejection: TimelineEvent = { id: "e2", applicationId: "a1", at: reply.at, kind: "rejection" };
    expect(silencePastPromisedDate(now, BY_FRIDAY, [], LA)?.businessDaysPast).toBe(3);
    expect(silencePastPromisedDate(now, BY_FRIDAY, [reply], LA)).toBeNull();
    expect(silencePastPromisedDate(now, BY_FRIDAY, [rejection], LA)).toBeNull();
  });

  it("becomes the gone-quiet sign a week after the last follow-up the user sent", () => {
    const sent = (kind: "follow-up" | "second-follow-up", at: string): TimelineEvent => ({
      id: kind,
      applicationId: "a1",
      at: Date.parse(at),
      kind: "followup-done",
      reminderId: `i1:${kind}`,
      reminderKind: kind,
    });
    const nudges = [
      sent("follow-up", "2025-03-11T17:00:00Z"),
      sent("second-follow-up", "2025-03-18T17:00:00Z"),
    ];
    const monday = Date.parse("2025-03-24T17:00:00Z");
    const wednesday = Date.parse("2025-03-26T17:00:00Z");
    expect(silencePastPromisedDate(monday, BY_FRIDAY, nudges, LA)?.goneQuiet).toBe(false);
    expect(silencePastPromisedDate(wednesday, BY_FRIDAY, nudges, LA)).toMatchObject({
      goneQuiet: true,
      lastNudgeAt: Date.parse("2025-03-18T17:00:00Z"),
    });
    // Without the follow-ups sent, it is silence past the date, not "gone quiet" after trying.
    expect(silencePastPromisedDate(wednesday, BY_FRIDAY, [], LA)?.goneQuiet).toBe(false);
    const outlook = computeOutlook({
      interview: { ...BY_FRIDAY, signals: {} },
      events: nudges,
      now: wednesday,
      timeZone: LA,
    });
    expect(outlook.reasonsAgainst.join(" ")).toContain("They have gone quiet: no reply to your follow-ups");
  });
});
