// No network of its own: every main flow runs (popup debrief, a job saved from a board page, email
// ingest, reminders, every options view, export and import) while every request the browser makes is
// recorded. The only http(s) request allowed is the job page the test itself opens; nothing may come
// from the service worker or an extension page, and nothing may be aborted as unrouted.
//
// Email tagging needs the webmail host grant, which Playwright cannot click through: as in
// webmail.e2e.ts, a copy of the build lists the webmail origins under host_permissions (granted at
// install, as a user accepting the prompt), and everything after that is the product's own path.
import type { Page, Request } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Extension, launchExtension } from "./harness";

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

let ext: Extension;
let seen: { url: string; from: string; navigation: boolean }[];

function origin(request: Request): string {
  if (request.serviceWorker()) return `service worker ${request.serviceWorker()?.url()}`;
  try {
    return `frame ${request.frame().url()}`;
  } catch {
    return "unknown";
  }
}

beforeEach(async () => {
  ext = await launchExtension({ grantHosts: "webmail" });
  seen = [];
  const record = (request: Request) => {
    if (!/^(chrome-extension|data|blob):/.test(request.url()))
      seen.push({ url: request.url(), from: origin(request), navigation: request.isNavigationRequest() });
  };
  ext.context.on("request", record);
  ext.context.on("page", (page) =>
    page.on("websocket", (ws) =>
      seen.push({ url: ws.url(), from: `websocket in ${page.url()}`, navigation: false }),
    ),
  );
});
afterEach(async () => {
  await ext.close();
});

const JOB_URL = "https://boards.greenhouse.io/riverbendhealth/jobs/4455667";
const GMAIL_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVHxKcPzrQWxLvNlDwTgmkS";

/** Sends one protocol message from an extension page, as the content scripts do. */
const sendFrom = (page: Page, type: string, arg: unknown) =>
  page.evaluate(([t, a]) => chrome.runtime.sendMessage({ debrief: 1, type: t, arg: a }), [
    type,
    arg,
  ] as const);

describe("no network of its own", () => {
  it("makes no request to any host during the main flows", async () => {
    // Popup: a new application and its debrief.
    const popup = await ext.open("popup/popup.html");
    await popup.getByLabel("Company").fill("Contoso Pharmacy");
    await popup.getByLabel("Role").fill("Pharmacy Technician");
    await popup.getByRole("button", { name: "Add application" }).click();
    await popup.getByRole("checkbox", { name: /Asked when you could start/ }).check();
    await popup.getByRole("button", { name: "Save debrief" }).click();
    await popup.getByRole("region", { name: "Follow-up plan" }).waitFor();

    // A job saved from a board page through the panel.
    await ext.serve(JOB_URL, "pages/greenhouse-job.html");
    const board = await ext.context.newPage();
    await board.goto(JOB_URL);
    await board.getByRole("button", { name: "Save job to Debrief" }).click();
    await board.getByRole("button", { name: "Save job", exact: true }).click();
    await board.getByRole("status").filter({ hasText: "Saved to Debrief" }).waitFor();

    // Email tagging on, as a user turns it on; a job email opened in Gmail gets tagged.
    const settings = await ext.open("options/options.html#/settings");
    await settings.waitForFunction(
      () => !document.querySelector<HTMLInputElement>("input[role=switch]")?.disabled,
    );
    await settings.getByRole("switch", { name: "Gmail" }).click();
    await settings.getByText(/Email tagging is on for/).waitFor();
    await popup.goto(popup.url());
    await popup
      .getByLabel("Company")
      .or(popup.getByRole("button", { name: "New application" }))
      .first()
      .waitFor();
    if (await popup.getByRole("button", { name: "New application" }).count())
      await popup.getByRole("button", { name: "New application" }).click();
    await popup.getByLabel("Company").fill("Northwind Robotics");
    await popup.getByLabel("Role").fill("Robotics Software Engineer");
    await popup.getByRole("button", { name: "Add application" }).click();
    await popup.getByRole("form", { name: /Debrief: Robotics Software Engineer/ }).waitFor();
    await ext.serve(GMAIL_URL.split("#")[0]!, "webmail/written/gmail/single-rejection.html");
    const mail = await ext.context.newPage();
    await mail.goto(GMAIL_URL);
    await mail.getByRole("button", { name: /Debrief\s+Rejection · Northwind Robotics/ }).waitFor();
    expect(await sendFrom(popup, "reminders/refresh", {})).toMatchObject({ ok: true });

    // Every options view, an export and an import.
    const options = await ext.open("options/options.html#/applications");
    await options.getByRole("row", { name: /Pharmacy Technician/ }).waitFor();
    await options.getByRole("link", { name: "Pharmacy Technician" }).first().click();
    await options.getByRole("heading", { level: 1 }).first().waitFor();
    for (const hash of ["#/statistics", "#/settings", "#/data"]) {
      await options.goto(options.url().replace(/#.*$/, hash));
      await options.getByRole("heading", { level: 1 }).first().waitFor();
    }
    const [download] = await Promise.all([
      options.waitForEvent("download"),
      options.getByRole("button", { name: "Download a full backup (JSON)" }).click(),
    ]);
    await download.path();
    await options.getByLabel("CSV file").setInputFiles({
      name: "t.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Job Position,Company,Status\r\nNurse,Riverbend Health,Applied\r\n"),
    });
    await options.getByRole("button", { name: "Import 1 application" }).click();
    await options.getByRole("status").filter({ hasText: "Added 1 application" }).waitFor();
    await options.waitForTimeout(500);

    expect(ext.strayRequests).toEqual([]);
    // Only the two pages the test navigated to (Gmail's without its "#…" part, as a server sees it).
    expect(
      seen.map(({ url, navigation }) => ({ url, navigation })),
      JSON.stringify(seen),
    ).toEqual([
      { url: JOB_URL, navigation: true },
      { url: GMAIL_URL.split("#")[0], navigation: true },
    ]);
  });

  it("would see a request from the service worker or an extension page (control)", async () => {
    const popup = await ext.open("popup/popup.html");
    await popup.evaluate(() => fetch("https://control.example/page").catch(() => null));
    await ext.worker.evaluate(() => fetch("https://control.example/worker").catch(() => null));
    await popup.waitForTimeout(300);
    expect(ext.strayRequests).toEqual(
      expect.arrayContaining(["https://control.example/page", "https://control.example/worker"]),
    );
    expect(seen.map((s) => s.url)).toEqual(
      expect.arrayContaining(["https://control.example/page", "https://control.example/worker"]),
    );
    expect(seen.find((s) => s.url.endsWith("/worker"))?.from).toMatch(/^service worker/);
  });
});
