import { describe, expect, it } from "vitest";
import { isJobRelated } from "../../../../src/core/email";

describe("isJobRelated", () => {
  it.each([
    [{ from: "Acme <no-reply@us.greenhouse-mail.io>", subject: "Hello", body: "" }, true],
    [{ from: "HackerRank <support@hackerrank.com>", subject: "", body: "" }, true],
    [{ from: "jo@gmail.com", subject: "Interview next week", body: "" }, true],
    [{ from: "hr@acme.com", subject: "", body: "Thanks for your application" }, true],
    // Written cases: a reference request, a cold approach without the word "job", Arabic and French job mail.
    [{ from: "no-reply@refs.example", subject: "Acme has requested your references", body: "" }, true],
    [
      {
        from: "cto@startup.example",
        subject: "Hello",
        body: "We are looking for a strong engineer like yourself.",
      },
      true,
    ],
    [{ from: "no-reply@example.invalid", subject: "تنبيهات وظائف جديدة", body: "" }, true],
    [
      {
        from: "no-reply@example.invalid",
        subject: "Relance",
        body: "Vous avez demandé une immersion chez Acme.",
      },
      true,
    ],
    [{ from: "mum@gmail.com", subject: "dinner saturday?", body: "are you free? x" }, false],
    [
      { from: "shop@example.com", subject: "Your order", body: "Please quote your reference number 1234." },
      false,
    ],
    [{ from: "shop@deals.com", subject: "Flash sale", body: "50% off shoes" }, false],
  ])("%j → %s", (email, expected) => {
    expect(isJobRelated(email)).toBe(expected);
  });
});
