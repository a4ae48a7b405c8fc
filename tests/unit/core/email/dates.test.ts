// Dates read from email text: weekdays in the user's time zone, real calendar days only, and one
// reading of day/month order per email whatever order its dates come in. Written cases (issue #14.7).
import { describe, expect, it } from "vitest";
import { classifyEmail } from "../../../../src/core/email";
import { findDates, nextWeekday } from "../../../../src/core/email/dates";

const at = (iso: string) => new Date(iso);

describe("nextWeekday counts from the day it is where the mail was read", () => {
  // [zone, instant received, weekday named, expected day]
  const cases: [string, string, string, string][] = [
    // Thursday 18:00 in Los Angeles is already Friday 02:00 in UTC: "by Friday" is tomorrow.
    ["America/Los_Angeles", "2025-03-07T02:00:00Z", "Friday", "2025-03-07"],
    ["America/Los_Angeles", "2025-03-07T02:00:00Z", "Thursday", "2025-03-13"],
    // Friday 08:00 in Auckland is still Thursday in UTC: "by Friday" is next week's.
    ["Pacific/Auckland", "2025-03-06T19:00:00Z", "Friday", "2025-03-14"],
    ["Pacific/Auckland", "2025-03-06T19:00:00Z", "Monday", "2025-03-10"],
    ["Europe/London", "2025-03-06T23:30:00Z", "Friday", "2025-03-07"],
    ["Asia/Kolkata", "2025-03-06T19:00:00Z", "Friday", "2025-03-14"],
    ["UTC", "2025-03-06T19:00:00Z", "Friday", "2025-03-07"],
    // Across the spring-forward night (9 March 2025 in the US): Saturday 23:30 → Monday the 10th.
    ["America/New_York", "2025-03-09T04:30:00Z", "Monday", "2025-03-10"],
    // Across the autumn change in Europe (26 October 2025): Saturday 23:30 in Berlin.
    ["Europe/Berlin", "2025-10-25T21:30:00Z", "Sunday", "2025-10-26"],
    ["Europe/Berlin", "2025-10-25T21:30:00Z", "Saturday", "2025-11-01"],
  ];
  it.each(cases)("%s, received %s: %s → %s", (zone, received, name, day) => {
    expect(nextWeekday(name, at(received), zone)).toBe(day);
  });

  it("gives the interview's reply date the Friday the sender meant", () => {
    const email = {
      from: "Priya Shah <priya@acme-widgets.com>",
      subject: "Following up on your interview",
      body: "Hi Sam,\n\nThanks again for meeting the team. We will let you know by Friday how we want to proceed.\n\nPriya",
      // Thursday 6 March 2025, 18:00 in Los Angeles.
      date: Date.parse("2025-03-07T02:00:00Z"),
      timeZone: "America/Los_Angeles",
    };
    expect(classifyEmail(email).hints.decisionBy).toEqual({ text: "Friday", local: "2025-03-07" });
  });
});

describe("findDates keeps only days the calendar has", () => {
  const ref = at("2025-01-10T12:00:00Z");
  it.each([
    ["We can meet on 31/02/2025 at 10:00", true],
    ["We can meet on 02/31/2025 at 10:00", false],
    ["Your interview is on February 30th, 2025 at 2pm", false],
    ["Your interview is on 31st April 2025, 10:30am", true],
    ["Your interview is on 2025-02-29 14:00", false],
    ["Your interview is on 29 February 2025 at 10:00", true],
  ])("%s → nothing", (text, dayFirst) => {
    expect(findDates(text, ref, dayFirst)).toEqual([]);
  });

  it.each([
    ["Your interview is on 29 February 2028 at 10:00", "2028-02-29T10:00"],
    ["Your interview is on 2028-02-29 14:00", "2028-02-29T14:00"],
    ["Your interview is on April 30th, 2025 at 2pm", "2025-04-30T14:00"],
  ])("%s → %s", (text, local) => {
    expect(findDates(text, ref, false).map((d) => d.local)).toEqual([local]);
  });
});

describe("findDates reads day/month order once per text, whatever order the dates come in", () => {
  const ref = at("2025-01-10T12:00:00Z");
  const locals = (text: string, dayFirst: boolean) => findDates(text, ref, dayFirst).map((d) => d.local);

  it.each([
    // The unambiguous date says the writer puts the day first, before or after the ambiguous one.
    ["25/03/2025 10:00 or 04/05/2025 11:00", false, ["2025-03-25T10:00", "2025-05-04T11:00"]],
    ["04/05/2025 11:00 or 25/03/2025 10:00", false, ["2025-05-04T11:00", "2025-03-25T10:00"]],
    // …or the month first.
    ["03/25/2025 10:00 or 04/05/2025 11:00", true, ["2025-03-25T10:00", "2025-04-05T11:00"]],
    ["04/05/2025 11:00 or 03/25/2025 10:00", true, ["2025-04-05T11:00", "2025-03-25T10:00"]],
    // Nothing in the text decides: the caller's guess (the sender's country) stands, for every date.
    ["04/05/2025 11:00 or 06/07/2025 12:00", true, ["2025-05-04T11:00", "2025-07-06T12:00"]],
    ["04/05/2025 11:00 or 06/07/2025 12:00", false, ["2025-04-05T11:00", "2025-06-07T12:00"]],
  ])("%s (day first: %s)", (text, dayFirst, expected) => {
    expect(locals(text, dayFirst)).toEqual(expected);
  });

  it("reads a date that can only be one way as that way, even against the rest of the text", () => {
    // 13/04 is day-first, 04/14 month-first: the text contradicts itself, so each date keeps its own reading.
    expect(locals("13/04/2025 10:00, 04/14/2025 11:00 or 05/06/2025 12:00", false)).toEqual([
      "2025-04-13T10:00",
      "2025-04-14T11:00",
      "2025-05-06T12:00",
    ]);
  });
});
