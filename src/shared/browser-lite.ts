// Stands in for webextension-polyfill in the job-board content scripts' bundle (build.mjs aliases it
// there only): they use runtime.sendMessage and runtime.onMessage, which Firefox's `browser` has and
// Chromium's promise-returning `chrome` has but for listeners that answer with a promise. 3 kB of the
// 25 kB budget saved; extension pages, the worker and the webmail readers keep the real polyfill.
// Beside browser.ts, so the two ways `browser` is provided live in one room.

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

interface ChromeLike {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        fn: (message: unknown, sender: unknown, respond: (value: unknown) => void) => boolean,
      ): void;
    };
  };
}

const native = (globalThis as { browser?: { runtime?: unknown } }).browser;
const chromeApi = (globalThis as unknown as { chrome: ChromeLike }).chrome;

const lite = {
  runtime: {
    sendMessage: (message: unknown) => chromeApi.runtime.sendMessage(message),
    onMessage: {
      addListener(listener: Listener) {
        chromeApi.runtime.onMessage.addListener((message, sender, respond) => {
          const reply = listener(message, sender);
          if (!reply || typeof reply.then !== "function") return false;
          reply.then(respond, (error: unknown) =>
            respond({ ok: false, error: { name: "Error", message: String(error) } }),
          );
          return true; // answered asynchronously
        });
      },
    },
  },
};

export default native?.runtime ? native : lite;
