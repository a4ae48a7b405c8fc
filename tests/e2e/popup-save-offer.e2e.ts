// The popup on a page of no known board (a company's own careers site): the background reads the tab
// with the context menu's extractor and the popup offers "Save this job: <title> at <company>"; a page
// that is no posting gets no offer. Opening the real popup grants activeTab; the popup here is opened
// as a tab, which grants nothing, so this build's manifest grants the test site instead (as
// context-menu.e2e.ts does). The Larkfield, Atelier Brisolée and Personio pages are written fixtures
// (tests/fixtures/pages/), the Personio one served at Personio's URL shape; the Teamtailor career site
// is a real page (tests/fixtures/real-pages/) served at its real URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadManifest } from "../../src/cli/real-pages";
import { type Extension, launchExtension } from "./harness";

const SITE = "https://www.larkfieldprovisions.example";
const JOB = `${SITE}/careers/warehouse-operations-lead`;
const ABOUT = `${SITE}/about`;
const LABELLED = "https://www.atelier-brisolee.example/emplois/technicienne-de-maintenance";
const PERSONIO = "https://larkfield-logistik.jobs.personio.de/job/1234567/apply?language=de";
const ONEFLOW = loadManifest().find((p) => p.file === "teamtailor-application-oneflow.html.gz")!;

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension({
    grantHosts: [SITE, ONEFLOW.url, LABELLED, PERSONIO].map((u) => `${new URL(u).origin}/*`),
  });
});
afterAll(async () => {
  await ext?.close();
});

describe("popup on a page of no known board", () => {
  it("offers nothing on a page that is not a job posting", async () => {
    await ext.serve(ABOUT, "pages/company-about.html");
    const page = await ext.context.newPage();
    await page.goto(ABOUT);
    const popup = await ext.open("popup/popup.html");
    await popup.getByRole("region", { name: "Welcome" }).waitFor();
    // The suggestion comes in after the first paint; give it time to (not) appear.
    await popup.waitForTimeout(800);
    expect(await popup.getByRole("button", { name: /Save this job/ }).count()).toBe(0);
    expect(await popup.getByRole("region", { name: "Suggested application" }).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it("offers the posting the extractor finds, saves it, and the options list has it", async () => {
    await ext.serve(JOB, "pages/company-careers-jobposting.html");
    const page = await ext.context.newPage();
    await page.goto(JOB);
    // No panel on a site of no known board.
    expect(await page.evaluate(() => document.querySelectorAll("debrief-panel").length)).toBe(0);

    const popup = await ext.open("popup/popup.html");
    const offer = popup.getByRole("button", {
      name: "Save this job: Warehouse Operations Lead at Larkfield Provisions",
    });
    await offer.click();
    const card = popup.getByRole("region", { name: "Suggested application" });
    await card.getByRole("status").getByText("Saved to Debrief").waitFor();
    expect(await card.textContent()).toContain("Warehouse Operations Lead");
    await card.getByRole("button", { name: "Debrief this interview" }).waitFor();

    const options = await ext.open("options/options.html");
    await options.getByRole("row", { name: /Warehouse Operations Lead/ }).waitFor();
    expect(await options.getByRole("row", { name: /Larkfield Provisions/ }).count()).toBe(1);

    // A fresh popup knows the job is tracked: no offer again.
    const again = await ext.open("popup/popup.html");
    await again.getByRole("button", { name: "Debrief this interview" }).waitFor();
    expect(await again.getByRole("button", { name: /Save this job/ }).count()).toBe(0);
    expect(ext.strayRequests.filter((u) => !/\.(css|png|svg|jpe?g|woff2?)(\?|$)/.test(u))).toEqual([]);
  });

  it("saves a Teamtailor job from the employer's own domain with the place its cover line shows", async () => {
    await ext.serve(ONEFLOW.url, `real-pages/${ONEFLOW.file}`);
    const page = await ext.context.newPage();
    await page.goto(ONEFLOW.url);
    const popup = await ext.open("popup/popup.html");
    await popup.getByRole("button", { name: "Save this job: Senior Legal Counsel at Oneflow" }).click();
    await popup
      .getByRole("region", { name: "Suggested application" })
      .getByText("Saved to Debrief")
      .waitFor();

    const options = await ext.open("options/options.html");
    await options.getByRole("link", { name: "Senior Legal Counsel" }).click();
    await options.getByRole("heading", { name: "Senior Legal Counsel", level: 2 }).waitFor();
    expect(await options.getByLabel("Company").inputValue()).toBe("Oneflow");
    expect(await options.getByLabel("Location").inputValue()).toBe("Stockholm (HQ)");
    await page.close();
  });

  it("saves a career page's job whose place is only a labelled line ('Lieu de travail : Lausanne')", async () => {
    await ext.serve(LABELLED, "pages/company-careers-labelled-fr.html");
    const page = await ext.context.newPage();
    await page.goto(LABELLED);
    const popup = await ext.open("popup/popup.html");
    await popup
      .getByRole("button", { name: "Save this job: Technicien·ne de maintenance at Atelier Brisolée" })
      .click();
    await popup
      .getByRole("region", { name: "Suggested application" })
      .getByText("Saved to Debrief")
      .waitFor();
    const options = await ext.open("options/options.html");
    await options.getByRole("link", { name: "Technicien·ne de maintenance" }).click();
    await options.getByRole("heading", { name: "Technicien·ne de maintenance", level: 2 }).waitFor();
    expect(await options.getByLabel("Location").inputValue()).toBe("Lausanne");
    await page.close();
  });

  it("offers the job on a Personio application form, which has no posting text", async () => {
    await ext.serve(PERSONIO, "pages/personio-job-apply.html");
    const page = await ext.context.newPage();
    await page.goto(PERSONIO);
    const popup = await ext.open("popup/popup.html");
    await popup
      .getByRole("button", { name: "Save this job: Lagerlogistiker (m/w/d) at Larkfield Logistik GmbH" })
      .waitFor();
    await popup.close();
    await page.close();
  });
});
