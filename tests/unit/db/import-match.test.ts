import { describe, expect, it } from "vitest";
import type { Application } from "../../../src/core/types";
import { ApplicationMatcher, differenceOf, type MatchedRow } from "../../../src/db/import-match";

const DAY = 86_400_000;
const T = Date.UTC(2022, 0, 15);

let n = 0;
function app(fields: Partial<Application>): Application {
  return {
    id: `app-${n++}`,
    company: "Acme",
    title: "Data Scientist",
    companyDomains: [],
    status: "applied",
    source: "import",
    createdAt: T,
    updatedAt: T,
    lastActivityAt: T,
    archived: 0,
    ...fields,
  };
}
const row = (fields: Partial<MatchedRow> = {}): MatchedRow => ({
  company: "Acme",
  title: "Data Scientist",
  ...fields,
});

describe("differenceOf: what says two records of one company and title are two postings", () => {
  it("another place, written more or less fully, is another posting", () => {
    const amsterdam = app({ location: "Amsterdam, North Holland, Netherlands" });
    expect(differenceOf(row({ location: "Amsterdam" }), amsterdam, undefined)).toBeNull();
    expect(
      differenceOf(row({ location: "amsterdam" }), app({ location: "Amsterdam" }), undefined),
    ).toBeNull();
    expect(
      differenceOf(row({ location: "New York City" }), app({ location: "New York, NY" }), undefined),
    ).toBeNull();
    expect(differenceOf(row({ location: "Stockholm" }), app({ location: "Berlin" }), undefined)).toBe(
      "another place",
    );
    expect(differenceOf(row({ location: "Remote" }), app({ location: "Cologne, Germany" }), undefined)).toBe(
      "another place",
    );
  });

  it("another day sent is another application; the same day, at any hour, is not", () => {
    expect(differenceOf(row({ appliedAt: T }), app({}), T + 14 * 3_600_000)).toBeNull();
    expect(differenceOf(row({ appliedAt: T }), app({}), T + DAY)).toBe("sent on another day");
    expect(differenceOf(row({ appliedAt: T + 2 * DAY }), app({}), T)).toBe("sent on another day");
  });

  it("another link, or another id of the same tracker, is another posting; another tracker's id is not", () => {
    expect(differenceOf(row({ url: "https://x.test/1" }), app({ url: "https://x.test/2" }), undefined)).toBe(
      "another link",
    );
    expect(differenceOf(row({ importKey: "huntr:1" }), app({ importKey: "huntr:2" }), undefined)).toBe(
      "another id",
    );
    expect(differenceOf(row({ importKey: "huntr:1" }), app({ importKey: "teal:9" }), undefined)).toBeNull();
  });

  it("one page's link written two ways is one link; another page is another posting", () => {
    const saved = app({ url: "https://www.linkedin.com/jobs/view/4079472459/?trk=public_jobs" });
    expect(
      differenceOf(row({ url: "http://www.linkedin.com/jobs/view/4079472459" }), saved, undefined),
    ).toBeNull();
    expect(
      differenceOf(row({ url: "http://linkedin.com/jobs/view/4079472459/" }), saved, undefined),
    ).toBeNull();
    expect(
      differenceOf(row({ url: "https://www.linkedin.com/jobs/view/4096055967/" }), saved, undefined),
    ).toBe("another link");
  });

  it("an empty cell, or a step not taken yet, says nothing", () => {
    const full = app({ location: "Berlin", url: "https://x.test/1", importKey: "huntr:1" });
    expect(differenceOf(row(), full, T)).toBeNull();
    expect(differenceOf(row({ location: " ", url: "", appliedAt: T }), full, undefined)).toBeNull();
  });
});

