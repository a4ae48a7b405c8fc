import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  businessDaysBetween,
  dateKey,
  endOfDay,
  isWeekend,
  type LocalDate,
  startOfDay,
  toLocal,
  zonedToUtc,
} from "../../../../src/core/followup";

const d = (s: string): LocalDate => {
  const [year, month, day] = s.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
};
const iso = (ms: number) => new Date(ms).toISOString();

describe("toLocal", () => {
  it.each([
    ["America/Los_Angeles", "2025-03-07 15:00"],
    ["Europe/Berlin", "2025-03-08 00:00"],
    ["Pacific/Auckland", "2025-03-08 12:00"],
    ["UTC", "2025-03-07 23:00"],
  ])("23:00Z on 7 March 2025 in %s is %s", (tz, expected) => {
    const l = toLocal(Date.UTC(2025, 2, 7, 23, 0), tz);
    const hm = `${String(l.hour).padStart(2, "0")}:${String(l.minute).padStart(2, "0")}`;
    expect(`${dateKey(l)} ${hm}`).toBe(expected);
  });
});

describe("zonedToUtc", () => {
  it.each([
    ["America/Los_Angeles", "2025-03-07", 9, "2025-03-07T17:00:00.000Z"], // PST
    ["America/Los_Angeles", "2025-03-18", 9, "2025-03-18T16:00:00.000Z"], // PDT
    ["Europe/Berlin", "2025-03-28", 9, "2025-03-28T08:00:00.000Z"], // CET
    ["Europe/Berlin", "2025-04-01", 9, "2025-04-01T07:00:00.000Z"], // CEST
    ["Pacific/Auckland", "2025-04-04", 9, "2025-04-03T20:00:00.000Z"], // NZDT
    ["Pacific/Auckland", "2025-04-07", 9, "2025-04-06T21:00:00.000Z"], // NZST
    ["UTC", "2025-01-01", 0, "2025-01-01T00:00:00.000Z"],
  ] as const)("%s %s %i:00 → %s", (tz, day, hour, expected) => {
    expect(iso(zonedToUtc({ ...d(day), hour, minute: 0 }, tz))).toBe(expected);
  });

  it("moves a time skipped by spring-forward past the gap", () => {
    // 02:30 does not exist in Los Angeles on 9 March 2025; 03:30 PDT does.
    expect(iso(zonedToUtc({ ...d("2025-03-09"), hour: 2, minute: 30 }, "America/Los_Angeles"))).toBe(
      "2025-03-09T10:30:00.000Z",
    );
  });
});

describe("day bounds", () => {
  it("handles a 23-hour day (spring forward) and a 25-hour day (fall back)", () => {
    const spring = d("2025-03-09");
    expect(iso(startOfDay(spring, "America/Los_Angeles"))).toBe("2025-03-09T08:00:00.000Z");
    expect(endOfDay(spring, "America/Los_Angeles") + 1 - startOfDay(spring, "America/Los_Angeles")).toBe(
      23 * 3_600_000,
    );
    const fall = d("2025-10-26");
    expect(endOfDay(fall, "Europe/Berlin") + 1 - startOfDay(fall, "Europe/Berlin")).toBe(25 * 3_600_000);
  });
});

describe("business days", () => {
  it.each([
    ["2025-03-07", 1, "2025-03-10"], // Fri → Mon
    ["2025-03-07", 5, "2025-03-14"], // Fri → next Fri
    ["2025-03-07", 7, "2025-03-18"], // Fri → Tue week after
    ["2025-03-08", 1, "2025-03-10"], // Sat → Mon
    ["2025-03-09", 0, "2025-03-09"], // Sun, none added
    ["2025-03-12", 2, "2025-03-14"], // Wed → Fri
    ["2025-03-13", 2, "2025-03-17"], // Thu → Mon
    ["2025-12-31", 3, "2026-01-05"], // over the new year
    ["2024-02-28", 2, "2024-03-01"], // leap day is a Thursday
  ] as const)("%s + %i business days = %s", (from, n, to) => {
    expect(dateKey(addBusinessDays(d(from), n))).toBe(to);
  });

  it.each([
    ["2025-03-12", "2025-03-17", 3],
    ["2025-03-07", "2025-03-08", 0],
    ["2025-03-07", "2025-03-10", 1],
    ["2025-03-07", "2025-03-07", 0],
    ["2025-03-17", "2025-03-07", 0],
  ] as const)("between %s and %s: %i", (a, b, n) => {
    expect(businessDaysBetween(d(a), d(b))).toBe(n);
  });

  it("knows the weekend", () => {
    expect([d("2025-03-08"), d("2025-03-09"), d("2025-03-10")].map(isWeekend)).toEqual([true, true, false]);
  });
});

describe("toLocal in UTC", () => {
  it("reads the Date's UTC fields exactly as the formatter prints them", () => {
    const f = new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    // Instants spread over years 1–9999 (a fixed linear congruential walk), plus the edges.
    const instants = [Date.UTC(1, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59), 0, -1, 951782400000];
    let x = 12345;
    for (let i = 0; i < 2000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      instants.push(Date.UTC(1, 0, 1) + (x / 2147483648) * (Date.UTC(9999, 11, 31) - Date.UTC(1, 0, 1)));
    }
    for (const ms of instants) {
      const parts: Record<string, number> = {};
      for (const p of f.formatToParts(new Date(ms)))
        if (p.type !== "literal") parts[p.type] = Number(p.value);
      const hour = (parts.hour ?? 0) % 24;
      expect(toLocal(ms, "UTC"), String(ms)).toEqual({ ...parts, hour });
    }
    expect(() => toLocal(Number.NaN, "UTC")).toThrow(RangeError);
  });
});
