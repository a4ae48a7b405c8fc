import { describe, expect, it } from "vitest";
import { type PlanInterview, planFollowUp, planToReminders } from "../../../../src/core/followup";
import type { EventPayload, TimelineEvent } from "../../../../src/core/types";

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const LA = "America/Los_Angeles";
// Friday 7 March 2025, 15:00 PST; an hour long.
const FRI: PlanInterview = {
  id: "i1",
  applicationId: "a1",
  at: Date.UTC(2025, 2, 7, 23, 0),
  actualMinutes: 60,
};

function summary(
  interview: PlanInterview,
  timeZone: string,
  events: TimelineEvent[] = [],
  now = interview.at,
) {
  const p = planFollowUp(interview, { timeZone, events, now });
  return {
    state: p.state,
    window: [iso(p.replyWindow.start), iso(p.replyWindow.end), p.replyWindow.stated],
    thankYou: iso(p.items[0]?.dueAt),
    followUp: [iso(p.items[1]?.dueAt), iso(p.items[1]?.latestAt)],
    second: iso(p.items[2]?.dueAt),
    goneQuiet: iso(p.goneQuietAt),
  };
}

let n = 0;
const ev = (e: EventPayload & { at: number }): TimelineEvent => ({
  id: `e${++n}`,
  applicationId: "a1",
  ...e,
});

describe("planFollowUp: dates", () => {
  it("without a stated date: 5–10 business days, follow-up at 7 (latest 10), across the US DST change", () => {
    expect(summary(FRI, LA)).toEqual({
      state: "waiting",
      window: ["2025-03-14T07:00:00.000Z", "2025-03-22T06:59:59.999Z", false],
      thankYou: "2025-03-09T00:00:00.000Z", // 24 h after the interview ended
      followUp: ["2025-03-18T16:00:00.000Z", "2025-03-22T06:59:59.999Z"], // Tue 09:00 PDT … Fri
      second: "2025-03-25T16:00:00.000Z",
      goneQuiet: "2025-04-01T16:00:00.000Z",
    });
  });

  it("with a stated date (Berlin): follow up 2 business days after it passes, over the weekend and DST", () => {
    const thu: PlanInterview = {
      at: Date.UTC(2025, 2, 27, 9, 0), // Thu 27 March, 10:00 CET
      nextStepBy: Date.UTC(2025, 2, 28, 16, 0), // "by Friday"
    };
    expect(summary(thu, "Europe/Berlin")).toEqual({
      state: "waiting",
      window: ["2025-03-26T23:00:00.000Z", "2025-03-28T22:59:59.999Z", true],
      thankYou: "2025-03-28T09:00:00.000Z",
      followUp: ["2025-04-01T07:00:00.000Z", undefined], // Tue 09:00 CEST
      second: "2025-04-08T07:00:00.000Z",
      goneQuiet: "2025-04-15T07:00:00.000Z",
    });
  });

  it("counts days in the user's zone, not UTC (Auckland Monday morning is Sunday in UTC)", () => {
    const mon: PlanInterview = { at: Date.UTC(2025, 5, 8, 21, 0) }; // Mon 9 June, 09:00 NZST
    const nz = summary(mon, "Pacific/Auckland");
    expect(nz.window[0]).toBe("2025-06-15T12:00:00.000Z"); // Mon 16 June, local midnight
    expect(nz.followUp[0]).toBe("2025-06-17T21:00:00.000Z"); // Wed 18 June, 09:00 NZST
    expect(summary(mon, "UTC").followUp[0]).toBe("2025-06-17T09:00:00.000Z"); // Tue 17 June in UTC
  });

  it("skips the weekend for an interview held on a Saturday", () => {
    const sat: PlanInterview = { at: Date.UTC(2025, 2, 8, 18, 0) }; // Sat 8 March, 10:00 PST
    expect(summary(sat, LA).followUp[0]).toBe("2025-03-18T16:00:00.000Z");
    expect(summary(sat, LA).window[0]).toBe("2025-03-14T07:00:00.000Z");
  });

  it("stated date midweek: follow-up two business days later, same week", () => {
    const s = summary({ ...FRI, nextStepBy: Date.UTC(2025, 2, 12, 20, 0) }, LA); // Wed 12 March
    expect(s.followUp[0]).toBe("2025-03-14T16:00:00.000Z"); // Fri 09:00 PDT
    expect(s.window[1]).toBe("2025-03-13T06:59:59.999Z");
  });

  it("ignores a stated date earlier than the interview", () => {
    expect(summary({ ...FRI, nextStepBy: FRI.at - 86_400_000 }, LA).window[2]).toBe(false);
  });

  it("uses the planned length when the actual one is unknown, and none at all", () => {
    expect(summary({ at: FRI.at, plannedMinutes: 30 }, LA).thankYou).toBe("2025-03-08T23:30:00.000Z");
    expect(summary({ at: FRI.at }, LA).thankYou).toBe("2025-03-08T23:00:00.000Z");
  });
});

