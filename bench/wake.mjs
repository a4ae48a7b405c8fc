// Cold wake-to-reply: the service worker is stopped (CDP ServiceWorker.stopAllWorkers, as Chrome does
// after ~30 s idle), then one message wakes it. Two cases:
//   wake.panelColdMs  an extension page asks "panel/settings" (what the job-board panel asks first);
//   wake.emailColdMs  a Gmail message opens: the reader sends it, the worker classifies and stores it,
//                     the chip appears (time from the DOM change to the chip in the page).
// The warm twins (worker already running) show what the wake itself costs.
import { readFileSync } from "node:fs";
import { withGmail } from "./browser.mjs";

const GMAIL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVJmNzKxHpWcDqTrLsKvBnM";
/** A recorded-layout Gmail thread (written fixture); its open message is re-keyed for each run. */
const THREAD = new URL(
  "../tests/fixtures/webmail/written/gmail/thread-collapsed-interview.html",
  import.meta.url,
);

async function stopWorker(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await cdp.detach();
  // Let the stop land before the next message (it is asynchronous in the browser).
  await page.waitForTimeout(400);
}

/** One "panel/settings" round trip from an extension page, in ms. */
const askPanel = (page) =>
  page.evaluate(async () => {
    const t0 = performance.now();
    await chrome.runtime.sendMessage({ debrief: 1, type: "panel/settings", arg: { host: "example.com" } });
    return performance.now() - t0;
  });

/** Opens a new message in the Gmail-like page; resolves with the ms until its chip is shown. */
const openMessage = (page, id) =>
  page.evaluate(
    (messageId) =>
      new Promise((resolve, reject) => {
        const shown = [...document.querySelectorAll("[data-legacy-message-id]")].pop();
        // A new message element, as Gmail renders one: a copy of the open one under new ids.
        const message = shown.cloneNode(true);
        for (const chip of message.querySelectorAll("debrief-email-chip")) chip.remove();
        const t0 = performance.now();
        const found = () =>
          document.querySelector(`debrief-email-chip[data-email-id="gmail:${messageId}false"]`);
        new MutationObserver((_, observer) => {
          if (!found()) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        }).observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => reject(new Error("no chip within 10 s")), 10_000);
        // A new message: both of Gmail's id forms change (msg-f is the legacy hex id in decimal).
        message.setAttribute("data-legacy-message-id", messageId);
        message.setAttribute("data-message-id", `#msg-f:${BigInt(`0x${messageId}`).toString()}`);
        shown.replaceWith(message);
      }),
    id,
  );

/** The thread's company as a tracked application, written straight into the extension's database. */
const trackContoso = (page) =>
  page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open("debrief");
        open.onsuccess = () => {
          const now = Date.now() - 30 * 86_400_000;
          const id = "app-contoso";
          const tx = open.result.transaction(["applications", "events"], "readwrite");
          tx.objectStore("applications").put({
            id,
            company: "Contoso Health",
            title: "Data Analyst",
            companyDomains: [],
            status: "applied",
            source: "manual",
            createdAt: now,
            updatedAt: now,
            lastActivityAt: now,
            archived: 0,
          });
          tx.objectStore("events").put({ id: `${id}-applied`, kind: "applied", applicationId: id, at: now });
          tx.oncomplete = () => {
            open.result.close();
            done(id);
          };
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
  );

export function wakeRuns(dist, runs) {
  return withGmail(dist, async (ext) => {
    const out = {
      "wake.panelColdMs": [],
      "wake.panelWarmMs": [],
      "wake.emailColdMs": [],
      "wake.emailWarmMs": [],
    };
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options/options.html`);
    await trackContoso(options);
    ext.serve(GMAIL.split("#")[0], readFileSync(THREAD, "utf8"));
    const mail = await ext.context.newPage();
    await mail.goto(GMAIL);
    await mail.waitForSelector("debrief-email-chip", { state: "attached", timeout: 10_000 });
    let n = 0;
    const nextId = () => `18c1aa11bb${(0x100000 + n++).toString(16)}`;
    for (let i = 0; i < runs; i++) {
      await stopWorker(options);
      out["wake.panelColdMs"].push(await askPanel(options));
      out["wake.panelWarmMs"].push(await askPanel(options));
      await stopWorker(options);
      out["wake.emailColdMs"].push(await openMessage(mail, nextId()));
      out["wake.emailWarmMs"].push(await openMessage(mail, nextId()));
    }
    await mail.close();
    await options.close();
    return out;
  });
}
