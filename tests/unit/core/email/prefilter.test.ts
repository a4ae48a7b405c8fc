import { describe, expect, it } from "vitest";
import { isJobRelated } from "../../../../src/core/email";

describe("isJobRelated", () => {
  it.each([
    [{ from: "Acme <no-reply@us.greenhouse-mail.io>", subject: "Hello", body: "" }, true],
    [{ from: "HackerRank <support@hackerrank.com>", subject: "", body: "" }, true],
    [{ from: "jo@gmail.com", subject: "Interview next week", body: "" }, true],
    [{ from: "hr@acme.com", subject: "", body: "Thanks for your application" }, true],
    [{ from: "mum@gmail.com", subject: "dinner saturday?", body: "are you free? x" }, false],
    [{ from: "shop@deals.com", subject: "Flash sale", body: "50% off shoes" }, false],
  ])("%j → %s", (email, expected) => {
    expect(isJobRelated(email)).toBe(expected);
  });
});
