import { describe, expect, it } from "vitest";
import { groupTimeline, sortTimeline } from "../../../../src/core/timeline";
import type { TimelineEvent } from "../../../../src/core/types";

const ev = (id: string, iso: string, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  ({ id, applicationId: "a1", at: Date.parse(iso), kind: "note", text: id, ...extra }) as TimelineEvent;

// 15:00 and 17:00 on Friday 7 March in Los Angeles: two UTC days, one local day.
const A = ev("a", "2025-03-07T23:00:00Z");
const B = ev("b", "2025-03-08T01:00:00Z");
const C = ev("c", "2025-03-10T16:00:00Z");

const shape = (days: ReturnType<typeof groupTimeline>) => days.map((d) => [d.key, d.events.map((e) => e.id)]);

describe("groupTimeline", () => {
  it("groups by the user's local day, oldest first by default", () => {
    expect(shape(groupTimeline([C, B, A], "America/Los_Angeles"))).toEqual([
      ["2025-03-07", ["a", "b"]],
      ["2025-03-10", ["c"]],
    ]);
  });

  it.each([
    [
      "UTC",
      [
        ["2025-03-07", ["a"]],
        ["2025-03-08", ["b"]],
        ["2025-03-10", ["c"]],
      ],
    ],
    [
      "Pacific/Auckland",
      [
        ["2025-03-08", ["a", "b"]],
        ["2025-03-11", ["c"]],
      ],
    ],
    [
      "Europe/Berlin",
      [
        ["2025-03-08", ["a", "b"]],
        ["2025-03-10", ["c"]],
      ],
    ],
  ])("in %s", (tz, expected) => {
    expect(shape(groupTimeline([A, B, C], tz))).toEqual(expected);
  });

  it("reverses days and events within them for newest-first", () => {
    expect(shape(groupTimeline([A, B, C], "America/Los_Angeles", "newest-first"))).toEqual([
      ["2025-03-10", ["c"]],
      ["2025-03-07", ["b", "a"]],
    ]);
  });

  it("gives each day its local midnight", () => {
    const [day] = groupTimeline([A], "America/Los_Angeles");
    expect(new Date(day!.start).toISOString()).toBe("2025-03-07T08:00:00.000Z");
  });

  it("is empty for no events", () => {
    expect(groupTimeline([], "UTC")).toEqual([]);
  });
});

describe("sortTimeline", () => {
  it("orders same-time events as a story (interview before its signals), then by id", () => {
    const at = "2025-03-07T23:00:00Z";
    const signals = ev("s", at, { kind: "signals", interviewId: "i1" } as Partial<TimelineEvent>);
    const interview = ev("z", at, { kind: "interview", interviewId: "i1" } as Partial<TimelineEvent>);
    const n1 = ev("n1", at);
    const n2 = ev("n2", at);
    expect(sortTimeline([n2, signals, n1, interview]).map((e) => e.id)).toEqual(["z", "s", "n1", "n2"]);
  });

  it("leaves its input alone", () => {
    const input = [C, A, B];
    sortTimeline(input);
    expect(input.map((e) => e.id)).toEqual(["c", "a", "b"]);
  });
});
