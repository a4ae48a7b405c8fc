import { describe, expect, it } from "vitest";
import { computeOutlook, HEADLINES, SIGNALS } from "../../../../src/core/signals";

// The seeds insist no sign guarantees an offer; nothing the outlook says may promise one.
const PROMISES =
  /guarantee|will get (the|this|an|your) (offer|job)|you got the job|the job is yours|certain to|sure to get|definitely/i;

const AT = Date.UTC(2025, 5, 2, 14, 0);

function texts(signs: string[], extra = {}): string[] {
  const o = computeOutlook({
    interview: { at: AT, signals: Object.fromEntries(signs.map((s) => [s, true])), gut: 5, ...extra },
    now: AT + 40 * 86_400_000,
  });
  return [
    o.headline,
    o.summary,
    o.baseText,
    o.modelInfo.text,
    ...o.reasonsFor,
    ...o.reasonsAgainst,
    ...[...o.reasonsForDetail, ...o.reasonsAgainstDetail].map((r) => r.effect),
    ...o.watchFor,
    ...o.whatIf.map((w) => w.text),
  ];
}

describe("outlook wording", () => {
  const positives = SIGNALS.filter((s) => s.polarity === "positive").map((s) => s.id);
  const negatives = SIGNALS.filter((s) => s.polarity === "negative").map((s) => s.id);
  const cases: [string, string[]][] = [
    ["nothing", []],
    ["every good sign", positives],
    ["every warning sign", negatives],
    ["everything", [...positives, ...negatives]],
    ...SIGNALS.map((s): [string, string[]] => [s.id, [s.id]]),
  ];

  it.each(cases)("never promises an offer: %s", (_, signs) => {
    for (const t of texts(signs, { plannedMinutes: 30, actualMinutes: 90, nextStepBy: AT + 86_400_000 })) {
      expect(t).not.toMatch(PROMISES);
    }
  });

  it("has no promise in the catalogue or the headlines either", () => {
    const all = [
      ...Object.values(HEADLINES),
      ...SIGNALS.flatMap((s) => [s.label, s.description, s.watch ?? ""]),
    ];
    for (const t of all) expect(t).not.toMatch(PROMISES);
  });

  it("catches a promise when there is one (the check itself can fail)", () => {
    expect("This guarantees the role").toMatch(PROMISES);
    expect("You will get the offer").toMatch(PROMISES);
  });
});
