// Each export format read from its fixture (tests/fixtures/imports, see MANIFEST.md): the format
// recognised, and every application's company, status, dates and archived flag.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORTERS, previewJson, readImport } from "../../../../src/core/import";

const read = (name: string) =>
  readImport(new Uint8Array(readFileSync(`tests/fixtures/imports/${name}`)), "UTC");
const day = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString().slice(0, 10));
const summary = (name: string) =>
  read(name).applications.map((a) => [a.company, a.status, a.archived, day(a.savedAt), day(a.appliedAt)]);

describe("import formats", () => {
  it("lists every format once, generic last", () => {
    const formats = IMPORTERS.map((i) => i.format);
    expect(new Set(formats).size).toBe(formats.length);
    expect(formats.at(-1)).toBe("generic");
  });

  it("Huntr: companyName, listName as status, createdAt / lastMovedAt, '-' as empty", () => {
    const preview = read("huntr.csv");
    expect(preview.format).toBe("huntr");
    expect(summary("huntr.csv")).toEqual([
      ["Acme Analytics", "saved", false, "2024-03-02", null],
      ["Northwind Traders", "applied", false, "2024-03-03", "2024-03-05"],
      ["Globex", "interviewing", false, "2024-03-04", null],
      ["Initech", "rejected", false, "2024-03-06", null],
      ["Umbrella Health", "offer", false, "2024-03-07", null],
    ]);
    expect(preview.applications[1]!.location).toBeUndefined();
    expect(preview.applications[2]!.events.map((e) => [e.kind, day(e.at)])).toEqual([
      ["saved", "2024-03-04"],
      ["interviewing", "2024-03-20"],
    ]);
    expect(preview.problems).toEqual([]);
  });

  it("Huntr, every column of its download: salary read; the creator's name and email, the description and the deadline never", () => {
    const preview = read("huntr-all-columns.csv");
    expect(preview.format).toBe("huntr");
    expect(summary("huntr-all-columns.csv")).toEqual([
      ["Northwind Traders", "applied", false, "2024-02-01", "2024-02-05"],
      ["Globex", "interviewing", false, "2024-02-02", null],
      ["Initech", "saved", false, "2024-02-03", null],
    ]);
    expect(preview.applications.map((a) => a.salary)).toEqual([{ min: 135000 }, undefined, undefined]);
    expect(preview.applications.map((a) => a.importKey)).toEqual([
      "huntr:65c0a1b2c3d4e5f600000001",
      "huntr:65c0a1b2c3d4e5f600000002",
      "huntr:65c0a1b2c3d4e5f600000003",
    ]);
    const stored = JSON.stringify(preview.applications);
    for (const personal of ["jordan@example.com", "Jordan", "<script>", "APIs"]) {
      expect(stored).not.toContain(personal);
    }
    expect(preview.problems).toEqual([]);
  });

  it("Teal roles: statusName, salary, added / applied dates, archived_at", () => {
    const preview = read("teal-roles.csv");
    expect(preview.format).toBe("teal-roles");
    expect(summary("teal-roles.csv")).toEqual([
      ["Riverbend Health", "interviewing", false, "2025-01-06", "2025-01-08"],
      ["Blue Bottle", "saved", false, "2025-01-07", null],
      ["Acme Analytics", "rejected", true, "2025-01-02", "2025-01-03"],
      ["Contoso", "applied", false, "2025-01-10", "2025-01-11"],
      ["Fabrikam", "withdrawn", true, "2025-01-12", "2025-01-13"],
    ]);
    expect(preview.applications[0]!.salary).toEqual({ min: 72000, max: 88000 });
  });

  it("Teal roles: saved on created_at when added_at is empty (a written row in the real export's columns)", () => {
    const csv = [
      "company_name,role,added_at,applied_at,created_at,updated_at,archived_at,id,statusName",
      "Globex,Nurse,,2025-01-08T10:00:00Z,2025-01-05T09:00:00Z,2025-01-08T10:00:00Z,,t-1,applied",
    ].join("\n");
    const [app] = readImport(new TextEncoder().encode(csv), "UTC").applications;
    expect(day(app!.savedAt)).toBe("2025-01-05");
    expect(app!.events.map((e) => [e.kind, day(e.at)])).toEqual([
      ["saved", "2025-01-05"],
      ["applied", "2025-01-08"],
    ]);
  });

  it("Teal events: one application per company, role and place, each event a step, status from the latest", () => {
    const preview = read("teal-events.csv");
    expect(preview.format).toBe("teal-events");
    expect(summary("teal-events.csv")).toEqual([
      ["Acme Analytics", "rejected", false, "2025-01-02", "2025-01-03"],
      ["Riverbend Health", "interviewing", false, "2025-01-06", "2025-01-08"],
      ["Contoso", "applied", false, "2025-01-11", "2025-01-11"],
      ["Fabrikam", "withdrawn", false, "2025-01-13", "2025-01-13"],
      ["Blue Bottle", "saved", false, "2025-01-07", null],
      // The same role in another city is another application.
      ["Riverbend Health", "applied", false, "2025-01-09", "2025-01-09"],
    ]);
    expect(preview.applications[0]!.events.map((e) => e.kind)).toEqual(["saved", "applied", "rejected"]);
    expect(preview.applications[1]!.timelineNotes?.map((n) => n.text)).toEqual(["Teal: Recruiter call"]);
    expect(preview.problems).toEqual([]);
  });

  it("Simplify: N/A as empty (no false date problems), Status Date, Archived", () => {
    const preview = read("simplify.csv");
    expect(preview.format).toBe("simplify");
    expect(preview.problems).toEqual([]);
    expect(summary("simplify.csv")).toEqual([
      ["Stripe", "applied", false, null, "2024-09-03"],
      ["Datadog", "interviewing", false, null, "2024-09-05"],
      ["Capital One", "rejected", true, null, "2024-09-06"],
      ["Plaid", "saved", false, null, null],
      ["Ramp", "offer", false, null, "2024-09-12"],
    ]);
    expect(preview.applications[2]!.url).toBeUndefined();
    expect(day(preview.applications[1]!.events.at(-1)!.at)).toBe("2024-09-20");
  });

  it("prints the preview JSON with the issue's fields", () => {
    const json = previewJson(read("simplify.csv"));
    expect(Object.keys(json)).toEqual(["format", "applications", "problems"]);
    expect(Object.keys(json.applications[0]!)).toEqual([
      "company",
      "title",
      "status",
      "archived",
      "location",
      "url",
      "savedAt",
      "appliedAt",
      "events",
    ]);
    expect(json.applications[3]).toMatchObject({
      company: "Plaid",
      appliedAt: null,
      url: expect.stringMatching(/^https:/),
    });
  });
});
