// Teal's events export (formats/teal-events.ts): rows grouped into applications by company, role and
// place; each event a step with its date; the status from the latest event; every status name Teal
// has mapped, and any other event name kept on the timeline as a note. No real events export has been
// found (tests/fixtures/imports/MANIFEST.md): every table here is WRITTEN for the test, in the header
// issue #16 reports from a real file.
import { describe, expect, it } from "vitest";
import { previewJson, readImport } from "../../../../src/core/import";

const HEADER = "date,company name,role,location,event";
const read = (...rows: string[]) => readImport(new TextEncoder().encode([HEADER, ...rows].join("\n")), "UTC");
const day = (at: number) => new Date(at).toISOString().slice(0, 10);
const steps = (app: { events: { kind: string; at: number }[] }) =>
  app.events.map((e) => `${e.kind} ${day(e.at)}`);

describe("Teal events export", () => {
  it.each([
    ["Bookmarked", "saved"],
    ["Applying", "saved"],
    ["Applied", "applied"],
    ["Interviewing", "interviewing"],
    ["Negotiating", "offer"],
    ["Accepted", "offer"],
    ["I Withdrew", "withdrawn"],
    ["Not Selected", "rejected"],
    ["No Response", "ghosted"],
    // The roles export writes its status names in lower case.
    ["not selected", "rejected"],
    ["i withdrew", "withdrawn"],
  ])("the event %s is the status %s", (event, status) => {
    const preview = read(
      `2025-01-02,Acme,Analyst,Remote,Bookmarked`,
      `2025-01-09,Acme,Analyst,Remote,${event}`,
    );
    expect(preview.format).toBe("teal-events");
    expect(preview.problems).toEqual([]);
    expect(preview.applications).toHaveLength(1);
    expect(preview.applications[0]!.status).toBe(status);
    expect(preview.applications[0]!.timelineNotes).toBeUndefined();
  });

  it("each event is a step with its date, oldest first; the latest is the status, whatever the file's order", () => {
    const preview = read(
      "2025-01-28,Acme,Analyst,Remote,Not Selected",
      "2025-01-03,Acme,Analyst,Remote,Applied",
      "2025-01-15,Acme,Analyst,Remote,Interviewing",
      "2025-01-02,Acme,Analyst,Remote,Bookmarked",
    );
    const [app] = preview.applications;
    expect(steps(app!)).toEqual([
      "saved 2025-01-02",
      "applied 2025-01-03",
      "interviewing 2025-01-15",
      "rejected 2025-01-28",
    ]);
    expect(app).toMatchObject({ status: "rejected", line: 2 });
    expect(day(app!.savedAt!)).toBe("2025-01-02");
    expect(day(app!.appliedAt!)).toBe("2025-01-03");
  });

  it("one role at one employer in two cities is two applications; the same city written more fully, or not written, is one", () => {
    const preview = read(
      "2025-02-01,Globex,Nurse,Berlin,Applied",
      "2025-02-01,Globex,Nurse,Stockholm,Applied",
      '2025-02-10,Globex,Nurse,"Berlin, Germany",Interviewing',
      "2025-02-12,Globex,Nurse,,Not Selected",
      '2025-02-20,Globex,Nurse,"Stockholm, Sweden",I Withdrew',
    );
    expect(preview.applications.map((a) => [a.location, a.status, steps(a)])).toEqual([
      [
        "Berlin",
        "rejected",
        ["saved 2025-02-01", "applied 2025-02-01", "interviewing 2025-02-10", "rejected 2025-02-12"],
      ],
      ["Stockholm", "withdrawn", ["saved 2025-02-01", "applied 2025-02-01", "withdrawn 2025-02-20"]],
    ]);
  });

  it("an event name that is no status is a note on the timeline at its date, changing no status and reported as nothing", () => {
    const preview = read(
      "2025-03-01,Initech,Engineer,Remote,Applied",
      "2025-03-05,Initech,Engineer,Remote,Phone call with the team",
      "2025-03-02,Umbrella,Chemist,,Archived",
    );
    expect(preview.problems).toEqual([]);
    const [initech, umbrella] = preview.applications;
    expect(initech).toMatchObject({
      status: "applied",
      timelineNotes: [{ text: "Teal: Phone call with the team" }],
    });
    expect(day(initech!.timelineNotes![0]!.at)).toBe("2025-03-05");
    // Only an unknown event: tracked (saved) on that day, with the event as its note.
    expect(umbrella).toMatchObject({ status: "saved", timelineNotes: [{ text: "Teal: Archived" }] });
    expect(steps(umbrella!)).toEqual(["saved 2025-03-02"]);
    // The preview JSON shows the timeline as it will read.
    expect(previewJson(preview).applications[0]!.events).toEqual([
      { kind: "saved", at: "2025-03-01T00:00:00.000Z" },
      { kind: "applied", at: "2025-03-01T00:00:00.000Z" },
      { kind: "note", at: "2025-03-05T00:00:00.000Z", text: "Teal: Phone call with the team" },
    ]);
  });

  it("an event that reads as a status but is no Teal stage is that step and a note in Teal's words: a booked offer call is no offer", () => {
    const preview = read(
      "2025-03-01,Initech,Engineer,Remote,Applied",
      "2025-03-10,Initech,Engineer,Remote,Interviewing",
      "2025-03-20,Initech,Engineer,Remote,Offer call booked",
    );
    expect(preview.problems).toEqual([]);
    const [app] = preview.applications;
    expect(app!.status).toBe("interviewing");
    expect(steps(app!)).toEqual([
      "saved 2025-03-01",
      "applied 2025-03-01",
      "interviewing 2025-03-10",
      "interviewing 2025-03-20",
    ]);
    expect(app!.timelineNotes).toEqual([{ at: Date.UTC(2025, 2, 20), text: "Teal: Offer call booked" }]);
  });

  it("rows naming the company or role with other spacing or case are one application", () => {
    const preview = read(
      "2025-05-01,Acme Analytics,Data Analyst,Remote,Applied",
      "2025-05-09,Acme  Analytics,data  analyst,Remote,Interviewing",
    );
    expect(preview.applications).toHaveLength(1);
    expect(preview.applications[0]).toMatchObject({ company: "Acme Analytics", status: "interviewing" });
  });

  it("saved on its first date; a row with no event still dates it; a row with no date is reported", () => {
    const preview = read(
      "2025-04-01,Hooli,Designer,,",
      "2025-04-03,Hooli,Designer,,Bookmarked",
      "2025-04-04,Hooli,Designer,,Applied",
      ",Hooli,Designer,,Interviewing",
    );
    expect(steps(preview.applications[0]!)).toEqual(["saved 2025-04-01", "applied 2025-04-04"]);
    expect(preview.problems).toEqual([{ line: 5, message: 'event "Interviewing" has no date: skipped' }]);
  });

  it("a date that cannot be read is one problem on its line, which says the event was skipped", () => {
    const preview = read("2025-04-01,Hooli,Designer,,Applied", "soon,Hooli,Designer,,Interviewing");
    expect(steps(preview.applications[0]!)).toEqual(["saved 2025-04-01", "applied 2025-04-01"]);
    expect(preview.problems).toEqual([
      { line: 3, message: 'date: "soon" is not a date; event "Interviewing" skipped' },
    ]);
  });
});
