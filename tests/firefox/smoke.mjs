// Firefox smoke test: the build loads in Firefox ESR (headless, through `web-ext run`) and its pages
// work there: the popup renders, adds an application (IndexedDB), the options page lists it from
// storage, and the background answers a message. The job-board panel too: a recorded LinkedIn posting
// (tests/fixtures/posting/linkedin/guest-view.html) is served by the test's own HTTP server on
// 127.0.0.1; the panel appears collapsed in its shadow root, expands with the posting read from the
// page, "Save job" saves it through the background, the panel shows it tracked, and the options page
// lists it. A thank-you reminder's note (issue 17) renders on the options page, its Gmail link carries the
// note, and "I sent it" marks the reminder done through the background. The webmail reader (issue 13):
// a written Gmail rejection served at http://mail.google.com (the profile resolves the name to 127.0.0.1)
// is read by the content script, tagged by the background and shown in its chip.
//   node --experimental-websocket tests/firefox/smoke.mjs [--build] [--report file.json]
// Playwright cannot drive stock Firefox, so the test talks WebDriver BiDi to Firefox's own remote
// agent (--remote-debugging-port). BiDi refuses to navigate to moz-extension:// URLs, but the welcome
// page the extension opens on install is one of ours: the test navigates from inside it.
// Firefox loads a TEST COPY of the build (panel-page.mjs) whose LinkedIn content script also matches
// http://127.0.0.1/*: the real match patterns are https hosts a local server cannot be. The Chromium
// e2e (tests/e2e/jobboard.e2e.ts) exercises those real patterns (it routes the real URLs); this copy
// exercises the panel's code in Firefox: the per-board bundle as a content script, rendering in the
// shadow root, messaging the background, saving to IndexedDB. At 127.0.0.1 the URL picks no board
// adapter (adapters are chosen by their https host), so the posting is read by the generic path:
// schema.org JSON-LD, meta tags and the page's heading. The LinkedIn adapter's selectors are covered
// by the fixture unit tests and the Chromium e2e. Nothing here lives in the product.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { LOCAL_MATCH, MAIL_HOSTS, serveFixture, servePosting, testCopy } from "./panel-page.mjs";

const argv = process.argv.slice(2);
const reportFile = argv.includes("--report") ? argv[argv.indexOf("--report") + 1] : undefined;
const firefox = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const dist = resolve(process.env.DEBRIEF_DIST ?? "dist");
const results = [];

