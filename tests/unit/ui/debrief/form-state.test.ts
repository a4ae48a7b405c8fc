import { describe, expect, it } from "vitest";
import { draftFromForm, emptyForm, formFromInterview } from "../../../../src/ui/debrief/form-state";

const now = new Date(2026, 10, 23, 9, 5).getTime();

describe("debrief form state", () => {
  it("keeps the interview's stage, and leaves it out when not given", () => {
    const staged = draftFromForm({ ...emptyForm(now), stage: "technical" }, "app1");
    expect(staged.stage).toBe("technical");
    expect(formFromInterview({ ...staged, id: "i1", createdAt: now, updatedAt: now }).stage).toBe(
      "technical",
    );
    const unsure = draftFromForm(emptyForm(now), "app1");
    expect("stage" in unsure).toBe(false);
    expect(formFromInterview({ ...unsure, id: "i2", createdAt: now, updatedAt: now }).stage).toBe("");
  });

  it("turns the form into an interview draft", () => {
    const form = {
      ...emptyForm(now),
      round: "2",
      kind: "onsite" as const,
      plannedMinutes: "45",
      actualMinutes: " 90 ",
      interviewers: "Ana Ruiz, Ben Okafor;  ",
      signals: { "asked-start-date": true, "cold-formal": false },
      nextStepBy: "2026-11-27",
      gut: 4,
      notes: "  Met the whole team ",
    };
    const draft = draftFromForm(form, "app1");
    expect(draft).toEqual({
      applicationId: "app1",
      at: now,
      kind: "onsite",
      round: 2,
      plannedMinutes: 45,
      actualMinutes: 90,
      interviewers: ["Ana Ruiz", "Ben Okafor"],
      signals: { "asked-start-date": true },
      nextStepBy: new Date(2026, 10, 27, 12).getTime(),
      gut: 4,
      notes: "Met the whole team",
    });
    // And back: editing shows what was saved.
    const again = formFromInterview({ ...draft, id: "i1", createdAt: now, updatedAt: now });
    expect(again).toMatchObject({
      round: "2",
      actualMinutes: "90",
      interviewers: "Ana Ruiz, Ben Okafor",
      nextStepBy: "2026-11-27",
      gut: 4,
    });
  });

  it.each([
    [{ at: "" }, /When was the interview/],
    [{ plannedMinutes: "half an hour" }, /Planned length should be a whole number/],
    [{ actualMinutes: "-5" }, /Actual length/],
    [{ round: "0" }, /Round/],
  ])("refuses %o with a clear message", (change, message) => {
    expect(() => draftFromForm({ ...emptyForm(now), ...change }, "a")).toThrow(message);
  });
});
