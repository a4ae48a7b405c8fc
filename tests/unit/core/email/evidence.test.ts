// The evidence under a tag (the chip's "why"): the rules' phrases first, then the model's strongest
// features in plain words, never the model's internal feature names.
import { describe, expect, it } from "vitest";
import { classifyEmail } from "../../../../src/core/email";
import { classifyWith } from "../../../../src/core/email/classify";
import { loadModel } from "../../../../src/core/email/model";
import { prepare } from "../../../../src/core/email/prepare";
import { type LabelledEmail, trainModel } from "../../../../src/core/email/train";

/** Internal feature names: prefixes, word pairs, the rules' own scores. */
const INTERNAL = /\b(rule|h|s|n|l|from):|_|zzurl/;

describe("evidence", () => {
  // Written for this test: made-up words, so the only reason to tag an email is the model's.
  const mail = (label: LabelledEmail["label"], subject: string, body: string): LabelledEmail => ({
    label,
    subject,
    body,
    from: "Someone <someone@example.org>",
  });
  const names = ["Ana", "Ben", "Cy", "Dee", "Eve"];
  const set: LabelledEmail[] = [
    ...names.map((n) => mail("offer", `Zebrafruit for ${n}`, `The zebrafruit is yours, ${n}.`)),
    ...names.map((n) => mail("other", `Plumcorner for ${n}`, `The plumcorner digest, ${n}.`)),
  ];
  const m = loadModel(trainModel(set, { minDocs: 2 }));

  it("names the words that tipped the model, in plain words", () => {
    const c = classifyWith(
      m,
      prepare({ from: "x@example.org", subject: "Hello", body: "The zebrafruit is yours, Sam." }),
    );
    expect(c.category).toBe("offer");
    const model = c.evidence.find((e) => e.endsWith("(model)") && e.startsWith("wording like"));
    expect(model).toContain("'zebrafruit'");
    for (const e of c.evidence) expect(e).not.toMatch(INTERNAL);
  });

  it("says when a word came from the subject line", () => {
    const c = classifyWith(
      m,
      prepare({ from: "x@example.org", subject: "zebrafruit", body: "The zebrafruit is here." }),
    );
    expect(c.evidence.join(" | ")).toContain("'zebrafruit (subject)'");
    expect(c.category).toBe("offer");
  });

  it("puts the rules' phrases before the model's words, and shows no feature names, on real-looking mail", () => {
    const c = classifyEmail({
      from: "Acme Recruiting <no-reply@us.greenhouse-mail.io>",
      subject: "Interview invitation: Data Analyst",
      body: "Hi Sam,\n\nWe would like to invite you to an interview for the Data Analyst role on Tuesday at 10:00am. Please pick a time: https://calendly.com/acme/interview\n\nBest regards,\nJo",
    });
    expect(c.category).toBe("interview");
    const firstModel = c.evidence.findIndex((e) => e.endsWith("(model)"));
    const rules = c.evidence.filter((e) => /^(subject says|phrase) '/.test(e));
    expect(rules.length).toBeGreaterThan(0);
    if (firstModel >= 0) expect(c.evidence.indexOf(rules[0] ?? "")).toBeLessThan(firstModel);
    for (const e of c.evidence) expect(e).not.toMatch(INTERNAL);
  });
});
