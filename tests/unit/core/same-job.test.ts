// Which rows name the same job (core/same-job.ts) and the same place (core/same-place.ts), as a
// re-import and a Teal events export's grouping compare them.
import { describe, expect, it } from "vitest";
import { jobKey } from "../../../src/core/same-job";
import { samePlace } from "../../../src/core/same-place";

describe("jobKey", () => {
  it.each([
    ["Acme Analytics", "Data Analyst", " acme  ANALYTICS ", "Data\u00a0Analyst"],
    // A real sheet re-punctuated one role between two versions (JPHebert32, 2026).
    ["Hone Health", "Senior BI Analyst — Product", "Hone Health", "Senior BI Analyst (Product)"],
    ["Globex", "Sr. Engineer", "Globex", "Sr Engineer"],
  ])("%s / %s is %s / %s", (company, title, otherCompany, otherTitle) =>
    expect(jobKey({ company, title })).toBe(jobKey({ company: otherCompany, title: otherTitle })),
  );

  it.each([
    ["Acme", "C++ Developer", "Acme", "C Developer"],
    ["Acme", "C# Developer", "Acme", "C Developer"],
    ["Engine", "Analyst", "Engine (Hotel Engine)", "Analyst"],
    ["Acme", "Data Analyst", "Acme", "Data Analyst II"],
  ])("%s / %s is not %s / %s", (company, title, otherCompany, otherTitle) =>
    expect(jobKey({ company, title })).not.toBe(jobKey({ company: otherCompany, title: otherTitle })),
  );
});

describe("samePlace", () => {
  it.each([
    ["Amsterdam", "Amsterdam, North Holland, Netherlands", true],
    // A note in brackets is no part of the place (a real sheet, two versions of one job).
    ["Denver CO (verify hybrid)", "Denver CO (Hybrid 3 days)", true],
    ["Tel Aviv-Yafo (Hybrid)", "Tel Aviv-Yafo", true],
    ["Berlin", "Stockholm", false],
    ["Remote (US)", "Denver CO (Hybrid)", false],
  ])("%s and %s: %s", (a, b, same) => {
    expect(samePlace(a, b)).toBe(same);
    expect(samePlace(b, a)).toBe(same);
  });
});
