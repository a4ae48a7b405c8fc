import { describe, expect, it } from "vitest";
import {
  BOARD_MATCHES,
  BOARDS,
  looksLikeJobBoardUrl,
  parsePostingUrl,
} from "../../../../src/core/posting/index";

const CASES: [string, string | undefined, string | undefined, string][] = [
  [
    "https://www.linkedin.com/jobs/view/3987654321/?trk=x",
    "linkedin",
    "3987654321",
    "https://www.linkedin.com/jobs/view/3987654321/",
  ],
  [
    "https://www.linkedin.com/jobs/view/senior-engineer-at-acme-3987654321",
    "linkedin",
    "3987654321",
    "https://www.linkedin.com/jobs/view/3987654321/",
  ],
  [
    "https://www.linkedin.com/jobs/search/?currentJobId=4022222222&keywords=x",
    "linkedin",
    "4022222222",
    "https://www.linkedin.com/jobs/view/4022222222/",
  ],
  [
    "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4033333333",
    "linkedin",
    "4033333333",
    "https://www.linkedin.com/jobs/view/4033333333/",
  ],
  [
    "https://www.linkedin.com/jobs/search/?keywords=x",
    "linkedin",
    undefined,
    "https://www.linkedin.com/jobs/search/?keywords=x",
  ],
  [
    "https://uk.indeed.com/viewjob?jk=5a1b2c3d4e5f6a7b&from=serp",
    "indeed",
    "5a1b2c3d4e5f6a7b",
    "https://uk.indeed.com/viewjob?jk=5a1b2c3d4e5f6a7b",
  ],
  [
    "https://www.indeed.com/jobs?q=nurse&vjk=9c8d7e6f5a4b3c2d",
    "indeed",
    "9c8d7e6f5a4b3c2d",
    "https://www.indeed.com/viewjob?jk=9c8d7e6f5a4b3c2d",
  ],
  [
    "https://www.glassdoor.com/job-listing/x-JV_IC1_KO0,4.htm?jl=1009612345678",
    "glassdoor",
    "1009612345678",
    "https://www.glassdoor.com/job-listing/j?jl=1009612345678",
  ],
  [
    "https://www.ziprecruiter.com/c/Acme/Job/Welder/-in-Dayton,OH?jid=8f2e4d6c1a3b5790",
    "ziprecruiter",
    "8f2e4d6c1a3b5790",
    "https://www.ziprecruiter.com/c/Acme/Job/Welder/-in-Dayton,OH?jid=8f2e4d6c1a3b5790",
  ],
  [
    "https://www.monster.com/job-openings/welder--4b2a9c1e-7d3f-4e8a-9b6c-2f1e0d9c8b7a",
    "monster",
    "4b2a9c1e-7d3f-4e8a-9b6c-2f1e0d9c8b7a",
    "https://www.monster.com/job-openings/welder--4b2a9c1e-7d3f-4e8a-9b6c-2f1e0d9c8b7a",
  ],
  [
    "https://boards.greenhouse.io/acme/jobs/4455667?t=x",
    "greenhouse",
    "4455667",
    "https://job-boards.greenhouse.io/acme/jobs/4455667",
  ],
  [
    "https://job-boards.eu.greenhouse.io/acme/jobs/4455667",
    "greenhouse",
    "4455667",
    "https://job-boards.eu.greenhouse.io/acme/jobs/4455667",
  ],
  [
    "https://acme.example/careers?gh_jid=7012345&utm_source=x",
    "greenhouse",
    "7012345",
    "https://acme.example/careers?gh_jid=7012345",
  ],
  [
    "https://jobs.lever.co/acme/1B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D/apply",
    "lever",
    "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
    "https://jobs.lever.co/acme/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  ],
  [
    "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Engineer_JR-123",
    "workday",
    "JR-123",
    "https://acme.wd5.myworkdayjobs.com/External/job/Austin-TX/Engineer_JR-123",
  ],
  [
    "https://jobs.ashbyhq.com/acme/6d5c4b3a-2910-4f8e-a7d6-c5b4a3928170/application",
    "ashby",
    "6d5c4b3a-2910-4f8e-a7d6-c5b4a3928170",
    "https://jobs.ashbyhq.com/acme/6d5c4b3a-2910-4f8e-a7d6-c5b4a3928170",
  ],
  [
    "https://jobs.smartrecruiters.com/Acme/744000041234567-welder",
    "smartrecruiters",
    "744000041234567",
    "https://jobs.smartrecruiters.com/Acme/744000041234567-welder",
  ],
  [
    "https://apply.workable.com/acme/j/4E1A2B3C4D/",
    "workable",
    "4E1A2B3C4D",
    "https://apply.workable.com/acme/j/4E1A2B3C4D/",
  ],
  [
    "https://careers-acme.icims.com/jobs/3311/welder/job?in_iframe=1",
    "icims",
    "3311",
    "https://careers-acme.icims.com/jobs/3311/welder/job",
  ],
  [
    "https://jobs.jobvite.com/acme/job/oQw8Zfw1",
    "jobvite",
    "oQw8Zfw1",
    "https://jobs.jobvite.com/acme/job/oQw8Zfw1",
  ],
  ["https://acme.bamboohr.com/careers/42", "bamboohr", "42", "https://acme.bamboohr.com/careers/42"],
  ["https://www.usajobs.gov/job/812345600", "usajobs", "812345600", "https://www.usajobs.gov/job/812345600"],
  [
    "https://www.seek.com.au/job/93856863?type=standout",
    "seek",
    "93856863",
    "https://www.seek.com.au/job/93856863",
  ],
  [
    "https://au.seek.com/quality-manager-jobs/in-All-Sydney-NSW?jobId=81234567&type=standard",
    "seek",
    "81234567",
    "https://au.seek.com/job/81234567",
  ],
  [
    "https://acme.example/jobs/welder?utm_source=x&b=2&a=1#apply",
    undefined,
    undefined,
    "https://acme.example/jobs/welder?a=1&b=2",
  ],
];

describe("parsePostingUrl", () => {
  it.each(CASES)("%s", (url, board, postingId, canonicalUrl) => {
    const parsed = parsePostingUrl(url);
    expect(parsed.board).toBe(board);
    expect(parsed.postingId).toBe(postingId);
    expect(parsed.canonicalUrl).toBe(canonicalUrl);
  });

  it("covers every board", () => {
    const named = new Set(CASES.map((c) => c[1]));
    for (const b of BOARDS) expect(named.has(b.id), b.id).toBe(true);
  });

  it("survives garbage", () => {
    expect(parsePostingUrl("not a url").canonicalUrl).toBe("not a url");
  });
});

describe("looksLikeJobBoardUrl and match patterns", () => {
  it("knows board hosts and embedded boards, not other sites", () => {
    expect(looksLikeJobBoardUrl("https://www.linkedin.com/jobs/view/1234567/")).toBe(true);
    expect(looksLikeJobBoardUrl("https://www.linkedin.com/feed/")).toBe(false);
    expect(looksLikeJobBoardUrl("https://acme.example/careers?gh_jid=1234567")).toBe(true);
    expect(looksLikeJobBoardUrl("https://news.example.com/")).toBe(false);
  });

  it("every adapter has an id, a name and valid manifest patterns", () => {
    for (const b of BOARDS) {
      expect(b.id).toMatch(/^[a-z]+$/);
      expect(b.name).toBeTruthy();
      for (const m of b.matches) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*\*$/);
    }
    expect(BOARD_MATCHES.length).toBeGreaterThanOrEqual(BOARDS.length);
    expect(new Set(BOARDS.map((b) => b.id)).size).toBe(BOARDS.length);
  });
});
