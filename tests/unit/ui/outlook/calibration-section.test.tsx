// @vitest-environment happy-dom
// Statistics on the user's own history: quiet below 8 outcomes; from there the model verdict, the
// reliability chart with its table, Brier over time and the signs that preceded offers.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { computeStatistics } from "../../../../src/core/stats";
import type { Application, Interview, TimelineEvent } from "../../../../src/core/types";
import { parseBackup } from "../../../../src/db/backup";
import { CalibrationSection } from "../../../../src/ui/options/stats/CalibrationSection";
import { mount, unmount } from "../mount";

afterEach(unmount);

const backup = parseBackup(readFileSync("tests/fixtures/outlook/history-12.backup.json", "utf8"));
const tables = backup.tables as unknown as {
  applications: Application[];
  events: TimelineEvent[];
  interviews: Interview[];
};
const NOW = Date.UTC(2025, 5, 2);

function stats(keep: number) {
  const ids = new Set(tables.applications.slice(0, keep).map((a) => a.id));
  // Keep the mix: the first `keep` of both kinds of interview.
  return computeStatistics({
    applications: tables.applications.filter((a) => ids.has(a.id)),
    events: tables.events.filter((e) => ids.has(e.applicationId)),
    interviews: tables.interviews.filter((i) => ids.has(i.applicationId)),
    now: NOW,
    timeZone: "UTC",
  });
}

describe("CalibrationSection", () => {
  it("stays quiet with fewer than 8 outcomes", () => {
    const s = stats(7);
    const root = mount(<CalibrationSection calibration={s.calibration} preceded={s.precededOffers} />);
    expect(root.querySelector(".not-enough")?.textContent).toContain("you have 7");
    expect(root.querySelector(".reliability-chart")).toBeNull();
    expect(root.querySelector("table")).toBeNull();
  });

  it("shows the verdict, a reliability chart with its table, Brier over time and the signs, from 8 on", () => {
    const s = stats(12);
    const root = mount(<CalibrationSection calibration={s.calibration} preceded={s.precededOffers} />);
    expect(root.querySelector(".model-verdict")?.textContent).toContain(
      "Every new or re-opened outlook now uses the model fitted to you.",
    );
    expect(root.querySelector(".reliability-chart")?.getAttribute("role")).toBe("img");
    const rows = [...root.querySelectorAll(".reliability-table tbody tr")];
    const counted = rows.reduce((n, tr) => n + Number(tr.children[1]?.textContent), 0);
    expect(counted).toBe(12);
    expect(root.querySelector(".brier-over-time")?.textContent).toMatch(
      /^after 8 outcomes: 0\.\d\d · after 12 outcomes: 0\.\d\d$/,
    );
    const signs = [...root.querySelectorAll(".stats-table:not(.reliability-table) tbody tr")].map((tr) =>
      [...tr.children].map((td) => td.textContent),
    );
    expect(signs).toEqual([
      ["Warm conversation, real rapport", "6", "5", "83%"],
      ["Pitched the company to you", "6", "0", "0%"],
    ]);
  });
});
