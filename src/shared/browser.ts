// The one import of webextension-polyfill. Everything else imports `browser` from here, so the
// polyfill (frozen upstream; both engines ship the promise-based API) can be dropped in one line,
// and unit tests mock this module instead of all of `chrome`.
import browser from "webextension-polyfill";

export type { Runtime, Tabs } from "webextension-polyfill";
export { browser };
