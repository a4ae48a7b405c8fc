// The foundation's vertical slice, end to end in Chromium with the built extension.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

describe("popup", () => {
  it("starts empty, creates an application, and lists it live", async () => {
    const popup = await ext.open("popup/popup.html");
    await popup.getByRole("heading", { name: "Track your first application" }).waitFor();
    await popup.getByLabel("Company").fill("Contoso Pharmacy");
    await popup.getByLabel("Role").fill("Pharmacy Technician");
    await popup.getByRole("button", { name: "Add application" }).click();
    // A new application goes straight to its debrief; back on the start screen it is listed.
    await popup.getByRole("form", { name: "Debrief: Pharmacy Technician · Contoso Pharmacy" }).waitFor();
    await popup.getByRole("button", { name: "Back to start" }).click();
    const item = popup.getByRole("link", { name: /Pharmacy Technician · Contoso Pharmacy/ });
    await item.waitFor();
    expect(await item.textContent()).toContain("Saved");
  });

  it("updates when another context writes (a job saved from a board page)", async () => {
    const popup = await ext.open("popup/popup.html");
    await popup.getByRole("heading", { name: "Track your first application" }).waitFor();
    await ext.serve("https://boards.greenhouse.io/riverbendhealth/jobs/4455667", "pages/greenhouse-job.html");
    const board = await ext.context.newPage();
    await board.goto("https://boards.greenhouse.io/riverbendhealth/jobs/4455667");
    await board.getByRole("button", { name: "Save job to Debrief" }).click(); // expands the panel
    await board.getByRole("button", { name: "Save job", exact: true }).click();
    await board.getByRole("status").filter({ hasText: "Saved to Debrief" }).waitFor();
    await popup.getByRole("link", { name: /Registered Nurse, Night Shift/ }).waitFor();
  });
});

describe("job-board panel", () => {
  it("saves the LinkedIn job on the page, once, and the options page lists it", async () => {
    const url = "https://www.linkedin.com/jobs/view/3912345678/";
    await ext.serve(url, "pages/linkedin-job-view.html");
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = page.getByRole("region", { name: "Debrief" });
    await panel.getByRole("button", { name: "Save job to Debrief" }).click(); // expands the panel
    expect(await panel.getByLabel("Role").inputValue()).toBe("Senior Data Analyst");
    await panel.getByRole("button", { name: "Save job", exact: true }).click();
    await panel.getByRole("status").filter({ hasText: "Saved to Debrief · saved" }).waitFor();

    // Reloading shows it as tracked rather than offering to save it again.
    await page.reload();
    await page.getByRole("button", { name: "Debrief: Tracked · Saved" }).waitFor();
    expect(await page.getByRole("button", { name: "Save job to Debrief" }).count()).toBe(0);

    const options = await ext.open("options/options.html");
    const row = options.getByRole("row", { name: /Senior Data Analyst/ });
    await row.waitFor();
    expect(await options.getByRole("row").count()).toBe(2); // header + the one job, not two
    expect(ext.strayRequests).toEqual([]);
  });
});
