// LinkedIn's own data export (Jobs/Job Applications.csv, Jobs/Saved Jobs.csv), downloaded by LinkedIn
// members and committed to public repositories (tests/fixtures/imports/real, MANIFEST.md; their email,
// phone, résumé names and application answers scrubbed). Expected values written by reading the files.
// Dev side: clemenspecinovsky (two exports a month apart, each with its saved jobs). Test side:
// sanjeevpratap and apk0703, whose expectations were written before the importer first ran on them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readImport } from "../../../../src/core/import";
import { linkedInTime } from "../../../../src/core/import/formats/linkedin-time";

const DIR = "tests/fixtures/imports/real";
// The importer must not read LinkedIn's times in the user's zone: they are Pacific whoever reads them.
const read = (name: string, zone = "Europe/Vienna") =>
  readImport(new Uint8Array(readFileSync(`${DIR}/${name}`)), zone);
const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());
const line = (preview: ReturnType<typeof read>, n: number) => {
  const a = preview.applications.find((x) => x.line === n)!;
  return [a.company, a.title, a.status, a.url, a.importKey, a.events.map((e) => `${e.kind} ${iso(e.at)}`)];
};

describe("linkedInTime: LinkedIn's M/D/YY, h:mm AM times, in US Pacific time", () => {
  it("reads winter (PST, UTC-8) and summer (PDT, UTC-7) times, noon and midnight", () => {
    expect(iso(linkedInTime("11/23/24, 11:39 PM") ?? undefined)).toBe("2024-11-24T07:39:00.000Z");
    expect(iso(linkedInTime("3/19/25, 2:30 AM") ?? undefined)).toBe("2025-03-19T09:30:00.000Z");
    expect(iso(linkedInTime("11/14/24, 12:08 PM") ?? undefined)).toBe("2024-11-14T20:08:00.000Z");
    expect(iso(linkedInTime("12/12/24, 12:36 AM") ?? undefined)).toBe("2024-12-12T08:36:00.000Z");
  });

  it("refuses what is not such a time", () => {
    for (const text of [
      "",
      "2/30/25, 1:00 PM",
      "13/1/25, 1:00 PM",
      "1/1/25, 13:00 PM",
      "1/1/25",
      "yesterday",
    ]) {
      expect(linkedInTime(text)).toBeNull();
    }
  });
});

