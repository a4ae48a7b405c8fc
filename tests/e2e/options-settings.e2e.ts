// Settings and the first-run page, in Chromium with the built extension. Webmail toggles are only
// checked to render with the right state: the readers and their host permissions come later.
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

const background = () => document.body && getComputedStyle(document.body).backgroundColor;

describe("settings", () => {
  it("shows every setting with its default and keeps changes across reloads", async () => {
    const page = await ext.open("options/options.html#/settings");
    const gmail = page.getByRole("switch", { name: "Gmail" });
    const outlook = page.getByRole("switch", { name: "Outlook on the web" });
    await gmail.waitFor();
    // Off by default; enabled once their state is known.
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>("input[role=switch]")?.disabled,
    );
    expect(await gmail.isChecked()).toBe(false);
    expect(await outlook.isChecked()).toBe(false);
    expect(await page.getByRole("switch", { name: /Apply status changes from emails/ }).isChecked()).toBe(
      false,
    );
    const notifications = page.getByRole("switch", { name: /Show a notification when a follow-up is due/ });
    expect(await notifications.isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "Same as my system" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Thank-you note due").inputValue()).toBe("24");
    expect(await axeViolations(page)).toEqual([]);

    await notifications.uncheck();
    await page.getByRole("switch", { name: /Apply status changes from emails/ }).check();
    await page.getByLabel("First follow-up when no date was given").fill("5");
    await page.getByLabel("First follow-up when no date was given").press("Enter");
    await page.getByLabel("First follow-up when no date was given").blur();
    await page.getByLabel("Hide the panel on").fill("https://www.indeed.com/jobs?q=nurse");
    await page.getByRole("button", { name: "Hide", exact: true }).click();
    await page
      .getByRole("list", { name: "Sites where the panel is hidden" })
      .getByText("indeed.com")
      .waitFor();
    await page.getByLabel("Hide the panel on").fill("not a site");
    await page.getByRole("button", { name: "Hide", exact: true }).click();
    await page.getByText("Enter a site such as linkedin.com.").waitFor();

    await page.reload();
    await page
      .getByRole("list", { name: "Sites where the panel is hidden" })
      .getByText("indeed.com")
      .waitFor();
    expect(await page.getByRole("switch", { name: /Show a notification/ }).isChecked()).toBe(false);
    expect(await page.getByRole("switch", { name: /Apply status changes from emails/ }).isChecked()).toBe(
      true,
    );
    expect(await page.getByLabel("First follow-up when no date was given").inputValue()).toBe("5");

    await page.getByRole("button", { name: "Show the panel on indeed.com again" }).click();
    await page.getByText("The panel shows on every job board Debrief knows.").waitFor();
  });

  it("switches the theme to dark and light, and keeps it", async () => {
    const page = await ext.open("options/options.html#/settings");
    await page.getByRole("radio", { name: "Dark" }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    expect(await page.evaluate(background)).toBe("rgb(22, 21, 31)");
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    expect(await page.getByRole("radio", { name: "Dark" }).isChecked()).toBe(true);

    await page.getByRole("radio", { name: "Light" }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
    expect(await page.evaluate(background)).toBe("rgb(255, 255, 255)");
    await page.getByRole("radio", { name: "Same as my system" }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);
  });
});

describe("first-run page", () => {
  it("says what Debrief does and how private it is, and offers email tagging per provider", async () => {
    const page = await ext.open("welcome/welcome.html");
    await page.getByRole("heading", { name: "Welcome to Debrief" }).waitFor();
    await page.getByRole("heading", { name: "What Debrief does" }).waitFor();
    const privacy = await page.getByRole("region", { name: "Your privacy" }).textContent();
    expect(privacy).toContain("stays in this browser");
    expect(privacy).toContain("sends nothing anywhere");
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>("input[role=switch]")?.disabled,
    );
    expect(await page.getByRole("switch", { name: "Gmail" }).isChecked()).toBe(false);
    expect(await page.getByRole("switch", { name: "Outlook on the web" }).isChecked()).toBe(false);
    const settings = await page.getByRole("link", { name: "Settings" }).getAttribute("href");
    expect(settings).toBe(`chrome-extension://${ext.id}/options/options.html#/settings`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("follows the theme chosen in Settings", async () => {
    const options = await ext.open("options/options.html#/settings");
    await options.getByRole("radio", { name: "Dark" }).check();
    const page = await ext.open("welcome/welcome.html");
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    expect(await axeViolations(page)).toEqual([]);
  });
});
