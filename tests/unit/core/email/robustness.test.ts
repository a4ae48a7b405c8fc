import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyEmail, isJobRelated, matchEmail } from "../../../../src/core/email";
import { parseEmailLines } from "../../../../src/core/email/jsonl";
import type { Application } from "../../../../src/core/types";

const app: Application = {
  id: "a1",
  company: "Acme",
  title: "Data Analyst",
  companyDomains: ["acme.com"],
  status: "applied",
  source: "manual",
  createdAt: 0,
  updatedAt: 0,
  lastActivityAt: 0,
  archived: 0,
};

const hostile: unknown[] = [
  undefined,
  null,
  {},
  { from: 42, subject: ["x"], body: { a: 1 } },
  { from: "", subject: "", body: "" },
  { from: "<<<@@@>>>", subject: "\u0000\uffff", body: "\ud800 broken surrogate" },
  {
    from: `"${"a".repeat(10_000)}" <x@y.com>`,
    subject: "a".repeat(100_000),
    body: `${"(((((".repeat(50_000)}`,
  },
  {
    from: "x@y.com",
    subject: "Offer",
    body: `<div>${"<span>".repeat(20_000)}offer letter</div><script>alert(1)</script>`,
  },
  { from: "x@y.com", subject: "Re:", body: "> quoted\n".repeat(50_000) },
  { from: "x@y.com", subject: "links", body: "https://".repeat(30_000) },
  { from: "x@y.com", subject: "dates", body: "March 1 ".repeat(30_000) },
];

describe("robustness", () => {
  it.each(hostile.map((h, i) => [i, h]))("input %i never throws", (_i, input) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input is deliberately not an EmailInput
    const c = classifyEmail(input as any);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(Array.isArray(c.evidence)).toBe(true);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const m = matchEmail(input as any, [app], 0);
    expect(["link", "review", "none"]).toContain(m.decision);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    expect(typeof isJobRelated(input as any)).toBe("boolean");
  });

  it("handles a 10 MB body (it is truncated before tokenising)", () => {
    const body = `We regret to inform you that we will not be moving forward. ${"lorem ipsum dolor sit amet ".repeat(400_000)}`;
    expect(body.length).toBeGreaterThan(10_000_000);
    expect(classifyEmail({ from: "hr@acme.com", subject: "Your application", body }).category).toBe(
      "rejected",
    );
    expect(
      matchEmail({ from: "hr@acme.com", subject: "Your application", body }, [app], 0).decision,
    ).not.toBe("none");
  });

  it("renders evidence as plain text (no markup from the email is interpreted)", () => {
    const c = classifyEmail({
      from: "x@y.com",
      subject: "<img src=x onerror=alert(1)> interview invitation",
      body: "",
    });
    expect(c.evidence.join(" ")).toContain("<img");
    expect(c.hints.links.every((l) => /^https?:\/\//.test(l.url))).toBe(true);
  });
});

describe("budget", () => {
  // Speed is measured in bench/ (classifier.emailsPerSecond), never asserted on a timer here.
  it("keeps the trained model under 150 kB", () => {
    expect(statSync("src/core/email/model.gen.json").size).toBeLessThan(150 * 1024);
  });
});

describe("jsonl", () => {
  it("reports bad lines with their line number and keeps going", () => {
    const text = [
      '{"id":"1","subject":"a","body":"b"}',
      "not json",
      "[1]",
      '{"id":"2","body":"x","label":"nope"}',
      "",
      '{"id":"3","body":"y"}',
    ].join("\n");
    const { rows, errors } = parseEmailLines(text);
    expect(rows.map((r) => r.row.id)).toEqual(["1", "3"]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
  });
});
