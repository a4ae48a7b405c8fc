// The options page's import, as the e2e tests drive it: a fixture chosen in the file field, the
// preview's counts per status, and the applications table afterwards.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`);

export async function choose(page: Page, name: string, buffer: Buffer = fixture(name)) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer });
}

/** The preview's "Applications per status" table, as "Status: n" lines. */
export async function counts(page: Page): Promise<string[]> {
  const rows = page.getByRole("table", { name: "Applications per status" }).locator("tbody tr");
  return (await rows.allTextContents()).map((t) => t.replace(/^(\D+)(\d+)$/, "$1: $2"));
}

/** Company → status as the applications table shows them. */
export async function tracked(page: Page): Promise<string[]> {
  await page.goto(page.url().replace(/#.*$/, "#/applications"));
  await page.getByRole("table").first().waitFor();
  const rows = await page.getByRole("table").first().locator("tbody tr").allTextContents();
  return rows.sort();
}
