// The options page reads an import in slices (core/import/read-in-slices): the same result as
// reading it at once, one progress figure that only goes up, pauses that let the page run between
// slices, and a Cancel that stops it at the next pause, in any stage.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ImportCancelled,
  type ImportProgress,
  readImport,
  readImportInSlices,
  runInSlices,
  type Steps,
} from "../../../../src/core/import";

const FIXTURES = readdirSync("tests/fixtures/imports").filter(
  (f) => f.endsWith(".csv") && f !== "not-a-tracker.csv",
);
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/imports/${name}`));

/** A written export of `n` rows (Simplify's columns), big enough to need many slices. */
function bigExport(n: number): Uint8Array {
  const rows = [
    "Job Title,Company Name,Location,Job URL,Applied Date,Status,Status Date,Archived,Date Archived,Notes,job_type",
  ];
  for (let i = 0; i < n; i++)
    rows.push(
      `Engineer ${i},Company ${i},Remote,https://example.com/${i},2024-09-03,Applied,2024-09-04,false,N/A,,Full-time`,
    );
  return new TextEncoder().encode(rows.join("\n"));
}

// 30,000-row reads: 3–5 s on a loaded two-core machine, so vitest's 5 s default would decide them.
// No timer decides a test; this limit only stops a read that never ends.
describe("reading an import in slices", { timeout: 120_000 }, () => {
  it.each(FIXTURES)("%s: the same preview as reading it at once", async (name) => {
    expect(await readImportInSlices(fixture(name), "America/New_York")).toEqual(
      readImport(fixture(name), "America/New_York"),
    );
  });

  it("reports one figure for the whole read, stage by stage, only going up, ending at 1", async () => {
    const seen: ImportProgress[] = [];
    const preview = await readImportInSlices(bigExport(30_000), "UTC", {
      sliceMs: 1,
      onProgress: (p) => seen.push(p),
    });
    expect(preview.applications).toHaveLength(30_000);
    const stages = seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
    expect(stages).toEqual(["decoding", "splitting", "checking"]);
    const fractions = seen.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
    const checking = seen.filter((p) => p.stage === "checking");
    // Reading the rows into applications is itself reported as it goes, not only at its end.
    expect(checking.length).toBeGreaterThan(2);
    expect(checking.every((p) => p.rows === 30_000)).toBe(true);
  });

  it.each(["decoding", "splitting", "checking"] as const)(
    "Cancel while %s stops the read at the next pause",
    async (stage) => {
      const controller = new AbortController();
      const after: ImportProgress[] = [];
      const read = readImportInSlices(bigExport(30_000), "UTC", {
        sliceMs: 1,
        signal: controller.signal,
        onProgress: (p) => {
          if (controller.signal.aborted) after.push(p);
          else if (p.stage === stage) controller.abort();
        },
      });
      await expect(read).rejects.toBeInstanceOf(ImportCancelled);
      await expect(read).rejects.toThrow("Import cancelled; nothing was changed.");
      expect(after.filter((p) => p.stage !== stage)).toEqual([]);
    },
  );

  it("pauses between slices, so what else the page has to do runs before the read ends", async () => {
    function* steps(): Steps<string> {
      for (let i = 1; i <= 5; i++) yield i;
      return "done";
    }
    const order: string[] = [];
    setTimeout(() => order.push("the page"), 0);
    const result = await runInSlices(steps(), 5, {
      sliceMs: 0,
      onProgress: (f) => order.push(`${Math.round(f * 100)}%`),
    });
    expect(result).toBe("done");
    expect(order[0]).toBe("20%");
    expect(order.indexOf("the page")).toBeLessThan(order.indexOf("100%"));
    expect(order.filter((o) => o.endsWith("%"))).toEqual(["20%", "40%", "60%", "80%", "100%", "100%"]);
  });
});