describe("ApplicationMatcher", () => {
  it("finds by id first, then link, then company and title (ignoring case) when nothing differs", () => {
    const byId = app({ importKey: "huntr:1", company: "Other" });
    const byLink = app({ url: "https://x.test/job/7", title: "Renamed" });
    const plain = app({ location: "Berlin" });
    const m = new ApplicationMatcher(() => undefined);
    for (const a of [byId, byLink, plain]) m.remember(a);
    expect(m.find(row({ importKey: "huntr:1" }))).toBe(byId);
    expect(m.find(row({ url: "https://x.test/job/7" }))).toBe(byLink);
    expect(m.find(row({ company: " acme ", title: "DATA SCIENTIST", location: "Berlin" }))).toBe(plain);
    expect(m.find(row({ location: "Hamburg" }))).toBeUndefined();
    expect(m.find(row({ importKey: "huntr:2" }))).toBe(plain);
  });

  it("of two namesakes, takes the one sent the same day, whatever the order", () => {
    const first = app({ id: "first" });
    const second = app({ id: "second" });
    const sent: Record<string, number> = { first: T, second: T + 60 * DAY };
    const m = new ApplicationMatcher((a) => sent[a.id]);
    m.remember(first);
    m.remember(second);
    expect(m.find(row({ appliedAt: T + 60 * DAY }))).toBe(second);
    expect(m.find(row({ appliedAt: T }))).toBe(first);
    expect(m.find(row({ appliedAt: T + 30 * DAY }))).toBeUndefined();
    // A row that says nothing more goes to the earliest.
    expect(m.find(row())).toBe(first);
  });

  it("two jobs of one tracker with the same title and company stay two", () => {
    const m = new ApplicationMatcher(() => undefined);
    m.remember(app({ importKey: "huntr:a" }));
    expect(m.find(row({ importKey: "huntr:b" }))).toBeUndefined();
  });

  it("a job saved from its board's page is found by the export's id for it, or its link written another way", () => {
    const saved = app({ board: "linkedin", postingId: "4079472459", title: "Game dev (my words)" });
    const linked = app({ url: "https://www.linkedin.com/jobs/view/4096057693/?trk=x", title: "Other" });
    const m = new ApplicationMatcher(() => undefined);
    m.remember(saved);
    m.remember(linked);
    expect(m.find(row({ importKey: "linkedin:4079472459" }))).toBe(saved);
    expect(m.find(row({ url: "https://www.linkedin.com/jobs/view/4096057693/" }))).toBe(linked);
  });

  it("an id or link an update filled in finds the application next time, once it is remembered again", () => {
    const a = app({ id: "saved-by-hand" });
    const m = new ApplicationMatcher(() => undefined);
    m.remember(a);
    a.url = "https://x.test/job/9";
    a.importKey = "teal:5";
    m.remember(a);
    expect(m.find(row({ company: "Renamed Inc", importKey: "teal:5" }))).toBe(a);
    expect(m.find(row({ company: "Renamed Inc", url: "https://x.test/job/9" }))).toBe(a);
  });

  it("a day sent learnt later moves it: a row sent another day no longer finds it", () => {
    const a = app({ id: "later" });
    const sent: Record<string, number | undefined> = {};
    const m = new ApplicationMatcher((x) => sent[x.id]);
    m.remember(a);
    expect(m.find(row({ appliedAt: T }))).toBe(a);
    sent.later = T;
    m.remember(a);
    expect(m.find(row({ appliedAt: T + 10 * DAY }))).toBeUndefined();
    expect(m.find(row({ appliedAt: T + 3_600_000 }))).toBe(a);
  });

  it("past a few namesakes (indexed by page and day), finds the same ones as comparing each", () => {
    const sent: Record<string, number | undefined> = {};
    const m = new ApplicationMatcher((x) => sent[x.id]);
    const apps: Application[] = [];
    for (let i = 0; i < 40; i++) {
      // Every third has a link, every other one a day sent, the rest neither.
      const a = app({ id: `n${i}`, url: i % 3 === 0 ? `https://x.test/job/${i}` : undefined });
      if (i % 2 === 0) sent[a.id] = T + i * 10 * DAY;
      apps.push(a);
      m.remember(a);
    }
    // Link of n3 (no day): found by its link.
    expect(m.find(row({ url: "https://x.test/job/3/" }))).toBe(apps[3]);
    // Day of n4 (no link): n4; a day no one was sent on, with a link no one has: the first with neither.
    expect(m.find(row({ appliedAt: T + 40 * DAY + 3_600_000 }))).toBe(apps[4]);
    expect(m.find(row({ appliedAt: T + 5 * DAY, url: "https://x.test/job/99" }))).toBe(apps[1]);
    // n1 learns a day: the first undated namesake is now n3 (a row with no link says nothing of links).
    sent.n1 = T + 5 * DAY;
    m.remember(apps[1]!);
    expect(m.find(row({ appliedAt: T + 7 * DAY }))).toBe(apps[3]);
    expect(m.find(row({ appliedAt: T + 5 * DAY }))).toBe(apps[1]);
  });
});
