// Moving in from another tracker, on the options page in Chromium with the built extension: each
// export format (tests/fixtures/imports) is recognised, previewed with its counts per status and its
// problems, imported with its history, and importing a newer export updates instead of duplicating.
// Bad input (encodings, separators, formulas, other CSVs, 50 MB): options-import-bad.e2e.ts.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { type Extension, launchExtension } from "./harness";
import { choose, counts, fixture, tracked } from "./import-page";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

describe("import another tracker's export", () => {
  it.each([
    [
      "huntr.csv",
      "a Huntr export",
      5,
      ["Saved: 1", "Applied: 1", "Interviewing: 1", "Offer: 1", "Rejected: 1"],
    ],
    [
      "teal-roles.csv",
      "a Teal job tracker export",
      5,
      ["Saved: 1", "Applied: 1", "Interviewing: 1", "Rejected: 1", "Withdrawn: 1", "of them archived: 2"],
    ],
    [
      "teal-events.csv",
      "a Teal events export",
      6,
      ["Saved: 1", "Applied: 2", "Interviewing: 1", "Rejected: 1", "Withdrawn: 1"],
    ],
    [
      "simplify.csv",
      "a Simplify export",
      5,
      ["Saved: 1", "Applied: 1", "Interviewing: 1", "Offer: 1", "Rejected: 1", "of them archived: 1"],
    ],
  ])("%s: recognised, previewed and imported", async (name, label, n, expected) => {
    const page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();
    await choose(page, name);
    await page.getByText(`${name}: ${n} applications, read as ${label}`).waitFor();
    expect(await counts(page)).toEqual(expected);
    // A known tracker needs no column matching.
    expect(await page.getByText("Which column holds what").count()).toBe(0);
    expect(await page.getByText(/problems? found/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: `Import ${n} applications` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Added ${n} applications` })
      .waitFor();
    await page.getByText(`holds ${n} applications`).waitFor();

    // The same file again adds nothing.
    await choose(page, name);
    await page.getByRole("button", { name: `Import ${n} applications` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Added 0 applications; ${n} already up to date` })
      .waitFor();
    await page.getByText(`holds ${n} applications`).waitFor();
  });

  it.each([
    ["huntr-keenlychuang-2022.csv", "a Huntr export", 4, 4, ["Applied: 2", "Rejected: 2"]],
    // One job is in the file twice: it becomes one application.
    ["simplify-aryastark13-2025.csv", "a Simplify export", 10, 9, ["Saved: 3", "Applied: 7"]],
    [
      "teal-roles-sherrialexander-2026.csv",
      "a Teal job tracker export",
      10,
      10,
      ["Saved: 8", "Applied: 1", "Interviewing: 1"],
    ],
  ])("the real export %s: recognised, previewed and imported", async (name, label, n, added, expected) => {
    const page = await ext.open("options/options.html#/data");
    await choose(page, name, fixture(`real/${name}`));
    await page.getByText(`${name}: ${n} applications, read as ${label}`).waitFor();
    expect(await counts(page)).toEqual(expected);
    expect(await page.getByText(/problems? found/).count()).toBe(0);
    await page.getByRole("button", { name: `Import ${n} applications` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Added ${added} applications` })
      .waitFor();
    await page.getByText(`holds ${added} applications`).waitFor();
  });

  it("a Teal events export: its events on the application's timeline, one that is no status as a note; the same role in two cities is two applications", async () => {
    const page = await ext.open("options/options.html#/data");
    await choose(page, "teal-events.csv");
    await page.getByRole("button", { name: "Import 6 applications" }).click();
    await page.getByRole("status").filter({ hasText: "Added 6 applications" }).waitFor();
    const nurses = (await tracked(page)).filter((r) => r.includes("Registered Nurse"));
    expect(nurses.map((r) => r.match(/Applied|Interviewing/)?.[0]).sort()).toEqual([
      "Applied",
      "Interviewing",
    ]);

    // Seattle: Bookmarked on 6 January, Applied on the 8th, a recruiter's call, Interviewing on the 20th.
    await page
      .getByRole("table")
      .first()
      .locator("tbody tr")
      .filter({ hasText: "Interviewing" })
      .getByRole("link", { name: "Registered Nurse" })
      .click();
    const history = page.getByRole("list", { name: "Status history" });
    await history.getByText("Interviewing").waitFor();
    expect(await history.locator(".status").allTextContents()).toEqual(["Saved", "Applied", "Interviewing"]);
    await page.getByText("Teal: Recruiter call").waitFor();
    expect(await page.getByText("Teal: Recruiter call").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("a job seeker's own sheet (real): its unnamed first column as the company, its total row by line", async () => {
    const page = await ext.open("options/options.html#/data");
    const name = "sheet-diogocarvalh0-2022.csv";
    await choose(page, name, fixture(`real/${name}`));
    await page.getByText(`${name}: 234 applications, read as a spreadsheet`).waitFor();
    expect(await page.getByLabel("Company", { exact: true }).inputValue()).toBe("Column 1");
    expect(await page.getByLabel("Applied on", { exact: true }).inputValue()).toBe("Day Sent");
    expect(await page.getByLabel("Status date", { exact: true }).inputValue()).toBe("Reply Date");
    expect(await counts(page)).toEqual(["Rejected: 136", "Withdrawn: 2", "Gone quiet: 96"]);
    expect(
      await page.getByRole("list", { name: "Rows with problems" }).locator("li").allTextContents(),
    ).toEqual(['Line 240: "CVs sent: 234" reads as a total, not an application: skipped']);
    await page.getByRole("button", { name: "Import 234 applications" }).click();
    // Two rows alike in every cell (lines 15 and 16) are one application; the same title at the same
    // employer in another city, or sent on another day, is another (db/import-match.ts).
    await page
      .getByRole("status")
      .filter({ hasText: "Added 233 applications; 1 row repeats one earlier in the file" })
      .waitFor();
    await page.getByText("holds 233 applications").waitFor();
  });

  it("a job seeker's own sheet five weeks on (real): the newer version moves jobs on, and Undo this import takes it back", async () => {
    const page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();
    const may = "sheet-jphebert32-2026-05-09.csv";
    await choose(page, may, fixture(`real/${may}`));
    await page.getByRole("button", { name: "Import 31 applications" }).click();
    await page.getByRole("status").filter({ hasText: "Added 31 applications" }).waitFor();
    const june = "sheet-jphebert32-2026-06-15.csv";
    await choose(page, june, fixture(`real/${june}`));
    await page.getByText(`${june}: 39 applications, read as a spreadsheet`).waitFor();
    await page.getByRole("button", { name: "Import 39 applications" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Added 9 applications; updated 4 you already track; 26 already up to date" })
      .waitFor();
    await page.getByText("holds 40 applications").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Undo this import" }).click();
    await page
      .getByRole("status")
      .filter({
        hasText:
          "Import undone: removed the 9 applications it added, and put back the 4 it updated as they were.",
      })
      .waitFor();
    await page.getByText("holds 31 applications").waitFor();
    expect(await page.getByRole("button", { name: "Undo this import" }).count()).toBe(0);
    // Trace3 (CLOSED in June) and Hone Health (Applied in June) are as May left them: saved.
    const rows = await tracked(page);
    expect(rows.find((r) => r.startsWith("Trace3"))).toContain("Saved");
    expect(rows.find((r) => r.startsWith("Hone Health"))).toContain("Saved");
    expect(rows.some((r) => r.startsWith("Tebra"))).toBe(false);
  });

  it("LinkedIn's own exports (real): applications of February, then of March, then the saved jobs", async () => {
    const page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();
    const feb = "linkedin-applications-clemenspecinovsky-2025-02.csv";
    await choose(page, feb, fixture(`real/${feb}`));
    await page.getByText(`${feb}: 83 applications, read as a LinkedIn job applications export`).waitFor();
    expect(await counts(page)).toEqual(["Applied: 83"]);
    expect(await page.getByText("Which column holds what").count()).toBe(0);
    expect(await page.getByText(/problems? found/).count()).toBe(0);
    await page.getByRole("button", { name: "Import 83 applications" }).click();
    await page.getByRole("status").filter({ hasText: "Added 83 applications" }).waitFor();
    await page.getByText("holds 83 applications").waitFor();

    // The export of a month later: only the jobs applied to since are added.
    const mar = "linkedin-applications-clemenspecinovsky-2025-03.csv";
    await choose(page, mar, fixture(`real/${mar}`));
    await page.getByText(`${mar}: 118 applications, read as a LinkedIn job applications export`).waitFor();
    await page.getByRole("button", { name: "Import 118 applications" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Added 35 applications; 83 already up to date" })
      .waitFor();
    await page.getByText("holds 118 applications").waitFor();

    // Saved Jobs.csv: its one row LinkedIn left without company and title is shown by line.
    const saved = "linkedin-saved-clemenspecinovsky-2025-03.csv";
    await choose(page, saved, fixture(`real/${saved}`));
    await page.getByText(`${saved}: 14 applications, read as a LinkedIn saved jobs export`).waitFor();
    expect(await counts(page)).toEqual(["Saved: 14"]);
    expect(
      await page.getByRole("list", { name: "Rows with problems" }).locator("li").allTextContents(),
    ).toEqual(["Line 14: no company or role: skipped"]);
    await page.getByRole("button", { name: "Import 14 applications" }).click();
    await page.getByRole("status").filter({ hasText: "Added 14 applications" }).waitFor();
    await page.getByText("holds 132 applications").waitFor();
  });

  it("a newer Huntr export moves the applications on, nothing duplicated; Debrief's own export comes back as is", async () => {
    const page = await ext.open("options/options.html#/data");
    await choose(page, "huntr.csv");
    await page.getByRole("button", { name: "Import 5 applications" }).click();
    await page.getByRole("status").filter({ hasText: "Added 5 applications" }).waitFor();
    await choose(page, "huntr-newer.csv");
    await page.getByRole("button", { name: "Import 6 applications" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Added 1 applications; updated 2 you already track; 3 already up to date" })
      .waitFor();
    await page.getByText("holds 6 applications").waitFor();
    const rows = await tracked(page);
    expect(rows.find((r) => r.includes("Northwind Traders"))).toContain("Interviewing");
    expect(rows.find((r) => r.includes("Acme Analytics"))).toContain("Applied");

    // Debrief's own CSV export, imported back: recognised, and already up to date.
    await page.goto(page.url().replace(/#.*$/, "#/data"));
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download applications as CSV" }).click(),
    ]);
    await choose(page, "debrief.csv", readFileSync(await file.path()));
    await page.getByText("debrief.csv: 6 applications, read as a Debrief export").waitFor();
    await page.getByRole("button", { name: "Import 6 applications" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Added 0 applications; 6 already up to date" })
      .waitFor();
  });
});
