// A date-only CSV cell is a day on the user's own calendar, both ways: imported as that day's local
// midnight and exported as the day it is where the user is. Written cases across zones and DST changes
// (issue #14.7); the process's own TZ is varied too, so nothing leans on the machine's zone.
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { applicationsCsv, CSV_COLUMNS, parseDate } from "../../../../src/core/export";
import { readImport } from "../../../../src/core/import";
import type { Application } from "../../../../src/core/types";

const ZONES = [
  "UTC",
  "America/Los_Angeles",
  "America/New_York",
  "Europe/London",
  "Asia/Kolkata",
  "Pacific/Auckland",
];
const PROCESS_ZONES = ["UTC", "America/Los_Angeles", "Pacific/Auckland"];

/** The wall-clock day and time an instant shows in a zone, as "YYYY-MM-DD HH:mm". */
function wall(ms: number | null, timeZone: string): string {
  if (ms === null) return "null";
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(ms)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const savedTZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTZ;
});

describe("parseDate: a date-only value is the user's local midnight", () => {
  const days: [string, string][] = [
    ["2025-03-04", "2025-03-04"],
    ["03/04/2025", "2025-03-04"], // US order, as Teal, Huntr and Simplify write
    ["25/04/2025", "2025-04-25"], // day first: 25 cannot be a month
    ["3/4/25", "2025-03-04"],
    ["2025-03-09", "2025-03-09"], // US spring forward
    ["2025-11-02", "2025-11-02"], // US fall back
    ["2025-03-30", "2025-03-30"], // EU spring forward
    ["2025-04-06", "2025-04-06"], // Auckland's autumn change
  ];
  for (const processZone of PROCESS_ZONES) {
    for (const zone of ZONES) {
      it.each(days)(`%s in ${zone} (process TZ ${processZone}) → %s 00:00`, (text, day) => {
        process.env.TZ = processZone;
        expect(wall(parseDate(text, zone), zone)).toBe(`${day} 00:00`);
      });
    }
  }

  it.each(["02/31/2025", "31/02/2025", "2025-02-29", "2025-13-01", "13/13/2025", "2025-04-31"])(
    "%s is no day: null",
    (text) => expect(parseDate(text, "America/Los_Angeles")).toBeNull(),
  );

  it("keeps an instant that names its zone, and reads a time without one on the user's clock", () => {
    process.env.TZ = "Pacific/Auckland";
    expect(parseDate("2025-03-04T10:00:00Z", "America/Los_Angeles")).toBe(Date.UTC(2025, 2, 4, 10));
    expect(wall(parseDate("2025-03-04 10:00", "America/Los_Angeles"), "America/Los_Angeles")).toBe(
      "2025-03-04 10:00",
    );
  });
});

describe("an import stores the day the file says, in the user's zone", () => {
  it.each(ZONES)("%s", (zone) => {
    const csv = "Company,Job Title,Date Saved,Date Applied\r\nAcme,Clerk,2025-02-01,02/03/2025\r\n";
    const rows = readImport(new TextEncoder().encode(csv), zone).applications;
    expect(wall(rows[0]?.savedAt ?? null, zone)).toBe("2025-02-01 00:00");
    expect(wall(rows[0]?.appliedAt ?? null, zone)).toBe("2025-02-03 00:00");
  });
});

const app = (createdAt: number): Application => ({
  id: "a1",
  company: "Contoso",
  title: "Baker",
  companyDomains: [],
  status: "applied",
  source: "manual",
  createdAt,
  updatedAt: createdAt,
  lastActivityAt: createdAt,
  archived: 0,
});

function exportedDays(createdAt: number, timeZone: string) {
  const csv = applicationsCsv(
    [app(createdAt)],
    () => [],
    () => [],
    { timeZone },
  );
  const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  expect(header).toEqual([...CSV_COLUMNS]);
  return row?.[CSV_COLUMNS.indexOf("Saved on")];
}

describe("applicationsCsv writes the day it was where the user is", () => {
  // 2 January 2025, 11:30 UTC: still the 2nd in Los Angeles (03:30), already the 3rd in Auckland (00:30).
  const instant = Date.UTC(2025, 0, 2, 11, 30);
  it.each([
    ["UTC", "2025-01-02"],
    ["America/Los_Angeles", "2025-01-02"],
    ["Pacific/Auckland", "2025-01-03"],
  ])("%s → %s", (zone, day) => expect(exportedDays(instant, zone)).toBe(day));

  // 9 p.m. in Los Angeles is the next day in UTC: the user saved it on the 1st.
  it("a job saved at 9 p.m. in Los Angeles is exported on that day", () => {
    expect(exportedDays(Date.UTC(2025, 0, 2, 5), "America/Los_Angeles")).toBe("2025-01-01");
  });

  it.each(ZONES)("exported then imported in %s, a day stays the same day", (zone) => {
    for (const text of ["2025-03-09", "2025-03-30", "2025-04-06", "2025-11-02", "2025-12-31"]) {
      const at = parseDate(text, zone);
      expect(at).not.toBeNull();
      expect(exportedDays(at as number, zone)).toBe(text);
    }
  });
});
