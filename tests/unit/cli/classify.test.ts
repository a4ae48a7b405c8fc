// `npm run classify` and `npm run eval:emails` work from a checkout as it is (the model is committed):
// one JSON line per email with its tag, confidence and evidence; the eval report ends with the ECE.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const run = (cli: string, ...args: string[]) =>
  spawnSync("node", ["scripts/run-ts.mjs", cli, ...args], { encoding: "utf8" });

describe("email CLIs", () => {
  it("classify prints a tag with evidence for every email", () => {
    const file = "tests/fixtures/emails/real/test.jsonl";
    const emails = readFileSync(file, "utf8").trim().split("\n").length;
    const r = run("src/cli/classify.ts", file);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBe(emails);
    expect(lines[1]).toMatchObject({ id: "kaggle-sethpoly-001", category: "rejected" });
    for (const l of lines) expect((l.evidence as string[]).length).toBeGreaterThan(0);
  }, 60_000);

  it("eval:emails reports macro-F1, binary F1 and the expected calibration error", () => {
    const r = run("src/cli/eval-emails.ts", "tests/fixtures/emails/real/dev.jsonl");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/macro-F1 \(applied … update\): 0\.\d{3}/);
    expect(r.stdout).toMatch(/expected calibration error \(10 bins\): 0\.\d{3}/);
  }, 60_000);
});
