// Writing a large import on the options page, in Chromium with the built extension: the write has
// its own bar and percentage, Cancel rolls it all back, closing the page half-way keeps nothing, and
// left alone it stores every application.
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

const percent = async (page: Page) =>
  Number((await page.locator(".import-percent").textContent())?.replace("%", ""));

async function preview(page: Page, path: string, rows: number) {
  await page.getByLabel("CSV file").setInputFiles(path);
  await page
    .getByText(`big.csv: ${rows} applications, read as a Simplify export`)
    .waitFor({ timeout: 60_000 });
}

describe("writing a large import", () => {
  it("shows the write's progress; Cancel, or closing the page, keeps nothing; left alone, it stores all", async () => {
    const { path, rows } = bigExport("big.csv", { rows: 40_000 });
    let page = await ext.open("options/options.html#/data");
    await preview(page, path, rows);
    const importButton = page.getByRole("button", { name: `Import ${rows} applications` });
    const writing = page.getByRole("progressbar", { name: "Importing big.csv…" });

    // Cancel, once the bar has moved on during the write.
    await importButton.click();
    await writing.waitFor();
    await page.getByText(`Saving ${rows.toLocaleString("en-US")} applications…`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const first = await percent(page);
    await expect.poll(() => percent(page), { timeout: 60_000 }).toBeGreaterThan(first);
    await page.locator(".import-progress").getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("status").filter({ hasText: "Import cancelled; nothing was changed." }).waitFor();
    expect(await writing.count()).toBe(0);
    await page.getByText("holds 0 applications").waitFor();
    // The same preview is back, to import after all.
    await importButton.waitFor();

    // Closing the page half-way through the writes (past the bar's first 10 %, the changes are
    // worked out and the batches are going in) rolls the transaction back.
    await importButton.click();
    await writing.waitFor();
    await expect.poll(() => percent(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(40);
    expect(await percent(page)).toBeLessThan(100);
    await page.close();
    page = await ext.open("options/options.html#/data");
    await page.getByText("holds 0 applications").waitFor();

    // Left alone, it stores every application.
    await preview(page, path, rows);
    await page.getByRole("button", { name: `Import ${rows} applications` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Added ${rows} applications` })
      .waitFor({ timeout: 180_000 });
    await page.getByText(`holds ${rows} applications`).waitFor();
  }, 300_000);
});
