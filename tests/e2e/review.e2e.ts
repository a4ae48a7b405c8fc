// The review queue: an email the matcher was unsure of waits on the options page until the user
// links it (it then shows on that application's timeline) or dismisses it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Application, StoredEmail } from "../../src/core/types";
import { axeViolations } from "./axe";
import { type Extension, launchExtension } from "./harness";
import { seedDatabase } from "./seed";

let ext: Extension;
beforeEach(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext.close();
});

const NOW = Date.now();
const app = (id: string, company: string, title: string): Application => ({
  id,
  company,
  title,
  companyDomains: [],
  status: "applied",
  source: "manual",
  createdAt: NOW - 5 * 86_400_000,
  updatedAt: NOW - 5 * 86_400_000,
  lastActivityAt: NOW - 5 * 86_400_000,
  archived: 0,
});
const email = (id: string, subject: string): StoredEmail => ({
  id: `gmail:${id}`,
  provider: "gmail",
  messageId: id,
  fromName: "Talent Team",
  fromAddress: "no-reply@greenhouse.io",
  subject,
  receivedAt: NOW - 3_600_000,
  category: "interview",
  confidence: 0.8,
  evidence: ["subject says 'Interview invitation'"],
  snippet: "We would like to invite you to interview.",
  applicationId: null,
  userCorrected: false,
});

describe("review queue", () => {
  it("links an unsure email to its application, or dismisses it", async () => {
    const page = await ext.open("options/options.html#/review");
    await page.getByText("Nothing to review").waitFor();
    await seedDatabase(page, {
      applications: [app("a1", "Riverbend Health", "Charge Nurse"), app("a2", "Lakeside School", "Teacher")],
      emails: [email("m1", "Interview invitation <b>Thursday</b>"), email("m2", "Your weekly digest")],
    });
    await page.reload();
    const list = page.getByRole("list", { name: "Emails to review" });
    await list.getByText("Interview invitation <b>Thursday</b>").waitFor(); // text, not markup
    expect(await axeViolations(page)).toEqual([]);

    const first = list.getByRole("listitem").filter({ hasText: "Thursday" });
    await first
      .getByRole("combobox", { name: "Application", exact: true })
      .selectOption({ label: "Charge Nurse · Riverbend Health" });
    await first.getByRole("button", { name: "Link" }).click();
    await first.waitFor({ state: "detached" });
    await list
      .getByRole("listitem")
      .filter({ hasText: "Your weekly digest" })
      .getByRole("button", { name: "Dismiss" })
      .click();
    await page.getByText("Nothing to review").waitFor();

    await page.goto(`chrome-extension://${ext.id}/options/options.html#/application/a1`);
    await page.getByText("Email: interview").waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open("debrief");
          req.onsuccess = () => {
            const count = req.result.transaction("emails").objectStore("emails").count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(1); // the dismissed one is gone
  });
});
