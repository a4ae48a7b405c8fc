// The panel on real pages (tests/fixtures/real-pages/, as the boards served them) at their real URLs:
// fields the extractor doubts are marked and the cursor starts in the first one; pages that show no single
// posting get no panel at all.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadManifest } from "../../src/cli/real-pages";
import { type Extension, launchExtension } from "./harness";

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext.close();
});

const PAGES = loadManifest();
const panelOf = (page: Page) => page.getByRole("region", { name: "Debrief" });

async function open(file: string): Promise<Page> {
  const real = PAGES.find((p) => p.file === file);
  if (!real) throw new Error(`no real page ${file}`);
  await ext.serve(real.url, `real-pages/${real.file}`);
  const page = await ext.context.newPage();
  await page.goto(real.url);
  return page;
}

/** Each page's panel, opened with "Save job to Debrief", shows the role, employer and place given. */
async function expectSaveFormShows(
  cases: readonly (readonly [file: string, role: string, company: string, place: string])[],
): Promise<void> {
  for (const [file, role, company, place] of cases) {
    const page = await open(file);
    await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).click();
    const field = panelOf(page).getByLabel("Company");
    await field.waitFor();
    expect(await field.inputValue(), file).toBe(company);
    expect(await panelOf(page).getByLabel("Role").inputValue(), file).toBe(role);
    expect(await panelOf(page).getByLabel("Location").inputValue(), file).toBe(place);
    await page.close();
  }
}

describe("panel on real pages", () => {
  it("marks the employer read from a Workday payroll entity and puts the cursor there", async () => {
    const page = await open("workday-apply-workday.html.gz");
    await panelOf(page).getByRole("button", { name: "Save job to Debrief" }).click();
    const company = panelOf(page).getByLabel("Company");
    await company.waitFor();
    expect(await company.inputValue()).toBe("Workday");
    expect(await panelOf(page).getByLabel("Role").inputValue()).toBe(
      "Sr Services Executive - Dirigeant supérieur des services",
    );
    // The hint is the field's description, so a screen reader says it with the field.
    expect(await company.getAttribute("aria-describedby")).toBe("debrief-company-hint");
    await panelOf(page).getByText("Please check: this may be wrong").waitFor();
    const focused = () =>
      page.evaluate(() => document.querySelector("debrief-panel")?.shadowRoot?.activeElement?.id ?? "");
    await expect.poll(focused).toBe("debrief-company");
    // Typing a correction clears the mark.
    await company.fill("Workday, Inc.");
    expect(await panelOf(page).getByText("Please check: this may be wrong").count()).toBe(0);
    await page.close();
  });

  it("offers the job open in a real LinkedIn search pane, signed-in and guest, with its employer and place", async () => {
    const cases = [
      [
        "linkedin-search-pane-ups.html.gz",
        "Inventory Controller",
        "UPS",
        "Pozzuolo Martesana, Lombardia, Italia",
      ],
      ["linkedin-guest-pane-amazon.html.gz", "Executive Assistant", "Amazon", "Gurgaon, Haryana, India"],
    ] as const;
    await expectSaveFormShows(cases);
  });

  it("offers the job open in a real Indeed search pane and a real Glassdoor search pane (no job in its URL)", async () => {
    const cases = [
      ["indeed-search-pane-flutter-uddhav.html.gz", "Flutter Developer", "Uddhav Innovations", "Remote"],
      [
        "glassdoor-search-pane-athenahealth.html.gz",
        "Principal Member of technical Staff- AI & Data Engineering",
        "Athenahealth",
        "Chennai",
      ],
    ] as const;
    await expectSaveFormShows(cases);
  });

  it("stays away from real list and search pages that show no single job", async () => {
    for (const real of PAGES.filter((p) => !p.posting && /linkedin|seek|indeed|glassdoor/.test(p.board))) {
      const page = await open(real.file);
      await page.waitForTimeout(1200); // idle callback + settings round trip
      expect(await page.evaluate(() => document.querySelectorAll("debrief-panel").length), real.file).toBe(0);
      await page.close();
    }
  });
});
