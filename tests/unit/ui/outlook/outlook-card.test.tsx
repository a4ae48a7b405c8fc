// @vitest-environment happy-dom
// The outlook card as a user reads it: a range against the stage with its source, every sign with its
// effect on the odds, what would change it, and which model is in use. Never a score out of 100.
import { afterEach, describe, expect, it } from "vitest";
import { calibrate, computeOutlook, type OutlookInput } from "../../../../src/core/signals";
import { OutlookCard } from "../../../../src/ui/outlook/OutlookCard";
import { simulate } from "../../core/signals/simulated-history";
import { mount, unmount } from "../mount";

afterEach(unmount);

const AT = Date.UTC(2025, 5, 2, 14, 0);
const input = (signals: string[], stage?: "final"): OutlookInput => ({
  interview: {
    at: AT,
    kind: "video",
    ...(stage ? { stage } : {}),
    signals: Object.fromEntries(signals.map((s) => [s, true])),
  },
  now: AT + 3_600_000,
});

describe("OutlookCard", () => {
  it("shows a range against the stage, its source as a link, and each sign with its effect", () => {
    const root = mount(
      <OutlookCard outlook={computeOutlook(input(["asked-start-date", "salary-discussed"], "final"))} />,
    );
    const text = root.textContent ?? "";
    expect(root.querySelector(".outlook-range")?.textContent).toBe(
      "35–86 % — better than most at this stage",
    );
    expect(text).toContain("About 1 in 3 candidates at this stage get an offer (an onsite or final round)");
    const link = root.querySelector<HTMLAnchorElement>(".base-rate a");
    expect(link?.href).toBe("https://www.lever.co/blog/2019-talent-benchmarks-interviewing-statistics/");
    expect(link?.textContent).toBe("Lever, 2019");
    const reasons = [...root.querySelectorAll(".reasons-for li")].map((li) => li.textContent);
    expect(reasons).toEqual([
      "+ They asked about your availability, start date or notice period. (odds ×3.2)",
      "+ Pay and benefits were discussed, or you were asked for your salary expectations. (odds ×1.4 (counted at 50%: related to a stronger sign))",
    ]);
    expect(text).not.toMatch(/\/100|\d+ in 100/);
  });

  it("lists what would change it, and says the general model is in use", () => {
    const root = mount(<OutlookCard outlook={computeOutlook(input(["warm-rapport"]))} />);
    const items = [...root.querySelectorAll(".what-if li")].map((li) => li.textContent ?? "");
    expect(items[0]).toMatch(/^A reply within 5–10 business days/);
    expect(items.some((t) => /^An invitation to another round: \d+–\d+ %$/.test(t))).toBe(true);
    expect(items.some((t) => /^No reply by the date they gave: \d+(–\d+)? %$/.test(t))).toBe(true);
    expect(root.querySelector(".model-line")?.textContent).toMatch(/^General model in use/);
  });

  it("names the personal model with its history and Brier scores when it is in use", () => {
    const c = calibrate(simulate({ cases: 80, seed: 1, effects: { "pitched-company": -2 } }));
    expect(c.usePersonal).toBe(true);
    const root = mount(
      <OutlookCard outlook={computeOutlook(input(["pitched-company"]), { model: c.model })} />,
    );
    expect(root.querySelector(".model-line")?.textContent).toMatch(
      /^Using your history: 80 interviews, Brier 0\.\d\d vs 0\.\d\d for the general model\.$/,
    );
  });

  it("says the figure is the user's own when they set one", () => {
    const root = mount(
      <OutlookCard outlook={computeOutlook(input([]), { baseRates: { unspecified: 0.5 } })} />,
    );
    expect(root.querySelector(".base-rate")?.textContent).toBe(
      "About 1 in 2 candidates at this stage get an offer, by your own figure in Settings.",
    );
  });
});
