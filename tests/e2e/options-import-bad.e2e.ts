// Importing bad input on the options page, in Chromium with the built extension (issue #16): a wrong
// encoding (Latin-1, UTF-16), a semicolon-separated European sheet, formula cells, a CSV that is no
// tracker export, a workbook, and a 50 MB file with its progress and Cancel. Each gets a clear
// message, and nothing is half-imported.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { bigExport } from "./big-export";
import { type Extension, launchExtension } from "./harness";
import { choose, fixture } from "./import-page";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

describe("importing bad input", () => {
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