describe("planFollowUp: state over time", () => {
  it.each([
    ["2025-03-12T20:00:00Z", "waiting"],
    ["2025-03-18T16:00:00Z", "follow-up-due"],
    ["2025-03-25T16:00:00Z", "second-follow-up-due"],
    ["2025-04-01T16:00:00Z", "gone-quiet"],
  ])("at %s it is %s", (now, state) => {
    expect(planFollowUp(FRI, { timeZone: LA, now: Date.parse(now) }).state).toBe(state);
  });

  it("marks items done from followup-done events and moves on to the next", () => {
    const events = [
      ev({
        at: Date.UTC(2025, 2, 8, 18, 0),
        kind: "followup-done",
        reminderId: "r",
        reminderKind: "thank-you",
      }),
      ev({
        at: Date.UTC(2025, 2, 18, 17, 0),
        kind: "followup-done",
        reminderId: "r",
        reminderKind: "follow-up",
      }),
    ];
    const p = planFollowUp(FRI, { timeZone: LA, events, now: Date.UTC(2025, 2, 20, 17, 0) });
    expect(p.items.map((i) => i.status)).toEqual(["done", "done", "pending"]);
    expect(p.state).toBe("waiting");
    expect(p.next?.kind).toBe("second-follow-up");
  });
});

describe("planFollowUp: gone quiet after the last nudge", () => {
  const sent = (kind: "follow-up" | "second-follow-up", at: number) =>
    ev({ at, kind: "followup-done", reminderId: `i1:${kind}`, reminderKind: kind });

  it("a last follow-up sent on time: gone quiet a week after it", () => {
    const events = [
      ev({ at: Date.UTC(2025, 2, 8, 18), kind: "followup-done", reminderId: "t", reminderKind: "thank-you" }),
      sent("follow-up", Date.UTC(2025, 2, 18, 17)),
      sent("second-follow-up", Date.UTC(2025, 2, 25, 17)),
    ];
    const before = planFollowUp(FRI, { timeZone: LA, events, now: Date.UTC(2025, 3, 1, 15) });
    expect(before.state).toBe("waiting");
    expect(before.next).toBeNull();
    expect(iso(before.lastNudgeAt)).toBe("2025-03-25T17:00:00.000Z");
    const after = planFollowUp(FRI, { timeZone: LA, events, now: Date.UTC(2025, 3, 1, 16) });
    expect(iso(after.goneQuietAt)).toBe("2025-04-01T16:00:00.000Z");
    expect(after.state).toBe("gone-quiet");
  });

  it("a last follow-up sent late gets its own week before the silence counts", () => {
    // Both sent late: the last on Thu 3 April, nine days after it was due.
    const events = [
      sent("follow-up", Date.UTC(2025, 2, 27, 17)),
      sent("second-follow-up", Date.UTC(2025, 3, 3, 17)),
    ];
    const p = planFollowUp(FRI, { timeZone: LA, events, now: Date.UTC(2025, 3, 5, 17) });
    expect(iso(p.goneQuietAt)).toBe("2025-04-10T16:00:00.000Z"); // Thu 10 April, 09:00 PDT
    expect(p.state).toBe("waiting");
    expect(planFollowUp(FRI, { timeZone: LA, events, now: Date.UTC(2025, 3, 10, 16) }).state).toBe(
      "gone-quiet",
    );
  });

  it("a reply after the last nudge lifts it", () => {
    const events = [
      sent("second-follow-up", Date.UTC(2025, 2, 25, 17)),
      ev({ at: Date.UTC(2025, 2, 27, 17), kind: "email", emailId: "m", category: "update" }),
    ];
    const p = planFollowUp(FRI, { timeZone: LA, events, now: Date.UTC(2025, 3, 2, 17) });
    expect(p.state).toBe("waiting");
    expect(p.lastNudgeAt).toBeUndefined();
  });
});

