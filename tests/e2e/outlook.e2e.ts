// The personal outlook model end to end (issue 15): a version-1 backup of 12 finished interviews in
// which "Pitched the company to you" always preceded a rejection (a WRITTEN fixture, see
// tests/fixtures/outlook/README.md) is imported through the Data page. A new debrief ticking only that
// sign then shows a lower range than on an empty history, and the card names the personal model: in the
// popup, in the job-board panel and on the application page.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";
import { readTable } from "./seed";

const HISTORY = resolve("tests/fixtures/outlook/history-12.backup.json");
let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

const rangeOf = (text: string | null) => {
  const m = /(\d+)–(\d+) %/.exec(text ?? "");
  return { low: Number(m?.[1]), high: Number(m?.[2]) };
};

async function popupDebrief(company: string, stage?: string): Promise<string> {
  const popup = await ext.open("popup/popup.html");
  const add = popup.getByRole("button", { name: "New application" });
  const form = popup.getByRole("form", { name: "New application" });
  await Promise.race([add.waitFor(), form.waitFor()]);
  if (await add.isVisible()) await add.click();
  await form.getByLabel("Company").fill(company);
  await form.getByLabel("Role").fill("Account Manager");
  await popup.getByRole("button", { name: "Add application" }).click();
  await popup.getByRole("form", { name: `Debrief: Account Manager · ${company}` }).waitFor();
  if (stage) await popup.getByLabel("Stage").selectOption({ label: stage });
  await popup.getByRole("checkbox", { name: /Pitched the company to you/ }).check();
  await popup.getByRole("button", { name: "Save debrief" }).click();
  const outlook = popup.getByRole("region", { name: /Outlook/ });
  await outlook.locator(".model-line").waitFor();
  const text = (await outlook.textContent()) ?? "";
  await popup.close();
  return text;
}

async function importHistory(): Promise<Page> {
  const page = await ext.open("options/options.html#/data");
  await page.getByLabel("Backup file (.json)").setInputFiles(HISTORY);
  await page.getByText("12 applications", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Replace my data with this backup" }).click();
  await page.getByRole("status").filter({ hasText: "Imported 12 applications" }).waitFor();
  return page;
}

describe("outlook stages and base rates", () => {
  it("starts from the stage's published rate with its source, or the user's own from Settings", async () => {
    const screen = await popupDebrief("Screen Co", "Recruiter screen");
    expect(screen).toContain(
      "About 1 in 13 candidates at this stage get an offer (a recruiter screen) — Lever (GlobeNewswire release), 2017 and 2 more.",
    );
    const final = await popupDebrief("Final Co", "Onsite / final round");
    expect(final).toContain("About 1 in 3 candidates at this stage get an offer (an onsite or final round)");
    expect(rangeOf(final).low).toBeGreaterThan(rangeOf(screen).high);

    const settings = await ext.open("options/options.html#/settings");
    const field = settings.getByLabel("At a recruiter screen");
    await field.fill("20");
    await field.press("Enter");
    await expect
      .poll(async () => (await readTable(settings, "settings")).find((r) => r.key === "baseRates")?.value)
      .toEqual({ "recruiter-screen": 0.2 });
    const own = await popupDebrief("Own Rate Co", "Recruiter screen");
    expect(own).toContain(
      "About 1 in 5 candidates at this stage get an offer, by your own figure in Settings.",
    );
  });
});

describe("outlook with the user's history", () => {
  it("uses the personal model in the popup and on the application page once it wins", async () => {
    const empty = await popupDebrief("Empty History Ltd");
    expect(empty).toMatch(
      /General model in use: your own history counts from 8 finished interviews \(you have 0\)/,
    );

    const data = await importHistory();
    const withHistory = await popupDebrief("After Import Ltd");
    expect(withHistory).toMatch(
      /Using your history: 12 interviews, Brier 0\.\d\d vs 0\.\d\d for the general model\./,
    );
    expect(rangeOf(withHistory).high).toBeLessThan(rangeOf(empty).high);
    expect(rangeOf(withHistory).low).toBeLessThanOrEqual(rangeOf(empty).low);

    // The application page recomputes the same outlook with the same model.
    const apps = await readTable(data, "applications");
    const id = apps.find((a) => a.company === "After Import Ltd")?.id as string;
    await data.goto(data.url().replace(/#.*$/, `#/application/${id}`));
    const rounds = data.getByRole("region", { name: "Outlook across rounds" });
    await rounds.getByText(/Using your history: 12 interviews/).waitFor();
    expect(rangeOf(await rounds.locator(".outlook-range").textContent())).toEqual(rangeOf(withHistory));

    // Statistics agree: the personal model is in use, with a reliability chart (12 ≥ 8 outcomes).
    await data.goto(data.url().replace(/#.*$/, "#/statistics"));
    await data.getByText("Every new or re-opened outlook now uses the model fitted to you.").waitFor();
    await data.getByRole("img", { name: /Predicted chance of an offer against what happened/ }).waitFor();
  });

  it("uses the personal model for a debrief logged from the job-board panel", async () => {
    const url = "https://www.linkedin.com/jobs/view/3912345678/";
    await ext.serve(url, "pages/linkedin-job-view.html");
    const panelDebrief = async () => {
      const page = await ext.context.newPage();
      await page.goto(url);
      const panel = page.getByRole("region", { name: "Debrief" });
      await panel.getByRole("button", { name: "Save job to Debrief" }).click();
      await panel.getByRole("heading", { name: "Debrief" }).waitFor();
      await panel.getByRole("button", { name: "Log signals" }).click();
      await panel.getByRole("checkbox", { name: /Pitched the company to you/ }).check();
      await panel.getByRole("button", { name: "Save debrief" }).click();
      const outlook = panel.getByRole("region", { name: /Outlook/ });
      await outlook.locator(".model-line").waitFor();
      const text = (await outlook.textContent()) ?? "";
      await page.close();
      return text;
    };
    const empty = await panelDebrief();
    expect(empty).toMatch(/General model in use/);
    // The import replaces everything, the saved job included: the panel offers to save it again.
    await importHistory();
    const withHistory = await panelDebrief();
    expect(withHistory).toMatch(/Using your history: 12 interviews, Brier 0\.\d\d vs 0\.\d\d/);
    expect(rangeOf(withHistory).high).toBeLessThan(rangeOf(empty).high);
  });
});
