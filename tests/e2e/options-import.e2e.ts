// Moving in from another tracker, on the options page in Chromium with the built extension: each
// export format (tests/fixtures/imports) is recognised, previewed with its counts per status and its
// problems, imported with its history, and importing a newer export updates instead of duplicating.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { bigExport } from "./big-export";
import { type Extension, launchExtension } from "./harness";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`);

async function choose(page: Page, name: string, buffer: Buffer = fixture(name)) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer });
}

/** The preview's "Applications per status" table, as "Status: n" lines. */
async function counts(page: Page): Promise<string[]> {
  const rows = page.getByRole("table", { name: "Applications per status" }).locator("tbody tr");
  return (await rows.allTextContents()).map((t) => t.replace(/^(\D+)(\d+)$/, "$1: $2"));
}

/** Company → status as the applications table shows them. */
async function tracked(page: Page): Promise<string[]> {
  await page.goto(page.url().replace(/#.*$/, "#/applications"));
  await page.getByRole("table").first().waitFor();
  const rows = await page.getByRole("table").first().locator("tbody tr").allTextContents();
  return rows.sort();
}

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
      5,
      ["Saved: 1", "Applied: 1", "Interviewing: 1", "Rejected: 1", "Withdrawn: 1"],
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

  it("a spreadsheet of the user's own: European separators and Latin-1, with its problems by line", async () => {
    const page = await ext.open("options/options.html#/data");
    const latin1 = Buffer.from(fixture("european-semicolon.csv").toString("utf8"), "latin1");
    await choose(page, "bewerbungen.csv", latin1);
    await page.getByText("bewerbungen.csv: 3 applications, read as a spreadsheet").waitFor();
    await page
      .getByText("The file was read as Windows-1252 (Latin-1) text, separated by semicolons.")
      .waitFor();
    expect(await page.getByText("Café Größe").count()).toBe(1);
    expect(await page.getByLabel("Company", { exact: true }).inputValue()).toBe("Company");

    // The same spreadsheet saved as "Unicode text" (UTF-16 with its byte order mark).
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(fixture("european-semicolon.csv").toString("utf8"), "utf16le"),
    ]);
    await choose(page, "bewerbungen-unicode.csv", utf16);
    await page.getByText("bewerbungen-unicode.csv: 3 applications, read as a spreadsheet").waitFor();
    await page.getByText("The file was read as UTF-16 text, separated by semicolons.").waitFor();
    expect(await page.getByText("Société Générale").count()).toBe(1);

    await choose(page, "formulas.csv");
    await page.getByText("formulas.csv: 3 applications").waitFor();
    expect(
      await page.getByRole("list", { name: "Rows with problems" }).locator("li").allTextContents(),
    ).toEqual([
      "Line 2: Company: a spreadsheet formula, imported as plain text",
      "Line 3: Company: a spreadsheet formula, imported as plain text",
    ]);
  });

  it("refuses a CSV that is not a tracker export, and a workbook, changing nothing", async () => {
    const page = await ext.open("options/options.html#/data");
    await choose(page, "not-a-tracker.csv");
    await page
      .getByRole("alert")
      .filter({
        hasText: "none of its columns (Date, Description, Amount, Balance) holds a company or a role",
      })
      .waitFor();
    await choose(page, "jobs.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    await page.getByRole("alert").filter({ hasText: "Save it as “CSV UTF-8”" }).waitFor();
    expect(await page.getByRole("button", { name: /^Import \d+ applications$/ }).count()).toBe(0);
    await page.getByText("holds 0 applications").waitFor();
  });

  it("a 50 MB export shows its progress to the end and can be cancelled while its rows are read, importing nothing", async () => {
    const page = await ext.open("options/options.html#/data");
    const { path } = bigExport("simplify-big.csv", { bytes: 50_000_000 });
    // As on a slower laptop: an idle fast machine reads the rows in well under a second, too short
    // to reach Cancel while they are read (the click then met the preview that replaced the bar).
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await page.getByLabel("CSV file").setInputFiles(path);
    const progress = page.getByRole("progressbar", { name: "Reading simplify-big.csv…" });
    await progress.waitFor();
    // The whole read is one bar with its percentage, through the last and longest stage too
    // (reading ~228,000 rows into applications), and the page keeps painting while it runs.
    const percent = async () =>
      Number((await page.locator(".import-percent").textContent())?.replace("%", ""));
    await page.getByText(/^Checking [\d,]+ rows…/).waitFor({ timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    const first = await percent();
    await expect.poll(percent, { timeout: 60_000 }).toBeGreaterThan(first);
    // The Cancel beside the bar (the preview has its own, once the read is done).
    await page.locator(".import-progress").getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("status").filter({ hasText: "Import cancelled; nothing was changed." }).waitFor();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    expect(await progress.count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Import \d+ applications$/ }).count()).toBe(0);
    await page.getByText("holds 0 applications").waitFor();
  }, 120_000);
});
