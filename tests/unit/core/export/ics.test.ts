import { describe, expect, it } from "vitest";
import { calendarEvents, escapeText, foldLine, writeCalendar } from "../../../../src/core/export";
import type { Application, Interview, Reminder } from "../../../../src/core/types";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("escapeText", () => {
  it.each([
    ["a,b;c\\d", "a\\,b\\;c\\\\d"],
    ["one\ntwo\r\nthree", "one\\ntwo\\nthree"],
  ])("%j", (input, output) => expect(escapeText(input)).toBe(output));
});

describe("foldLine", () => {
  it("folds at 75 octets and never splits a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    // Unfolding (remove CRLF + one space) gives back the line.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves short lines alone", () => expect(foldLine("BEGIN:VEVENT")).toBe("BEGIN:VEVENT"));
});

describe("writeCalendar", () => {
  const now = Date.UTC(2025, 2, 1, 8, 30);
  const apps: Application[] = [
    {
      id: "a1",
      company: "Acme, Inc.",
      title: "Analyst; Data",
      url: "https://acme.example/job",
      companyDomains: [],
      status: "interviewing",
      source: "manual",
      createdAt: 0,
      updatedAt: 0,
      lastActivityAt: 0,
      archived: 0,
    },
  ];
  const interviews: Interview[] = [
    {
      id: "i1",
      applicationId: "a1",
      at: Date.UTC(2025, 2, 4, 15),
      kind: "video",
      interviewers: ["Sam"],
      signals: {},
      plannedMinutes: 45,
      round: 2,
      createdAt: 0,
      updatedAt: 0,
    },
    {
      id: "old",
      applicationId: "a1",
      at: Date.UTC(2025, 1, 4, 15),
      kind: "phone",
      interviewers: [],
      signals: {},
      createdAt: 0,
      updatedAt: 0,
    },
  ];
  const reminders: Reminder[] = [
    {
      id: "r1",
      applicationId: "a1",
      kind: "follow-up",
      title: "Send a polite follow-up",
      dueAt: Date.UTC(2025, 2, 13, 9),
      done: 0,
    },
    {
      id: "r2",
      applicationId: "a1",
      kind: "thank-you",
      title: "Done already",
      dueAt: Date.UTC(2025, 2, 5),
      done: 1,
    },
  ];
  const ics = writeCalendar(calendarEvents({ applications: apps, interviews, reminders }, now), { now });
  const lines = ics.split("\r\n");

  it("is a VCALENDAR with CRLF line ends and no bare LF", () => {
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it("has the upcoming interview and the pending follow-up only, in UTC with UID and DTSTAMP", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    const events = unfolded.split("BEGIN:VEVENT").slice(1);
    expect(events).toHaveLength(2);
    expect(events[0]).toContain("UID:interview-i1@debrief.invalid");
    expect(events[0]).toContain("DTSTAMP:20250301T083000Z");
    expect(events[0]).toContain("DTSTART:20250304T150000Z");
    expect(events[0]).toContain("DTEND:20250304T154500Z");
    expect(events[0]).toContain("SUMMARY:Video interview: Analyst\\; Data at Acme\\, Inc.");
    expect(events[0]).toContain("DESCRIPTION:Round 2\\nWith Sam");
    expect(events[0]).toContain("URL:https://acme.example/job");
    expect(events[1]).toContain("SUMMARY:Send a polite follow-up — Analyst\\; Data at Acme\\, Inc.");
    expect(events[1]).toContain("DTSTART:20250313T090000Z");
  });
});