describe("LinkedIn exports, dev side (clemenspecinovsky, 2024–25)", () => {
  it("Job Applications.csv of 16 Feb 2025: 83 jobs applied to, at LinkedIn's Pacific times, keyed by job id", () => {
    const preview = read("linkedin-applications-clemenspecinovsky-2025-02.csv");
    expect(preview.format).toBe("linkedin-applications");
    expect(preview.problems).toEqual([]);
    expect(preview.applications).toHaveLength(83);
    expect(preview.applications.every((a) => a.status === "applied" && !a.archived)).toBe(true);
    // Line 2: "11/23/24, 11:39 PM",…,Voodoo,Senior Game Developer - Brain Training Game,
    // http://www.linkedin.com/jobs/view/4079472459,…
    expect(line(preview, 2)).toEqual([
      "Voodoo",
      "Senior Game Developer - Brain Training Game",
      "applied",
      "https://www.linkedin.com/jobs/view/4079472459/",
      "linkedin:4079472459",
      ["saved 2024-11-24T07:39:00.000Z", "applied 2024-11-24T07:39:00.000Z"],
    ]);
    // Line 15: "12/1/24, 3:28 AM",…,Holyday Studios,"Software engineer (senior/mid, remote)",…/4083851688
    expect(line(preview, 15)).toEqual([
      "Holyday Studios",
      "Software engineer (senior/mid, remote)",
      "applied",
      "https://www.linkedin.com/jobs/view/4083851688/",
      "linkedin:4083851688",
      ["saved 2024-12-01T11:28:00.000Z", "applied 2024-12-01T11:28:00.000Z"],
    ]);
    // Lines 8 and 73: SELIUK LTD's "Senior Unity Developer" twice, 12 and 16 December: two job ids.
    expect([line(preview, 8)[4], line(preview, 73)[4]]).toEqual([
      "linkedin:4096057693",
      "linkedin:4096055967",
    ]);
    // LinkedIn gives no saved date: none is made up.
    expect(preview.applications.every((a) => a.savedAt === undefined)).toBe(true);
    // The contact email, phone, résumé name and form answers are never read.
    expect(JSON.stringify(preview.applications)).not.toMatch(/redacted|\+0000/);
  });

  it("Job Applications.csv of 28 Mar 2025: 118 jobs, times after the DST change read as PDT", () => {
    const preview = read("linkedin-applications-clemenspecinovsky-2025-03.csv");
    expect(preview.format).toBe("linkedin-applications");
    expect(preview.problems).toEqual([]);
    expect(preview.applications).toHaveLength(118);
    // Line 5: "3/19/25, 2:30 AM",…,Brok Games,Senior Game Developer,…/4177538335 (PDT since 9 March).
    expect(line(preview, 5)).toEqual([
      "Brok Games",
      "Senior Game Developer",
      "applied",
      "https://www.linkedin.com/jobs/view/4177538335/",
      "linkedin:4177538335",
      ["saved 2025-03-19T09:30:00.000Z", "applied 2025-03-19T09:30:00.000Z"],
    ]);
    // Line 36: "3/3/25, 11:27 PM",…,CoDev Philippines,Unity Developer - WFH/Remote (still PST).
    expect(line(preview, 36)[5]).toEqual([
      "saved 2025-03-04T07:27:00.000Z",
      "applied 2025-03-04T07:27:00.000Z",
    ]);
    // 118 different job ids.
    expect(new Set(preview.applications.map((a) => a.importKey)).size).toBe(118);
  });

  it("Saved Jobs.csv: saved jobs; a row LinkedIn left without company and title is reported", () => {
    const before = read("linkedin-saved-clemenspecinovsky-2025-02.csv");
    expect(before.format).toBe("linkedin-saved");
    expect(before.problems).toEqual([]);
    expect(before.applications).toHaveLength(7);
    // Line 2: "11/14/24, 12:08 PM",http://www.linkedin.com/jobs/view/3977361846,Experienced Programmer,Third Kind Games
    expect(line(before, 2)).toEqual([
      "Third Kind Games",
      "Experienced Programmer",
      "saved",
      "https://www.linkedin.com/jobs/view/3977361846/",
      "linkedin:3977361846",
      ["saved 2024-11-14T20:08:00.000Z"],
    ]);
    const after = read("linkedin-saved-clemenspecinovsky-2025-03.csv");
    expect(after.format).toBe("linkedin-saved");
    // Line 14: the same job a month later: "11/14/24, 12:08 PM",http://www.linkedin.com/jobs/view/3977361846,,
    expect(after.problems).toEqual([{ line: 14, message: "no company or role: skipped" }]);
    expect(after.applications).toHaveLength(14);
    // Line 4: "3/24/25, 1:27 AM",…/4174845827,Game Developer (C++),Globant
    expect(line(after, 4)).toEqual([
      "Globant",
      "Game Developer (C++)",
      "saved",
      "https://www.linkedin.com/jobs/view/4174845827/",
      "linkedin:4174845827",
      ["saved 2025-03-24T08:27:00.000Z"],
    ]);
    for (const a of after.applications) {
      expect(a.status).toBe("saved");
      expect(a.events).toEqual([{ kind: "saved", at: a.savedAt }]);
    }
  });
});

