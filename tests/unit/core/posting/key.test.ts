import { describe, expect, it } from "vitest";
import { postingIdentity, postingKey } from "../../../../src/core/posting/key";
import type { JobPosting } from "../../../../src/core/types";

const posting = (over: Partial<JobPosting>): JobPosting => ({ locations: [], sources: {}, ...over });

describe("postingKey", () => {
  it("prefers the posting's canonical address to the page's, and keeps board and id", () => {
    const key = postingKey(
      posting({
        canonicalUrl: "https://boards.greenhouse.io/acme/jobs/1",
        board: "greenhouse",
        postingId: "1",
      }),
      "https://boards.greenhouse.io/acme/jobs/1?gh_src=x",
    );
    expect(key).toEqual({
      url: "https://boards.greenhouse.io/acme/jobs/1",
      board: "greenhouse",
      postingId: "1",
    });
    expect(postingIdentity(key)).toBe("greenhouse:1");
  });

  it("falls back to the page's address, with no empty board or id", () => {
    const key = postingKey(posting({ board: "", postingId: "" }), "https://example.com/careers/7");
    expect(key).toEqual({ url: "https://example.com/careers/7" });
    expect(postingIdentity(key)).toBe("https://example.com/careers/7");
  });

  it("names a posting with a board but no id by its address", () => {
    expect(postingIdentity(postingKey(posting({ board: "lever" }), "https://jobs.lever.co/a/b"))).toBe(
      "https://jobs.lever.co/a/b",
    );
  });
});
