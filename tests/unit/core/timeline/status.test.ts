import { describe, expect, it } from "vitest";
import { deriveStatus, deriveStatusDetail, GHOSTED_AFTER_DAYS } from "../../../../src/core/timeline";
import type { ApplicationStatus, EventPayload, TimelineEvent } from "../../../../src/core/types";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 3, 1, 12, 0);

/** Events one day apart, in the order given. */
function story(...payloads: EventPayload[]): TimelineEvent[] {
  return payloads.map((p, i) => ({ ...p, id: `e${i}`, applicationId: "a1", at: T0 + i * DAY }));
}

const saved: EventPayload = { kind: "saved" };
const applied: EventPayload = { kind: "applied" };
const interview: EventPayload = { kind: "interview", interviewId: "i1" };
const email = (
  category: "applied" | "interview" | "offer" | "rejected" | "update" | "job_alert",
): EventPayload => ({
  kind: "email",
  emailId: `m-${category}`,
  category,
});
const followUp: EventPayload = { kind: "followup-done", reminderId: "r1", reminderKind: "follow-up" };
const setTo = (from: ApplicationStatus, to: ApplicationStatus): EventPayload => ({
  kind: "status",
  from,
  to,
});

describe("deriveStatus", () => {
  it.each<[string, TimelineEvent[], ApplicationStatus]>([
    ["no events", [], "saved"],
    ["saved", story(saved), "saved"],
    ["applied", story(saved, applied), "applied"],
    ["confirmation email", story(saved, email("applied")), "applied"],
    ["interview logged", story(saved, applied, interview), "interviewing"],
    ["invitation email", story(applied, email("interview")), "interviewing"],
    ["late receipt does not go back", story(applied, interview, email("applied")), "interviewing"],
    ["job alert changes nothing", story(applied, email("job_alert")), "applied"],
    ["rejection event", story(applied, interview, { kind: "rejection" }), "rejected"],
    ["rejection email", story(applied, interview, email("rejected")), "rejected"],
    ["offer email", story(applied, interview, email("offer")), "offer"],
    [
      "a rejection email waiting for the user's OK changes nothing yet",
      story(applied, interview, { ...email("rejected"), statusPending: true } as EventPayload),
      "interviewing",
    ],
    [
      "an invitation email waiting for the user's OK changes nothing yet",
      story(applied, { ...email("interview"), statusPending: true } as EventPayload),
      "applied",
    ],
    ["latest outcome wins", story(applied, { kind: "offer" }, { kind: "rejection" }), "rejected"],
    ["withdrawn", story(applied, interview, { kind: "withdrawn" }), "withdrawn"],
    [
      "update after rejection does not reopen",
      story(applied, email("rejected"), email("update")),
      "rejected",
    ],
    [
      "manual status wins",
      story(applied, email("rejected"), setTo("rejected", "interviewing")),
      "interviewing",
    ],
    ["manual offer", story(applied, setTo("applied", "offer")), "offer"],
    [
      "manual ghosted, then they reply",
      story(applied, interview, setTo("interviewing", "ghosted"), email("update")),
      "interviewing",
    ],
  ])("%s → %s", (_, events, status) => {
    expect(deriveStatus(events, T0 + 400 * DAY)).toBe(status);
  });

  it("does not depend on the order events are passed in", () => {
    const events = story(saved, applied, interview, email("offer"));
    expect(deriveStatus([...events].reverse())).toBe("offer");
  });

  it("reports when and why", () => {
    expect(deriveStatusDetail(story(saved, applied, interview))).toEqual({
      status: "interviewing",
      since: T0 + 2 * DAY,
      reason: "Interview logged",
    });
    expect(deriveStatusDetail([])).toEqual({ status: "saved", since: null, reason: "Saved" });
  });
});

describe("ghosted", () => {
  // The follow-up is sent on day 2.
  const events = story(applied, interview, followUp);
  const sentAt = T0 + 2 * DAY;

  it.each([
    ["20 days after the follow-up", 20, "interviewing"],
    [`${GHOSTED_AFTER_DAYS} days after the follow-up`, 21, "ghosted"],
    ["two months on", 60, "ghosted"],
  ])("%s → %s", (_, days, status) => {
    expect(deriveStatus(events, sentAt + days * DAY)).toBe(status);
  });

  it("dates ghosting from 21 days after the last follow-up", () => {
    expect(deriveStatusDetail(events, sentAt + 30 * DAY)).toMatchObject({
      status: "ghosted",
      since: sentAt + 21 * DAY,
    });
  });

  it("needs `now`: the events alone never say ghosted", () => {
    expect(deriveStatus(events)).toBe("interviewing");
  });

  it.each<[string, TimelineEvent[], ApplicationStatus]>([
    ["a reply after the follow-up", story(applied, interview, followUp, email("update")), "interviewing"],
    [
      "a logged contact after it",
      story(applied, interview, followUp, { kind: "contact", text: "Call" }),
      "interviewing",
    ],
    ["a rejection after it", story(applied, interview, followUp, { kind: "rejection" }), "rejected"],
    [
      "only a thank-you sent",
      story(applied, interview, { ...followUp, reminderKind: "thank-you" }),
      "interviewing",
    ],
    [
      "a second follow-up restarts the clock",
      story(applied, interview, followUp, { ...followUp, reminderKind: "second-follow-up" }),
      "interviewing",
    ],
  ])("not ghosted with %s", (_, evs, status) => {
    expect(deriveStatus(evs, sentAt + 21 * DAY + 1)).toBe(status);
  });
});
