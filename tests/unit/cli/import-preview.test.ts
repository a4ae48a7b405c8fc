// `npm run --silent import-preview -- FILE` (issue #16): what an import would add, as JSON with the
// issue's fields; a file that cannot be imported, or no file, gets a message and exit code 2.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { previewJson, readImport } from "../../../src/core/import";

const run = (...args: string[]) =>
  spawnSync("node", ["scripts/run-ts.mjs", "src/cli/import-preview.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });

describe("import-preview", () => {
  it("prints the format, the applications with their events, and the problems of a real export", () => {
    const file = "tests/fixtures/imports/real/huntr-keenlychuang-2022.csv";
    const out = run(file);
    expect(out.status).toBe(0);
    const preview = JSON.parse(out.stdout) as {
      format: string;
      applications: Record<string, unknown>[];
      problems: unknown[];
    };
    expect(Object.keys(preview)).toEqual(["format", "applications", "problems"]);
    expect(preview.format).toBe("huntr");
    expect(preview.applications.map((a) => [a.company, a.status])).toEqual([
      ["Samsung Electronics", "applied"],
      ["Yext", "rejected"],
      ["Box", "applied"],
      ["Microsoft", "rejected"],
    ]);
    // Exactly the preview the options page reads (its fields: formats.test), dates as ISO strings.
    const same = previewJson(readImport(new Uint8Array(readFileSync(file)), "UTC"));
    expect(preview).toEqual(JSON.parse(JSON.stringify(same)));
    expect(preview.problems).toEqual([]);
  });

  it("says why a CSV that is no tracker export cannot be imported, with exit code 2", () => {
    const out = run("tests/fixtures/imports/not-a-tracker.csv");
    expect(out.status).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("doesn't look like a job tracker export");
  });

  it("prints its usage without a file", () => {
    const out = run();
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("usage: npm run --silent import-preview -- FILE.csv");
  });
});
