// The popup's "Save this job" offer: which tabs it reads, and what the button says.
import { describe, expect, it } from "vitest";
import { offersExtraction, saveOfferLabel } from "../../../../src/core/posting/offer";

describe("offersExtraction", () => {
  it("reads web pages of no known board", () => {
    expect(offersExtraction("https://careers.summitridge.example/jobs/senior-financial-analyst")).toBe(true);
    expect(offersExtraction("http://jobs.example.org/opening?id=4")).toBe(true);
  });
  it("leaves boards with a panel to their panel", () => {
    expect(offersExtraction("https://www.linkedin.com/jobs/view/3912345678/")).toBe(false);
    expect(offersExtraction("https://boards.greenhouse.io/acme/jobs/123")).toBe(false);
  });
  it("never tries browser pages, files or a tab whose URL it may not see", () => {
    for (const href of [
      "chrome://extensions/",
      "about:blank",
      "file:///tmp/x.html",
      "not a url",
      undefined,
    ]) {
      expect(offersExtraction(href)).toBe(false);
    }
  });
});

describe("saveOfferLabel", () => {
  it("names the title and company", () => {
    expect(saveOfferLabel({ title: "Senior Financial Analyst", company: "Summit Ridge Health" })).toBe(
      "Save this job: Senior Financial Analyst at Summit Ridge Health",
    );
    expect(saveOfferLabel({ title: " Nurse ", company: " " })).toBe("Save this job: Nurse");
  });
  it("offers nothing without a title", () => {
    expect(saveOfferLabel({ company: "Acme" })).toBeNull();
    expect(saveOfferLabel({ title: "  " })).toBeNull();
  });
});
