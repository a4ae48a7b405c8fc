// Which panel fields are marked before saving, and where the cursor starts.
import { describe, expect, it } from "vitest";
import { doubt, firstDoubtful } from "../../../../src/content/jobboard/JobView";
import type { JobPosting } from "../../../../src/core/types";

const base: JobPosting = {
  title: "Welder",
  company: "Acme",
  locations: ["Tulsa, OK"],
  sources: {},
  confidence: { title: 0.9, company: 0.9, locations: 0.9 },
};

describe("panel field doubts", () => {
  it("marks nothing when every field is read with confidence", () => {
    for (const f of ["title", "company", "location"] as const) expect(doubt(base, {}, f)).toBeUndefined();
    expect(firstDoubtful(base, {})).toBeUndefined();
  });

  it("marks an empty field as missing and a doubted one as unsure, first one first", () => {
    const p: JobPosting = {
      ...base,
      company: undefined,
      confidence: { title: 0.6, company: 0, locations: 0.9 },
    };
    expect(doubt(p, {}, "title")).toBe("unsure");
    expect(doubt(p, {}, "company")).toBe("missing");
    expect(firstDoubtful(p, {})).toBe("debrief-title");
    expect(firstDoubtful(p, { title: "Welder II" })).toBe("debrief-company");
  });

  it("marks missing places, and nothing once the user typed there", () => {
    const p: JobPosting = { ...base, locations: [] };
    expect(doubt(p, {}, "location")).toBe("missing");
    expect(doubt(p, { location: "" }, "location")).toBeUndefined();
  });
});
