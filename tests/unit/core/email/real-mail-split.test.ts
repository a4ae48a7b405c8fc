// The real job-search mail (tests/fixtures/emails/real/) is split by source: a source's emails are all on
// the dev side (trained on) or all on the test side (the measure), and MANIFEST.md says which, with the
// same email and label counts as the files hold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCategory } from "../../../../src/core/email/categories";

const DIR = "tests/fixtures/emails/real";
type Split = "dev" | "test";
interface RealRow {
  id: string;
  label: string;
  source: string;
}

const rows = (split: Split): RealRow[] =>
  readFileSync(`${DIR}/${split}.jsonl`, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as RealRow);

const bySource = (list: RealRow[]): Map<string, RealRow[]> => {
  const out = new Map<string, RealRow[]>();
  for (const r of list) out.set(r.source, [...(out.get(r.source) ?? []), r]);
  return out;
};

/** Manifest rows: | source id | split | emails | labels | where | year | what |. */
const manifest = (): Map<string, { split: string; emails: number; labels: string }> => {
  const out = new Map<string, { split: string; emails: number; labels: string }>();
  for (const line of readFileSync(`${DIR}/MANIFEST.md`, "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 8 || !/^(dev|test)$/.test(cells[2] ?? "")) continue;
    out.set(cells[1] ?? "", { split: cells[2] ?? "", emails: Number(cells[3]), labels: cells[4] ?? "" });
  }
  return out;
};

const labelCounts = (list: RealRow[]): string => {
  const n = new Map<string, number>();
  for (const r of list) n.set(r.label, (n.get(r.label) ?? 0) + 1);
  return [...n.keys()]
    .sort()
    .map((k) => `${k} ${n.get(k)}`)
    .join(", ");
};

describe("the real mail split", () => {
  const dev = bySource(rows("dev"));
  const test = bySource(rows("test"));

  it("puts no source on both sides", () => {
    const both = [...dev.keys()].filter((s) => test.has(s));
    expect(both).toEqual([]);
  });

  it("gives every email a known label, a source and a unique id", () => {
    const all = [...rows("dev"), ...rows("test")];
    for (const r of all) {
      expect(isCategory(r.label), r.id).toBe(true);
      expect(r.source, r.id).toMatch(/\S/);
    }
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it("lists every source in MANIFEST.md with its split, email count and label counts", () => {
    const m = manifest();
    const files = [
      ...[...dev].map(([s, r]) => [s, "dev", r] as const),
      ...[...test].map(([s, r]) => [s, "test", r] as const),
    ];
    for (const [source, split, list] of files) {
      expect(m.get(source), source).toEqual({ split, emails: list.length, labels: labelCounts(list) });
    }
    expect(m.size).toBe(files.length);
  });
});