function finish(note) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name}${r.detail ? ` — ${r.detail}` : ""}`);
  if (note) console.log(`  note: ${note}`);
  if (reportFile) writeFileSync(reportFile, JSON.stringify({ passed, failed, note }));
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

if (!existsSync(firefox)) {
  if (reportFile)
    writeFileSync(
      reportFile,
      JSON.stringify({ passed: 0, failed: 0, note: `skipped: ${firefox} not installed` }),
    );
  console.log(`firefox smoke skipped: ${firefox} not installed (apt-get install -y firefox-esr)`);
  process.exit(0);
}
if (typeof WebSocket === "undefined") {
  console.error("needs a WebSocket: run with node --experimental-websocket (Node 20) or Node 22+");
  process.exit(2);
}
if (argv.includes("--build")) {
  if (spawnSync("node", ["build.mjs"], { stdio: "inherit" }).status !== 0) process.exit(1);
}
if (!existsSync(join(dist, "manifest.json"))) {
  console.error(`${dist} has no build: run npm run build first (or pass --build)`);
  process.exit(1);
}

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Firefox's crash helper leaves its process group; these are the ones that were not ours. */
const crashHelpers = () =>
  readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("firefox-esr/crashhelper");
      } catch {
        return false;
      }
    });
const helpersBefore = new Set(crashHelpers());

// The panel's page and the build copy that lets the LinkedIn content script run on it.
const POSTING = "linkedin/guest-view";
const copy = testCopy(dist);
const posting = await servePosting(POSTING);
// The webmail reader on written Gmail and Outlook pages, at their host names (resolved to 127.0.0.1,
// plain http). The Outlook page and URL are the Chromium e2e's (tests/e2e/webmail.e2e.ts).
const MAIL_FIXTURE = "webmail/written/gmail/single-rejection.html";
const mail = await serveFixture(MAIL_FIXTURE);
const OUTLOOK_FIXTURE = "webmail/written/outlook/thread-collapsed-interview.html";
const outlookMail = await serveFixture(OUTLOOK_FIXTURE);
const OUTLOOK_PATH =
  "/mail/0/inbox/id/AAQkADAwATM0MDAAMS1iNmQ4LWU3ZmYtMDACLTAwCgAQAGbhxPNV1k5Lm7c%2BqRzY1aE%3D";

const port = await freePort();
const webExt = spawn(
  join("node_modules", ".bin", "web-ext"),
  [
    "run",
    "--target",
    "firefox-desktop",
    "--firefox",
    firefox,
    "--no-input",
    "--no-reload",
    "--no-config-discovery",
    "--source-dir",
    copy.dir,
    `--arg=--remote-debugging-port=${port}`,
    // mail.google.com and outlook.live.com → 127.0.0.1, over http: no HSTS preload, no HTTPS-First upgrade.
    `--pref=network.dns.localDomains=${Object.values(MAIL_HOSTS).join(",")}`,
    "--pref=network.stricttransportsecurity.preloadlist=false",
    "--pref=dom.security.https_first=false",
    "--pref=dom.security.https_first_schemeless=false",
    "--start-url",
    "about:blank",
  ],
  { env: { ...process.env, MOZ_HEADLESS: "1" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
);
let log = "";
webExt.stdout.on("data", (d) => (log += d));
webExt.stderr.on("data", (d) => (log += d));
const stop = () => {
  try {
    process.kill(-webExt.pid, "SIGTERM"); // web-ext and the Firefox it started
  } catch {}
  posting.close();
  mail.close();
  outlookMail.close();
  setTimeout(() => {
    for (const pid of crashHelpers()) if (!helpersBefore.has(pid)) process.kill(Number(pid), "SIGTERM");
    copy.remove(); // after Firefox has let go of it
  }, 500).unref();
};
const deadline = setTimeout(() => {
  results.push({ ok: false, name: "finished within 120 s", detail: log.split("\n").slice(-5).join(" | ") });
  stop();
  const code = finish();
  setTimeout(() => process.exit(code), 700);
}, 120_000);

/** A minimal WebDriver BiDi client over Firefox's remote agent. */
async function bidi() {
  let ws;
  for (let i = 0; i < 60 && !ws; i++) {
    await sleep(500);
    if (!log.includes("Installed")) continue; // the add-on first: it opens the welcome page
    ws = await new Promise((done) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
      socket.onopen = () => done(socket);
      socket.onerror = () => done(undefined);
    });
  }
  if (!ws) throw new Error(`no remote agent on port ${port}: ${log.split("\n").slice(-3).join(" | ")}`);
  let id = 0;
  const pending = new Map();
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  };
  const send = (method, params) =>
    new Promise((done, fail) => {
      const n = ++id;
      pending.set(n, (msg) =>
        msg.type === "error" ? fail(new Error(`${method}: ${msg.message}`)) : done(msg.result),
      );
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  await send("session.new", { capabilities: {} });
  return { send, close: () => ws.close() };
}

async function check(name, fn) {
  try {
    const detail = await fn();
    results.push({ ok: true, name, detail });
  } catch (error) {
    results.push({ ok: false, name, detail: error.message });
  }
}

let exitCode = 1;
try {
  const { send, close } = await bidi();
  /** Evaluates an expression (awaiting a promise) in a context; returns its JSON-able value. */
  const evaluate = async (context, expression) => {
    const r = await send("script.evaluate", {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type !== "success") throw new Error(r.exceptionDetails?.text ?? "script failed");
    return JSON.parse(r.result.value ?? "null");
  };
  const waitFor = async (context, expression, what) => {
    for (let i = 0; i < 50; i++) {
      const value = await evaluate(context, expression).catch(() => null);
      if (value) return value;
      await sleep(200);
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  // A new tab in the window of the extension's own tab. Without a reference context Firefox ESR 140
  // picks the last focused window, which after the panel and mail steps is not always a tab browser
  // ("lazy.TabManager.getTabBrowser(...) is undefined" on create).
  const newTab = async () =>
    (
      await send("browsingContext.create", {
        type: "tab",
        ...(page ? { referenceContext: page.context } : {}),
      })
    ).context;

  let page;
  let base;
  await check("the build installs and its welcome page opens", async () => {
    for (let i = 0; i < 50 && !page; i++) {
      const { contexts } = await send("browsingContext.getTree", {});
      page = contexts.find((c) => c.url.startsWith("moz-extension://"));
      if (!page) await sleep(200);
    }
    if (!page) throw new Error("no moz-extension:// tab opened");
    base = page.url.replace(/welcome\/welcome\.html.*$/, "");
    return page.url;
  });
  if (page) {
    const go = (path) => evaluate(page.context, `(location.href = ${JSON.stringify(base + path)}, true)`);
    await check("popup renders its first-run screen", async () => {
      await go("popup/popup.html");
      return waitFor(
        page.context,
        `document.body.innerText.includes("Track your first application") && location.pathname`,
        "the first-run heading",
      );
    });
    await check("popup adds an application (IndexedDB write)", async () => {
      // Real key presses (BiDi input actions): synthetic events from the test's realm do not reach
      // the page's listeners in Firefox.
      const type = async (label, text) => {
        await evaluate(
          page.context,
          `([...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith(${JSON.stringify(label)})).querySelector("input").focus(), true)`,
        );
        const actions = [...text].flatMap((value) => [
          { type: "keyDown", value },
          { type: "keyUp", value },
        ]);
        await send("input.performActions", {
          context: page.context,
          actions: [{ type: "key", id: "keyboard", actions }],
        });
      };
      await type("Company", "Firefox Foods");
      await type("Role", "Smoke Tester");
      await evaluate(
        page.context,
        `(() => {
          const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Add application");
          button.form.requestSubmit(button);
          return true;
        })()`,
      );
      try {
        return await waitFor(
          page.context,
          `document.querySelector('form[aria-label="Debrief: Smoke Tester · Firefox Foods"]') && "debrief form shown"`,
          "the debrief form",
        );
      } catch (error) {
        const text = await evaluate(
          page.context,
          `[...document.querySelectorAll("input")].map((i) => i.value).join("|") + " busy=" + [...document.querySelectorAll("button")].map((b) => b.disabled).join(",") + " " + (document.querySelector("[role=alert]")?.textContent ?? "")`,
        ).catch((e) => e.message);
        throw new Error(`${error.message}; the page shows: ${JSON.stringify(text)}`);
      }
    });
    await check("the background answers a message", async () => {
      const reply = await evaluate(
        page.context,
        `browser.runtime.sendMessage({ debrief: 1, type: "reminders/refresh", arg: {} })`,
      );
      if (!reply?.ok) throw new Error(JSON.stringify(reply));
      return JSON.stringify(reply);
    });
    await check("options page lists it from storage", async () => {
      await go("options/options.html#/applications");
      await waitFor(
        page.context,
        `[...document.querySelectorAll("tbody tr")].some((r) => r.textContent.includes("Firefox Foods"))`,
        "the table row",
      );
      const count = await evaluate(
        page.context,
        `new Promise((done) => { const o = indexedDB.open("debrief"); o.onsuccess = () => { const r = o.result.transaction("applications").objectStore("applications").count(); r.onsuccess = () => done(r.result); }; })`,
      );
      if (count !== 1) throw new Error(`${count} applications stored`);
      return "1 application in IndexedDB";
    });
    await check("storage survives a reload", async () => {
      await evaluate(page.context, "(location.reload(), true)");
      await sleep(500);
      return waitFor(
        page.context,
        `[...document.querySelectorAll("tbody tr")].some((r) => r.textContent.includes("Smoke Tester")) && "still listed"`,
        "the row after reload",
      );
    });

    // A thank-you note from a reminder (issue 17): the draft page renders in Firefox, its Gmail link carries
    // the note, and "I sent it" marks the reminder done through the background.
    const idb = (body) =>
      `new Promise((done, fail) => { const o = indexedDB.open("debrief"); o.onerror = () => fail(o.error); o.onsuccess = () => { const db = o.result; (${body})(db, (v) => { db.close(); done(v); }, fail); }; })`;
    let draftPath;
    await check("a thank-you reminder opens its note, with a Gmail link carrying it", async () => {
      const now = Date.now();
      draftPath = await evaluate(
        page.context,
        idb(`(db, done, fail) => {
          const apps = db.transaction("applications").objectStore("applications").getAll();
          apps.onsuccess = () => {
            const app = apps.result.find((a) => a.company === "Firefox Foods");
            const at = ${now} - 3 * 3600000;
            const tx = db.transaction(["interviews", "reminders"], "readwrite");
            tx.objectStore("interviews").put({ id: "ff-iv", applicationId: app.id, at, kind: "video", round: 1,
              interviewers: ["Ana Lopez"], signals: { "office-tour": true }, notes: "Discussed the <b>menu</b>.",
              createdAt: at, updatedAt: at });
            for (const [kind, title, dueAt] of [["thank-you", "Send a thank-you note", ${now} - 3600000],
                ["follow-up", "Send a polite follow-up", ${now} + 7 * 86400000]])
              tx.objectStore("reminders").put({ id: "ff-iv:" + kind, applicationId: app.id, interviewId: "ff-iv",
                kind, title, dueAt, done: 0 });
            tx.oncomplete = () => done("options/options.html#/application/" + encodeURIComponent(app.id) + "/draft/ff-iv%3Athank-you");
            tx.onerror = () => fail(tx.error);
          };
        }`),
      );
      await go(draftPath);
      const body = await waitFor(
        page.context,
        `document.querySelector(".draft-body")?.textContent.includes("walking me through the office") && document.querySelector(".draft-body").textContent`,
        "the note's text",
      );
      if (!body.startsWith("Hi Ana Lopez,") || !body.includes("talking about the <b>menu</b>."))
        throw new Error(`note reads ${JSON.stringify(body)}`);
      if (await evaluate(page.context, `document.querySelectorAll(".draft b, .draft img").length`))
        throw new Error("the note's markup became elements");
      const gmail = await evaluate(
        page.context,
        `[...document.querySelectorAll(".draft-send a")].find((a) => a.textContent === "Open in Gmail").href`,
      );
      const params = new URL(gmail).searchParams;
      if (params.get("body") !== body || params.get("su") !== "Thank you for the first-round video interview")
        throw new Error(`Gmail link ${gmail}`);
      return "note rendered; Gmail link has its subject and text";
    });
    await check('"I sent it" marks the thank-you done and the plan moves on', async () => {
      if (!draftPath) throw new Error("no draft (see above)");
      await evaluate(
        page.context,
        `([...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "I sent it").click(), true)`,
      );
      const next = await waitFor(
        page.context,
        `document.querySelector(".draft-done")?.textContent.includes("Marked as sent.") && document.querySelector(".draft-done").textContent`,
        "the sent confirmation",
      );
      if (!next.includes("Next: Send a polite follow-up")) throw new Error(next);
      const done = await evaluate(
        page.context,
        idb(
          `(db, done) => { const r = db.transaction("reminders").objectStore("reminders").get("ff-iv:thank-you"); r.onsuccess = () => done(r.result.done); }`,
        ),
      );
      if (done !== 1) throw new Error(`reminder done=${done}`);
      return "reminder done; next is the follow-up";
    });

    // The job-board panel, on the recorded LinkedIn page served at 127.0.0.1 (see the header).
    const { title, company } = posting.expected;
    /** An expression over the panel's open shadow root (null until the content script mounts it). */
    const inPanel = (body) =>
      `((shadow) => shadow ? (${body}) : null)(document.querySelector("debrief-panel")?.shadowRoot)`;
    let tab;
    let panelShown = false;
    const needPanel = () => {
      if (!panelShown) throw new Error("no panel to use (see above)");
    };
    await check("job-board panel appears collapsed on a LinkedIn posting (content script)", async () => {
      tab = await newTab();
      await send("browsingContext.navigate", { context: tab, url: posting.url, wait: "complete" });
      try {
        const found = await waitFor(
          tab,
          inPanel(
            `shadow.querySelector('button.launcher[aria-label="Save job to Debrief"]:not([hidden])') && "launcher shown in the shadow root"`,
          ),
          "the collapsed launcher",
        );
        panelShown = true;
        return found;
      } catch (error) {
        const seen = await evaluate(
          tab,
          `location.href + " debrief-panel elements: " + document.querySelectorAll("debrief-panel").length`,
        ).catch((e) => e.message);
        // Firefox runs an MV3 content script only where the add-on holds the host permission.
        const origins = await evaluate(
          page.context,
          `browser.permissions.getAll().then((p) => p.origins)`,
        ).catch((e) => e.message);
        // Did the content script run there (it sets __debriefPanel)? (executeScript shares the content scripts' isolated world.)
        const ran = await evaluate(
          page.context,
          `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url?.startsWith("http://127.0.0.1"))).then((t) => t ? browser.scripting.executeScript({ target: { tabId: t.id }, func: () => globalThis.__debriefPanel === true }).then((r) => r[0]?.result ?? r[0]?.error) : "no tab")`,
        ).catch((e) => e.message);
        const settings = await evaluate(
          page.context,
          `browser.runtime.sendMessage({ debrief: 1, type: "panel/settings", arg: { host: "127.0.0.1" } })`,
        ).catch((e) => e.message);
        throw new Error(
          `${error.message}; the page: ${seen}; ${LOCAL_MATCH} granted: ${Array.isArray(origins) ? origins.includes(LOCAL_MATCH) : origins}; content script ran: ${JSON.stringify(ran)}; panel setting: ${JSON.stringify(settings)}`,
        );
      }
    });
    await check("the panel expands with the posting read from the page (JSON-LD)", async () => {
      needPanel();
      await evaluate(tab, inPanel(`(shadow.querySelector("button.launcher").click(), true)`));
      const read = await waitFor(
        tab,
        inPanel(
          `shadow.querySelector("#debrief-title")?.value && [shadow.querySelector("#debrief-title").value, shadow.querySelector("#debrief-company").value]`,
        ),
        "the job form",
      );
      if (read[0] !== title || read[1] !== company)
        throw new Error(`read ${JSON.stringify(read)}, expected ${JSON.stringify([title, company])}`);
      return `${read[0]} · ${read[1]}`;
    });
    await check('"Save job" saves through the background and the panel shows it tracked', async () => {
      needPanel();
      await evaluate(
        tab,
        inPanel(
          `([...shadow.querySelectorAll("button")].find((b) => b.textContent.trim() === "Save job").click(), true)`,
        ),
      );
      return waitFor(
        tab,
        inPanel(
          `shadow.querySelector('[role="status"]')?.textContent.includes("Saved to Debrief · Saved") && shadow.querySelector("button.launcher")?.textContent.includes("Tracked · Saved") && shadow.querySelector('[role="status"]').textContent.trim()`,
        ),
        "the tracked status",
      );
    });
    await check("options page lists the job saved from the panel", async () => {
      needPanel();
      // A fresh load, not a hash change (the previous check left this page on the same URL).
      const url = JSON.stringify(`${base}options/options.html#/applications`);
      await evaluate(
        page.context,
        `(location.href === ${url} ? location.reload() : (location.href = ${url}), true)`,
      );
      await sleep(300);
      await waitFor(
        page.context,
        `[...document.querySelectorAll("tbody tr")].some((r) => r.textContent.includes(${JSON.stringify(title)}) && r.textContent.includes(${JSON.stringify(company)}))`,
        "the saved job's row",
      );
      const count = await evaluate(
        page.context,
        `new Promise((done) => { const o = indexedDB.open("debrief"); o.onsuccess = () => { const r = o.result.transaction("applications").objectStore("applications").count(); r.onsuccess = () => done(r.result); }; })`,
      );
      if (count !== 2) throw new Error(`${count} applications stored, expected 2`);
      return `${title} listed; 2 applications in IndexedDB`;
    });

    // The webmail reader (issue 13): tagging on for Gmail, an application tracked, a rejection opened.
    let mailTab;
    await check("the webmail reader tags a Gmail rejection (content script, Xray-safe reads)", async () => {
      const now = Date.now() - 30 * 86400000;
      await evaluate(
        page.context,
        idb(`(db, done, fail) => {
          const tx = db.transaction(["applications", "events", "settings"], "readwrite");
          tx.objectStore("settings").put({ key: "webmailProviders", value: ["gmail"] });
          tx.objectStore("applications").put({ id: "app-northwind", company: "Northwind Robotics",
            title: "Robotics Software Engineer", companyDomains: [], status: "applied", source: "manual",
            createdAt: ${now}, updatedAt: ${now}, lastActivityAt: ${now}, archived: 0 });
          tx.objectStore("events").put({ id: "app-northwind-applied", kind: "applied", applicationId: "app-northwind", at: ${now} });
          tx.oncomplete = () => done(true);
          tx.onerror = () => fail(tx.error);
        }`),
      );
      mailTab = await newTab();
      const url = `http://${MAIL_HOSTS.gmail}:${mail.port}/mail/u/0/#inbox/FMfcgzQcqbVHxKcPzrQWxLvNlDwTgmkS`;
      await send("browsingContext.navigate", { context: mailTab, url, wait: "complete" });
      const chip = await waitFor(
        mailTab,
        `document.querySelector("debrief-email-chip")?.shadowRoot?.querySelector("button.tag")?.textContent`,
        "the email chip",
      ).catch(async (error) => {
        const seen = await evaluate(
          mailTab,
          `location.href + " chips: " + document.querySelectorAll("debrief-email-chip").length`,
        ).catch((e) => e.message);
        throw new Error(`${error.message}; the page: ${seen}`);
      });
      if (!/Rejection/.test(chip) || !/Northwind Robotics/.test(chip))
        throw new Error(`chip reads ${JSON.stringify(chip)}`);
      const stored = await evaluate(
        page.context,
        idb(
          `(db, done) => { const r = db.transaction("emails").objectStore("emails").getAll(); r.onsuccess = () => done(r.result.map((e) => [e.id, e.category, e.applicationId])); }`,
        ),
      );
      if (
        JSON.stringify(stored) !== JSON.stringify([["gmail:18be1a2b3c4d5e6f", "rejected", "app-northwind"]])
      )
        throw new Error(`emails stored: ${JSON.stringify(stored)}`);
      return `chip "${chip.replace(/\s+/g, " ").trim()}"; 1 email stored`;
    });

    // Outlook on the web: tagging on for it too, a second application, an interview invitation opened.
    await check(
      "the webmail reader tags an Outlook on the web invitation (content script, Xray-safe reads)",
      async () => {
        const now = Date.now() - 20 * 86400000;
        await evaluate(
          page.context,
          idb(`(db, done, fail) => {
          const tx = db.transaction(["applications", "events", "settings"], "readwrite");
          tx.objectStore("settings").put({ key: "webmailProviders", value: ["gmail", "outlook"] });
          tx.objectStore("applications").put({ id: "app-woodgrove", company: "Woodgrove Bank",
            title: "Operations Analyst", companyDomains: [], status: "applied", source: "manual",
            createdAt: ${now}, updatedAt: ${now}, lastActivityAt: ${now}, archived: 0 });
          tx.objectStore("events").put({ id: "app-woodgrove-applied", kind: "applied", applicationId: "app-woodgrove", at: ${now} });
          tx.oncomplete = () => done(true);
          tx.onerror = () => fail(tx.error);
        }`),
        );
        const outlookTab = await newTab();
        const url = `http://${MAIL_HOSTS.outlook}:${outlookMail.port}${OUTLOOK_PATH}`;
        await send("browsingContext.navigate", { context: outlookTab, url, wait: "complete" });
        const chip = await waitFor(
          outlookTab,
          `document.querySelector("debrief-email-chip")?.shadowRoot?.querySelector("button.tag")?.textContent`,
          "the email chip",
        ).catch(async (error) => {
          const seen = await evaluate(
            outlookTab,
            `location.href + " chips: " + document.querySelectorAll("debrief-email-chip").length`,
          ).catch((e) => e.message);
          throw new Error(`${error.message}; the page: ${seen}`);
        });
        if (!/Interview/.test(chip) || !/Woodgrove Bank/.test(chip))
          throw new Error(`chip reads ${JSON.stringify(chip)}`);
        const stored = await evaluate(
          page.context,
          idb(
            `(db, done) => { const r = db.transaction("emails").objectStore("emails").getAll(); r.onsuccess = () => done(r.result.filter((e) => e.id.startsWith("outlook:")).map((e) => [e.id, e.category, e.applicationId])); }`,
          ),
        );
        // The key the reader gives this message in Chromium and in node (expected.json): the same here.
        const key = "outlook:AAQkADAwATM0MDAAMS1iNmQ4LWU3ZmYtMDACLTAwCgAQAGbhxPNV1k5Lm7c+qRzY1aE=.5hdvtt";
        if (JSON.stringify(stored) !== JSON.stringify([[key, "interview", "app-woodgrove"]]))
          throw new Error(`Outlook emails stored: ${JSON.stringify(stored)}`);
        return `chip "${chip.replace(/\s+/g, " ").trim()}"; 1 Outlook email stored`;
      },
    );
  }
  close();
  exitCode = finish(
    `job-board panel exercised on ${POSTING} at 127.0.0.1, the webmail reader on ${MAIL_FIXTURE} at http://${MAIL_HOSTS.gmail} and ${OUTLOOK_FIXTURE} at http://${MAIL_HOSTS.outlook} (resolved to 127.0.0.1), all through a test copy of the build (real match patterns: Chromium e2e)`,
  );
} catch (error) {
  results.push({ ok: false, name: "Firefox with the build and its remote agent", detail: error.message });
  exitCode = finish();
} finally {
  clearTimeout(deadline);
  stop();
}
await sleep(1000);
process.exit(exitCode);
