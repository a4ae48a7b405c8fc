// @vitest-environment happy-dom
// The import preview shows each date-only value as the day the file says, for a user east of UTC too
// (issue #14.7: one home for "a date-only value in the user's zone"). Written file.
import { afterEach, describe, expect, it } from "vitest";
import { readImport } from "../../../../src/core/import";
import { ImportPreviewView } from "../../../../src/ui/options/data/ImportPreview";
import { mount, unmount } from "../mount";

const savedTZ = process.env.TZ;
afterEach(() => {
  unmount();
  process.env.TZ = savedTZ;
});

const CSV = "Company,Job Title,Status,Date Applied\r\nAcme,Clerk,Applied,2025-02-03\r\n";

describe("import preview dates", () => {
  it.each(["Pacific/Auckland", "Asia/Kolkata", "America/Los_Angeles", "UTC"])("%s", (zone) => {
    process.env.TZ = zone;
    const preview = readImport(new TextEncoder().encode(CSV), zone);
    const view = mount(<ImportPreviewView name="mine.csv" preview={preview} />);
    const row = [...view.querySelectorAll("tr")].find((tr) => tr.textContent?.includes("Acme"));
    expect(row?.textContent).toContain("2025-02-03");
  });
});
