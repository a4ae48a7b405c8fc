import { describe, expect, it } from "vitest";
import { hintFeatures } from "../../../../src/core/email/features";
import { prepare } from "../../../../src/core/email/prepare";
import { shapeFeatures } from "../../../../src/core/email/shapes";
import { isStandIn } from "../../../../src/core/email/stand-ins";

// Written for this test: one line each, in the wording of such mail.
describe("shapeFeatures", () => {
  it.each([
    [
      "h:to:poster",
      "New Job Listing Submitted: Data Analyst",
      "It is awaiting approval by an administrator.",
    ],
    ["h:to:poster", "Job entry approved", "Your job listing has been approved and is live."],
    ["h:to:poster", "You have a new candidate", "You've got a new candidate for your job Data Analyst."],
    ["h:to:poster", "New application", "Dee Lane has applied to your job posting Barista."],
    [
      "h:to:referee",
      "User Invite Referer",
      "Dee Lane is asking you for a reference when working at Fabrikam.",
    ],
    ["h:to:referee", "Fabrikam has requested your references via RefNow", ""],
    ["h:to:referee", "Reference", "Dee Lane has listed you as a referee for a teaching post."],
    ["h:to:referee", "Request to Verify Employment", "Could you please verify their employment details?"],
    ["h:status", "User Moved In Pipeline", "Your application was moved to the next stage."],
    ["h:status", "Update", "The status of your application has changed."],
    ["h:status", "Role on hold", "The position has been put on hold for now."],
    ["h:status", "Candidate Portal Updated", "Your candidate portal has been updated."],
  ])("%s: %s", (feature, subject, body) => {
    expect(shapeFeatures(subject, body)).toContain(feature);
  });

  it.each([
    ["Thank you for applying", "We received your application for Data Analyst and will be in touch."],
    ["Jobs for you", "5 new jobs match your search. View jobs."],
    ["Can you give me a reference?", "I am after a good book reference on statistics."],
    ["Interview invitation", "We would like to invite you to an interview on Monday."],
  ])("none in a candidate's ordinary mail: %s", (subject, body) => {
    expect(shapeFeatures(subject, body)).toEqual([]);
  });

  it("are among the model's hint features", () => {
    const p = prepare({ from: "jobs@board.example", subject: "Job entry approved", body: "Thanks." });
    expect(hintFeatures(p)).toContain("h:to:poster");
  });
});

describe("isStandIn", () => {
  it.each([
    ["alex", true],
    ["s:morgan", true],
    ["sam_taylor", true],
    ["dear_jordan", true],
    ["n:northwind", true],
    ["h:addr:someone", true],
    ["alexa", false],
    ["s:application", false],
    ["thank_you", false],
    ["h:addr:careers", false],
  ])("%s → %s", (feature, expected) => {
    expect(isStandIn(feature)).toBe(expected);
  });
});
