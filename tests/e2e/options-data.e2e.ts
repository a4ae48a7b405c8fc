// "Your data" and Statistics on the options page, in Chromium with the built extension: CSV import,
// CSV / JSON / calendar export, delete everything, restore, a malformed backup, and the statistics
// computed from what was imported.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { type Extension, launchExtension } from "./harness";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

// A spreadsheet of the user's own (written for this test); one company name is a spreadsheet formula.
const TEAL_CSV = [
  "Job Position,Company,Status,Location,URL,Date Saved,Date Applied",
  "Data Analyst,Acme Analytics,Applied,Remote,https://acme.example/jobs/1,2025-02-01,2025-02-03",
  'Clerk,"=HYPERLINK(""http://evil.example"",""click"")",Not Selected,,,2025-02-02,2025-02-04',
  "Nurse,Riverbend Health,Interviewing,Seattle,,2025-02-05,2025-02-06",
  "Barista,Blue Bottle,Bookmarked,,,2025-02-07,",
].join("\r\n");

async function importCsv(page: Page, checkA11y = false) {
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "teal.csv", mimeType: "text/csv", buffer: Buffer.from(TEAL_CSV) });
  await page.getByText("teal.csv: 4 applications, read as a spreadsheet").waitFor();
  // The guessed mapping is shown and can be changed.
  expect(await page.getByLabel("Role", { exact: true }).inputValue()).toBe("Job Position");
  if (checkA11y) expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Import 4 applications" }).click();
  await page.getByRole("status").filter({ hasText: "Added 4 applications" }).waitFor();
}

async function download(page: Page, button: string): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: readFileSync(path, "utf8") };
}

/** The applications as the user gets them in the CSV export: one line per application, sorted. */
async function exportedRows(page: Page): Promise<string[]> {
  await page.goto(page.url().replace(/#.*$/, "#/data"));
  const { text } = await download(page, "Download applications as CSV");
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1)
    .sort();
}

describe("your data", () => {
  it("imports a CSV, exports CSV and JSON, deletes everything, and restores the backup", async () => {
    const page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();
    await importCsv(page, true);
    await page.getByText("holds 4 applications").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const csv = await download(page, "Download applications as CSV");
    expect(csv.name).toMatch(/^debrief-applications-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith("\uFEFFCompany,Role,Status,")).toBe(true);
    // A HYPERLINK formula comes in as the text it shows, never as a formula.
    expect(csv.text).toContain("\r\nclick,Clerk,Rejected,");
    expect(csv.text).not.toContain("HYPERLINK");
    expect(csv.text).toContain("Acme Analytics,Data Analyst,Applied,,Remote,https://acme.example/jobs/1");
    expect(csv.text).toContain("\r\n");

    const ics = await download(page, "Download upcoming interviews and follow-ups (.ics)");
    expect(ics.text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);

    const backup = await download(page, "Download a full backup (JSON)");
    expect(JSON.parse(backup.text)).toMatchObject({ format: "debrief-backup", version: 1 });
    const before = await exportedRows(page);
    expect(before).toHaveLength(4);

    // Delete everything: two steps, the second only after typing DELETE.
    await page.goto(page.url().replace(/#.*$/, "#/data"));
    await page.getByRole("button", { name: "Delete everything…" }).click();
    const confirm = page.getByRole("button", { name: "Delete everything permanently" });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Download a backup first" }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Type DELETE to confirm").fill("DELETE");
    await confirm.click();
    await page.getByRole("status").filter({ hasText: "Everything was deleted" }).waitFor();
    await page.getByText("holds 0 applications").waitFor();

    // Restore: a preview of counts first, then one click replaces everything.
    await page.getByLabel("Backup file (.json)").setInputFiles(backup.path);
    await page.getByText("4 applications", { exact: true }).waitFor();
    expect(
      await page.getByText(/Importing replaces everything Debrief holds now \(0 applications\)/).count(),
    ).toBe(1);
    await page.getByRole("button", { name: "Replace my data with this backup" }).click();
    await page.getByRole("status").filter({ hasText: "Imported 4 applications" }).waitFor();
    await page.getByText("holds 4 applications").waitFor();
    expect(await exportedRows(page)).toEqual(before);

    // Export again: the same data (only the export time differs).
    await page.goto(page.url().replace(/#.*$/, "#/data"));
    const again = await download(page, "Download a full backup (JSON)");
    expect({ ...JSON.parse(again.text), exportedAt: 0 }).toEqual({
      ...JSON.parse(backup.text),
      exportedAt: 0,
    });
  });

  it("refuses a malformed backup, says where it is wrong, and changes nothing", async () => {
    const page = await ext.open("options/options.html#/data");
    await importCsv(page);
    const backup = JSON.parse((await download(page, "Download a full backup (JSON)")).text);
    // Only two applications, one of them broken: applying any of it would change what the user has.
    backup.tables.applications = backup.tables.applications.slice(0, 2);
    backup.tables.applications[1].createdAt = "yesterday";
    await page.getByLabel("Backup file (.json)").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("your data is unchanged");
    expect(await alert.textContent()).toContain(
      'applications[1].createdAt: expected a number, got "yesterday"',
    );
    expect(await page.getByRole("button", { name: "Replace my data with this backup" }).count()).toBe(0);

    await page
      .getByLabel("Backup file (.json)")
      .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{nope") });
    await page.getByRole("alert").filter({ hasText: "not valid JSON" }).waitFor();
    await page.getByText("holds 4 applications").waitFor();
    expect((await exportedRows(page)).map((row) => row.split(",")[0])).toEqual([
      "Acme Analytics",
      "Blue Bottle",
      "Riverbend Health",
      "click",
    ]);
  });
});

describe("statistics", () => {
  it("shows the funnel, response rates and 'not enough data yet' for calibration", async () => {
    const page = await ext.open("options/options.html#/statistics");
    await page.getByText("No applications yet").waitFor();
    await page.getByText(/Not enough data yet: this needs 8 interviews/).waitFor();
    await page.goto(page.url().replace(/#.*$/, "#/data"));
    await importCsv(page);
    await page.goto(page.url().replace(/#.*$/, "#/statistics"));

    const funnel = page.getByRole("img", { name: /Applications at each stage/ });
    await funnel.waitFor();
    expect(await funnel.getAttribute("aria-labelledby")).toBeTruthy();
    expect(await page.locator(".funnel-chart desc").textContent()).toBe(
      "Saved: 4; Applied: 3 (75% of saved); Interview: 1 (33% of applied); Offer: 0 (0% of interview)",
    );
    // Rejected and Interviewing count as replies; Acme has not answered: 2 of 3 companies.
    await page.getByText(/67% of the 3 companies you applied to replied/).waitFor();
    const overall = page.getByRole("row", { name: /Overall/ });
    expect((await overall.textContent())?.replace(/\s+/g, " ")).toContain("Overall32");
    await page.getByText(/Not enough data yet: no interview has reached the date/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Legible in dark mode too: the chart text takes the theme's foreground colour.
    await page.evaluate(() => {
      document.documentElement.dataset.theme = "dark";
    });
    const fill = await page
      .locator(".chart-label")
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe("rgb(236, 235, 247)");
    expect(await axeViolations(page)).toEqual([]);
  });
});
