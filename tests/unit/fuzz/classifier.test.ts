// Fuzz: the email classifier, prefilter and matcher take anything a webmail page could hand them —
// random strings, mutated real emails, wrong types — without throwing, and finish on 10 MB inputs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES, classifyEmail, isJobRelated, matchEmail } from "../../../src/core/email";
import { parseEmailLines } from "../../../src/core/email/jsonl";
import type { Application } from "../../../src/core/types";
import { HANG_TIMEOUT } from "../limits";
import { big, HOSTILE, int, mutate, pick, randomText, randomValue, rng } from "./gen";

const DIR = join(import.meta.dirname, "../../fixtures/emails/dev");
const REAL = readdirSync(DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => parseEmailLines(readFileSync(join(DIR, f), "utf8")).rows.map((r) => r.row));

const apps: Application[] = ["Acme", "Riverbend Health", "<script>x</script>", ""].map((company, i) => ({
  id: `a${i}`,
  company,
  title: pick(rng(i + 1), ["Nurse", "Data Analyst", HOSTILE[0]!, ""]),
  companyDomains: i % 2 ? ["acme.com"] : [],
  status: "applied",
  source: "manual",
  createdAt: 0,
  updatedAt: 0,
  lastActivityAt: 0,
  archived: 0,
}));

function check(email: unknown): void {
  const result = classifyEmail(email as Parameters<typeof classifyEmail>[0]);
  expect(CATEGORIES).toContain(result.category);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(result.evidence)).toBe(true);
  expect(typeof isJobRelated(email as Parameters<typeof isJobRelated>[0])).toBe("boolean");
  const match = matchEmail(email as Parameters<typeof matchEmail>[0], apps, Date.now());
  expect(match).toBeTypeOf("object");
}

describe("fuzz: email classifier", { timeout: HANG_TIMEOUT }, () => {
  it("never throws on 2,000 random emails", () => {
    const r = rng(1);
    for (let i = 0; i < 2000; i++) {
      check({
        from: r() < 0.9 ? randomText(r, 8) : randomValue(r),
        subject: r() < 0.9 ? randomText(r, 15) : randomValue(r),
        body: r() < 0.9 ? randomText(r, 60) : randomValue(r),
        date: r() < 0.5 ? randomText(r, 4) : int(r, 2 ** 42),
      });
    }
  });

  it("never throws on 2,000 mutated real emails", () => {
    const r = rng(2);
    for (let i = 0; i < 2000; i++) {
      const e = pick(r, REAL);
      check({
        from: mutate(r, e.from, 2),
        subject: mutate(r, e.subject, 2),
        body: mutate(r, e.body),
        date: e.date,
      });
    }
  });

  it("never throws on values of the wrong type", () => {
    const r = rng(3);
    for (let i = 0; i < 1000; i++) check(randomValue(r));
  });

  it("finishes on 10 MB subjects, bodies and senders", () => {
    for (const body of [big("Interview invitation. "), big("<div>"), big("((((("), big("a"), big("\ud800")]) {
      check({ from: `"${body.slice(0, 1_000_000)}" <x@acme.com>`, subject: body.slice(0, 5_000_000), body });
    }
  });
});
