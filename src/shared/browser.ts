// The one import of webextension-polyfill. Everything else imports `browser` from here, so the
// polyfill (frozen upstream; both engines ship the promise-based API) can be dropped in one line,
// and unit tests mock this module instead of all of `chrome`. The job-board content scripts' bundle
// swaps the polyfill for browser-lite.ts beside this file (build.mjs), to keep within its 25 kB budget.
import browser from "webextension-polyfill";

export type { Runtime, Tabs } from "webextension-polyfill";
export { browser };
