// Hostile input rendered inert everywhere: XSS payloads (script tags, event handlers, javascript:
// URLs, SVG, CSS injection) as company names, job titles, notes, contacts, email subjects and bodies
// and reminder titles, arriving through the files a user imports (a JSON backup, a tracker CSV) and
// through a job page. Every view is opened; no dialog may fire, no payload may set window.__pwned,
// none may reach the DOM as markup or a link, and the text must show literally.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Application, Interview, Reminder, StoredEmail, TimelineEvent } from "../../src/core/types";
import { type Extension, FIXTURES, launchExtension } from "./harness";

const PAYLOADS = (
  JSON.parse(readFileSync(join(FIXTURES, "hostile/payloads.json"), "utf8")) as {
    payloads: { id: string; text: string }[];
  }
).payloads;
const DAY = 86_400_000;
const NOW = Date.now();

function hostileBackup() {
  const applications: Application[] = PAYLOADS.map((p, i) => ({
    id: `h${String(i).padStart(3, "0")}`,
    company: p.text,
    title: p.text,
    location: p.text,
    url: i % 2 ? p.text : `javascript:window.__pwned='url-${p.id}'`,
    notes: p.text,
    tags: [p.text, "remote"],
    contacts: [{ name: p.text, role: p.text, email: p.text }],
    companyDomains: [],
    status: "interviewing",
    source: "import",
    createdAt: NOW - 20 * DAY,
    updatedAt: NOW - 20 * DAY,
    lastActivityAt: NOW - i * 60_000,
    archived: 0,
  }));
  const target = applications[0]!.id;
  const events: TimelineEvent[] = PAYLOADS.flatMap((p, i) => [
    { id: `hs${i}`, applicationId: applications[i]!.id, at: NOW - 20 * DAY, kind: "saved" as const },
    { id: `hn${i}`, applicationId: target, at: NOW - 10 * DAY + i, kind: "note" as const, text: p.text },
    { id: `hc${i}`, applicationId: target, at: NOW - 9 * DAY + i, kind: "contact" as const, text: p.text },
    {
      id: `he${i}`,
      applicationId: target,
      at: NOW - 8 * DAY + i,
      kind: "email" as const,
      emailId: `gmail:h${i}`,
      category: "interview" as const,
    },
  ]);
  events.push({
    id: "hi0",
    applicationId: target,
    at: NOW - 5 * DAY,
    kind: "interview",
    interviewId: "hint0",
  });
  const emails: StoredEmail[] = PAYLOADS.map((p, i) => ({
    id: `gmail:h${i}`,
    provider: "gmail",
    messageId: `h${i}`,
    fromName: p.text,
    fromAddress: `x${i}@evil.example`,
    subject: p.text,
    receivedAt: NOW - 8 * DAY + i,
    category: "interview",
    confidence: 0.9,
    evidence: [p.text],
    snippet: p.text,
    applicationId: i % 3 === 0 ? null : target,
    userCorrected: false,
  }));
  const interviews: Interview[] = [
    {
      id: "hint0",
      applicationId: target,
      at: NOW - 5 * DAY,
      kind: "video",
      interviewers: PAYLOADS.slice(0, 5).map((p) => p.text),
      signals: {},
      notes: PAYLOADS.map((p) => p.text).join("\n"),
      createdAt: NOW - 5 * DAY,
      updatedAt: NOW - 5 * DAY,
    },
  ];
  const reminders: Reminder[] = PAYLOADS.slice(0, 8).map((p, i) => ({
    id: `hr${i}`,
    applicationId: applications[i]!.id,
    kind: "custom",
    title: p.text,
    dueAt: NOW - DAY,
    done: 0,
  }));
  return {
    format: "debrief-backup",
    version: 1,
    exportedAt: NOW,
    tables: { applications, events, interviews, emails, reminders, settings: [] },
  };
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const hostileCsv = () =>
  [
    "Job Position,Company,Status,Location,URL,Date Saved,Notes",
    ...PAYLOADS.slice(0, 12).map((p) =>
      [
        csvCell(`CSV ${p.text}`),
        csvCell(p.text),
        "Applied",
        csvCell(p.text),
        csvCell(p.text),
        "2025-02-01",
        csvCell(p.text),
      ].join(","),
    ),
  ].join("\r\n");

let ext: Extension;
const dialogs: string[] = [];

/** Page-side tripwires: a setter on window.__pwned and a log of CSP violations. */
function tripwires() {
  const w = window as unknown as { __pwnedLog: string[]; __csp: string[] };
  w.__pwnedLog = [];
  w.__csp = [];
  Object.defineProperty(window, "__pwned", {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => {
      w.__pwnedLog.push(String(value));
    },
  });
  document.addEventListener("securitypolicyviolation", (e) => {
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
  });
}

beforeAll(async () => {
  ext = await launchExtension();
  await ext.context.addInitScript(tripwires);
  const watch = (page: Page) =>
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  ext.context.pages().forEach(watch);
  ext.context.on("page", watch);
}, 60_000);
afterAll(async () => {
  await ext?.close();
});

/** Nothing ran, nothing became markup or a scriptable link, nothing tried to load. */
async function expectInert(page: Page, where: string) {
  const report = await page.evaluate(() => {
    const w = window as unknown as { __pwnedLog?: string[]; __csp?: string[] };
    const all = [document.documentElement, ...document.querySelectorAll("*")];
    // Open shadow roots too (the job-board panel).
    for (const el of [...all]) if (el.shadowRoot) all.push(...el.shadowRoot.querySelectorAll("*"));
    const handlers = all.flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`),
    );
    const links = all
      .flatMap((el) =>
        ["href", "src", "action", "formaction", "data", "xlink:href"].map((n) => el.getAttribute(n)),
      )
      .filter((v): v is string => v !== null)
      .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v));
    const foreign = all
      .filter((el) =>
        ["iframe", "object", "embed", "base", "meta", "form", "svg", "math", "img"].includes(el.localName),
      )
      .filter((el) => el.localName !== "meta" || el.hasAttribute("http-equiv"))
      .filter((el) => el.localName !== "form" || el.hasAttribute("action"))
      .filter((el) => el.localName !== "svg" || /pwned|onload|script/i.test(el.outerHTML))
      .map((el) => el.outerHTML.slice(0, 80));
    // Scripts that can run: ours (extension pages), none on a web page but its own data blocks.
    const scripts = [...document.scripts]
      .filter((s) => s.type !== "application/ld+json" && !s.src.startsWith(location.origin))
      .map((s) => s.outerHTML.slice(0, 80));
    return { pwned: w.__pwnedLog ?? [], csp: w.__csp ?? [], handlers, links, foreign, scripts };
  });
  expect(report, where).toEqual({ pwned: [], csp: [], handlers: [], links: [], foreign: [], scripts: [] });
  expect(dialogs, where).toEqual([]);
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

describe("hostile input", () => {
  it("imports payloads from a backup and a CSV, and every view shows them as text", async () => {
    const data = await ext.open("options/options.html#/data");
    await data.getByLabel("Backup file (.json)").setInputFiles({
      name: "hostile.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(hostileBackup())),
    });
    await data.getByRole("button", { name: "Replace my data with this backup" }).click();
    await data
      .getByRole("status")
      .filter({ hasText: `Imported ${PAYLOADS.length} applications` })
      .waitFor();
    await data
      .getByLabel("CSV file")
      .setInputFiles({ name: "hostile.csv", mimeType: "text/csv", buffer: Buffer.from(hostileCsv()) });
    await data.getByRole("button", { name: /^Import \d+ applications?$/ }).click();
    await data
      .getByRole("status")
      .filter({ hasText: /Added \d+ applications?/ })
      .waitFor();
    await expectInert(data, "data page after imports");

    // Popup: recent list, due list, suggestion.
    const popup = await ext.open("popup/popup.html");
    await popup.locator(".recent-item").first().waitFor();
    await popup.waitForTimeout(300);
    await expectInert(popup, "popup");
    const popupText = await bodyText(popup);
    expect(popupText).toContain(PAYLOADS[0]!.text.slice(0, 40));

    // Options: table (search for a payload too), application pages, statistics, settings.
    const table = await ext.open("options/options.html#/applications");
    await table.locator("tbody tr[aria-rowindex]").first().waitFor();
    await expectInert(table, "applications table");
    const needle = PAYLOADS.find((p) => p.id === "img-onerror")!.text;
    await table.getByLabel("Search").fill("onerror");
    await table
      .getByRole("row", { name: new RegExp(needle.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
      .first()
      .waitFor();
    expect(await bodyText(table)).toContain(needle);
    await table.getByRole("button", { name: "Board view" }).click();
    await table.locator(".board-card").first().waitFor();
    await expectInert(table, "board");

    for (const id of ["h000", "h002", "h003", "h009", "h013", "h024", "h026"]) {
      const page = await ext.open(`options/options.html#/application/${id}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForTimeout(200);
      await expectInert(page, `application ${id}`);
      if (id === "h000") {
        const text = await bodyText(page);
        for (const p of PAYLOADS.filter(
          (p) => !/^\s/.test(p.text) && !["null-byte", "rtl-override"].includes(p.id),
        ).slice(0, 20))
          expect(text, p.id).toContain(p.text.replace(/\s+/g, " ").trim().slice(0, 30));
      }
      await page.close();
    }
    for (const hash of ["#/statistics", "#/settings"]) {
      const page = await ext.open(`options/options.html${hash}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForTimeout(300);
      await expectInert(page, hash);
      await page.close();
    }
    expect(ext.strayRequests).toEqual([]);
  });

  it("a job page whose posting is a payload shows it as text in the panel", async () => {
    const title = PAYLOADS.find((p) => p.id === "img-onerror")!.text;
    const company = PAYLOADS.find((p) => p.id === "svg-onload")!.text;
    const url = "https://boards.greenhouse.io/hostile/jobs/4455667";
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title,
      hiringOrganization: {
        "@type": "Organization",
        name: company,
        sameAs: "javascript:window.__pwned='ld'",
      },
      description: PAYLOADS.map((p) => p.text).join(" "),
      url: "javascript:window.__pwned='ldurl'",
      jobLocation: { "@type": "Place", address: { addressLocality: PAYLOADS[2]!.text } },
    }).replace(/</g, "\\u003c");
    const html = `<!doctype html><html><head><title>${title.replace(/</g, "&lt;")}</title>
<script type="application/ld+json">${ld}</script></head>
<body><h1 class="app-title">${title.replace(/</g, "&lt;")}</h1><div class="company-name">${company.replace(/</g, "&lt;")}</div></body></html>`;
    // Registered after the harness's catch-all, so it answers first.
    await ext.context.route(url, (route) =>
      route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }),
    );
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = page.locator("debrief-panel, [data-debrief-panel]").first();
    await panel.waitFor({ state: "attached", timeout: 15_000 });
    await page.waitForTimeout(500);
    await expectInert(page, "job page with the panel");
    // Shown as text or as the value of an editable field (Role, Company), never as markup.
    const shown = await panel.evaluate((el) => {
      const root = el.shadowRoot ?? el;
      const values = [...root.querySelectorAll("input, textarea")].map((i) => (i as HTMLInputElement).value);
      return [root.textContent ?? "", ...values].join("\n");
    });
    expect(shown).toContain(title);
    expect(shown).toContain(company);
    // Saving it keeps the payload as data; the popup then shows it as text.
    const save = page.getByRole("button", { name: /Save job/ });
    if (await save.count()) {
      await save.first().click();
      await page.waitForTimeout(500);
      await expectInert(page, "job page after saving");
    }
    const popup = await ext.open("popup/popup.html");
    await popup.locator(".recent-item, section.empty").first().waitFor();
    await expectInert(popup, "popup after saving the hostile job");
  });

  it("the tripwires do catch a payload that reaches the DOM as markup (control)", async () => {
    const page = await ext.open("popup/popup.html");
    await page.locator(".recent-item, section.empty").first().waitFor();
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img src="x" onerror="window.__pwned='control'">`);
    });
    await page.waitForTimeout(300);
    await expect(expectInert(page, "control")).rejects.toThrow(/control/);
    await page.close();
  });
});