describe("planFollowUp: replies", () => {
  it("a reply moves the wait to the reply's day", () => {
    const reply = ev({ at: Date.UTC(2025, 2, 12, 17, 0), kind: "email", emailId: "m", category: "update" }); // Wed
    const p = planFollowUp(FRI, { timeZone: LA, events: [reply], now: Date.UTC(2025, 2, 18, 17, 0) });
    expect(p.lastReplyAt).toBe(reply.at);
    expect(iso(p.replyWindow.end)).toBe("2025-03-27T06:59:59.999Z"); // Wed 26 March
    expect(iso(p.items[1]?.dueAt)).toBe("2025-03-21T16:00:00.000Z"); // Fri 21 March, 7 business days on
    expect(p.state).toBe("waiting");
  });

  it("a logged contact counts as a reply; a job alert does not", () => {
    const contact = ev({ at: Date.UTC(2025, 2, 10, 18, 0), kind: "contact", text: "Recruiter called" });
    const alert = ev({
      at: Date.UTC(2025, 2, 10, 18, 0),
      kind: "email",
      emailId: "x",
      category: "job_alert",
    });
    expect(planFollowUp(FRI, { timeZone: LA, events: [contact] }).lastReplyAt).toBe(contact.at);
    expect(planFollowUp(FRI, { timeZone: LA, events: [alert] }).lastReplyAt).toBeUndefined();
  });

  it.each([
    ["rejection email", { kind: "email", emailId: "m", category: "rejected" }, "rejection"],
    ["offer", { kind: "offer" }, "offer"],
    ["withdrawn", { kind: "withdrawn" }, "withdrawn"],
    ["next interview", { kind: "interview", interviewId: "i2" }, "next-round"],
    ["interview invitation email", { kind: "email", emailId: "m", category: "interview" }, "next-round"],
  ] as const)("a %s closes the plan", (_, payload, reason) => {
    const at = Date.UTC(2025, 2, 11, 18, 0);
    const p = planFollowUp(FRI, { timeZone: LA, events: [ev({ at, ...payload })], now: at });
    expect(p.state).toBe("closed");
    expect(p.closed).toEqual({ at, reason });
    expect(p.items.map((i) => i.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
    expect(p.next).toBeNull();
  });

  it("ignores events of other applications and before the interview", () => {
    const other = { ...ev({ at: FRI.at + 3_600_000, kind: "offer" }), applicationId: "a2" };
    const before = ev({ at: FRI.at - 3_600_000, kind: "rejection" });
    expect(planFollowUp(FRI, { timeZone: LA, events: [other, before], now: FRI.at }).state).toBe("waiting");
  });
});

describe("planToReminders", () => {
  it("gives stable ids and reminder kinds the background can schedule", () => {
    const p = planFollowUp(
      { ...FRI, signals: { "follow-up-with-assistant": true } },
      { timeZone: LA, now: FRI.at },
    );
    const r = planToReminders(p, { applicationId: "a1", interviewId: "i1" });
    expect(r.map((x) => [x.id, x.kind, x.done])).toEqual([
      ["i1:thank-you", "thank-you", 0],
      ["i1:follow-up", "follow-up", 0],
      ["i1:second-follow-up", "second-follow-up", 0],
    ]);
    expect(r[1]?.title).toBe("Follow up, via the assistant you were pointed to");
    expect(iso(r[1]?.dueAt)).toBe("2025-03-18T16:00:00.000Z");
  });
});