// Written from the files before the importer first ran on them; the first run's result is in
// docs/notes of issue #16 (s5-i1), whatever it was.
describe("LinkedIn exports, test side (sanjeevpratap 2022–23, apk0703 2021–24)", () => {
  it("sanjeevpratap's Job Applications.csv: 70 applications, each its own job id", () => {
    const preview = read("linkedin-applications-sanjeevpratap-2023.csv", "Asia/Kolkata");
    expect(preview.format).toBe("linkedin-applications");
    expect(preview.problems).toEqual([]);
    expect(preview.applications).toHaveLength(70);
    expect(preview.applications.every((a) => a.status === "applied" && !a.archived)).toBe(true);
    expect(new Set(preview.applications.map((a) => a.importKey)).size).toBe(70);
    // Line 4: "7/26/23, 1:16 AM",…,"AIE, Academic Institute of Excellence",Full-Stack Developer,…/3672708684
    expect(line(preview, 4)).toEqual([
      "AIE, Academic Institute of Excellence",
      "Full-Stack Developer",
      "applied",
      "https://www.linkedin.com/jobs/view/3672708684/",
      "linkedin:3672708684",
      ["saved 2023-07-26T08:16:00.000Z", "applied 2023-07-26T08:16:00.000Z"],
    ]);
    // Line 2: "6/26/23, 12:07 PM",…,Sarvmatre International Pvt. Ltd.,Intern - Frontend (React.js) - Unpaid
    expect(line(preview, 2)[5]).toEqual([
      "saved 2023-06-26T19:07:00.000Z",
      "applied 2023-06-26T19:07:00.000Z",
    ]);
    // Line 34: "1/27/23, 12:19 AM" (PST).
    expect(line(preview, 34).slice(0, 2)).toEqual([
      "TEACHNOOK (TEACHSCAPE ONLINE LEARNING SERVICES PRIVATE LIMITED)",
      "Internship",
    ]);
    expect(line(preview, 34)[5]).toEqual([
      "saved 2023-01-27T08:19:00.000Z",
      "applied 2023-01-27T08:19:00.000Z",
    ]);
    // Line 19: "Collabera,Full Stack Developer ," and line 8 "GryNow Influencer Marketing ,": trimmed.
    expect(line(preview, 19).slice(0, 2)).toEqual(["Collabera", "Full Stack Developer"]);
    expect(line(preview, 8)[0]).toBe("GryNow Influencer Marketing");
    expect(line(preview, 70)[0]).toBe("Medstown™");
    expect(JSON.stringify(preview.applications)).not.toMatch(/redacted|\+0000/);
  });

  it("sanjeevpratap's Saved Jobs.csv: two saved jobs", () => {
    const preview = read("linkedin-saved-sanjeevpratap-2023.csv", "Asia/Kolkata");
    expect(preview.format).toBe("linkedin-saved");
    expect(preview.problems).toEqual([]);
    expect(
      preview.applications.map((a) => [a.company, a.title, a.status, iso(a.savedAt), a.importKey]),
    ).toEqual([
      [
        "Turing",
        "Remote Full Stack Web Developer Jobs | Turing",
        "saved",
        "2023-01-27T08:16:00.000Z",
        "linkedin:3445263146",
      ],
      ["Radio Hridoy", "Web Developer", "saved", "2022-06-03T11:34:00.000Z", "linkedin:3107848991"],
    ]);
  });

  it("apk0703's Job Applications.csv of 24 March 2024: 31 applications; the one of 4 March: 30", () => {
    const preview = read("linkedin-applications-apk0703-2024-03-24.csv", "Asia/Kolkata");
    expect(preview.format).toBe("linkedin-applications");
    expect(preview.problems).toEqual([]);
    expect(preview.applications).toHaveLength(31);
    // Line 6: "2/21/24, 3:00 AM",…,The Chief Circle | TCC,Data Analyst,…/3831242988
    expect(line(preview, 6)).toEqual([
      "The Chief Circle | TCC",
      "Data Analyst",
      "applied",
      "https://www.linkedin.com/jobs/view/3831242988/",
      "linkedin:3831242988",
      ["saved 2024-02-21T11:00:00.000Z", "applied 2024-02-21T11:00:00.000Z"],
    ]);
    // Line 9: "11/9/23, 12:00 AM" (midnight, PST); line 19: "2/19/24, 9:06 PM" (the next day in UTC).
    expect(line(preview, 9)[5]).toEqual([
      "saved 2023-11-09T08:00:00.000Z",
      "applied 2023-11-09T08:00:00.000Z",
    ]);
    expect(line(preview, 19)[5]).toEqual([
      "saved 2024-02-20T05:06:00.000Z",
      "applied 2024-02-20T05:06:00.000Z",
    ]);
    // Line 27: "1/11/21, 10:00 AM",…,CloudCity,Digital Marketing Intern,…/956627038 (a 9-digit id).
    expect(line(preview, 27)[4]).toBe("linkedin:956627038");
    expect(line(preview, 27)[5]).toEqual([
      "saved 2021-01-11T18:00:00.000Z",
      "applied 2021-01-11T18:00:00.000Z",
    ]);
    // Line 12: "Vmetasoft, Inc." quoted; lines 3 and 10: "Skill Secure ," twice, two job ids.
    expect(line(preview, 12)[0]).toBe("Vmetasoft, Inc.");
    expect([line(preview, 3), line(preview, 10)].map((l) => [l[0], l[1], l[4]])).toEqual([
      ["Skill Secure", "Web Development Intern", "linkedin:3272815963"],
      ["Skill Secure", "Web Development Intern", "linkedin:3109494343"],
    ]);
    const older = read("linkedin-applications-apk0703-2024-03-04.csv", "Asia/Kolkata");
    expect(older.format).toBe("linkedin-applications");
    expect(older.problems).toEqual([]);
    expect(older.applications).toHaveLength(30);
  });
});
