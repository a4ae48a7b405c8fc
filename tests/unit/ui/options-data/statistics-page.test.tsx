// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { computeStatistics } from "../../../../src/core/stats";
import type { Application } from "../../../../src/core/types";
import { StatisticsPage } from "../../../../src/ui/options/stats/StatisticsPage";
import { mount, unmount } from "../mount";

afterEach(unmount);

const app = (id: string, company: string): Application => ({
  id,
  company,
  title: "Role",
  companyDomains: [],
  status: "applied",
  source: "manual",
  createdAt: 0,
  updatedAt: 0,
  lastActivityAt: 0,
  archived: 0,
});

describe("StatisticsPage", () => {
  it("draws the funnel as a labelled image with its values in text, and a response table", () => {
    const stats = computeStatistics({
      applications: [app("a", "Acme"), app("b", "Globex")],
      events: [
        { kind: "applied", id: "e0", applicationId: "a", at: 0 },
        { kind: "applied", id: "e1", applicationId: "b", at: 0 },
        {
          kind: "email",
          emailId: "m",
          category: "rejected",
          id: "e2",
          applicationId: "a",
          at: 86_400_000 * 3,
        },
      ],
      interviews: [],
      now: 86_400_000 * 30,
    });
    const root = mount(<StatisticsPage data={stats} />);
    const funnel = root.querySelector(".funnel-chart")!;
    expect(funnel.getAttribute("role")).toBe("img");
    const [titleId, descId] = funnel.getAttribute("aria-labelledby")!.split(" ");
    expect(root.querySelector(`[id="${titleId}"]`)?.textContent).toBe("Applications at each stage");
    expect(root.querySelector(`[id="${descId}"]`)?.textContent).toContain("Applied: 2 (100% of saved)");
    expect(root.textContent).toContain(
      "50% of the 2 companies you applied to replied, usually within 3 days.",
    );
    const overall = root.querySelector("tfoot tr")!;
    expect([...overall.children].map((c) => c.textContent)).toEqual(["Overall", "2", "1", "50%", "3 days"]);
  });

  it("says clearly when there is not enough data for personal calibration", () => {
    const stats = computeStatistics({ applications: [], events: [], interviews: [], now: 0 });
    const root = mount(<StatisticsPage data={stats} />);
    expect(root.querySelector(".not-enough")?.textContent).toContain("Not enough data yet");
    expect(root.textContent).toContain("No applications yet");
  });
});
