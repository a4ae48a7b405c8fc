// Sending protocol messages, and answering the background's in a tab. The background answers through
// its own gate (background/listen.ts), which checks sender and argument before any handler runs.
import { browser } from "./browser";
import type {
  Arg,
  Envelope,
  ErrorData,
  MessageType,
  Reply,
  Result,
  TabMessageType,
  TabProtocol,
} from "./protocol";
import { isEnvelope } from "./protocol";

/** An error thrown by a handler in another context, re-thrown here with its name, message and cause. */
export class RemoteError extends Error {
  /** As Dexie names a wrapped error, so a caller looking down the chain (ui/undo's quota check) finds it. */
  readonly inner: RemoteError | undefined;
  constructor(data: ErrorData) {
    super(data.message);
    this.name = data.name;
    this.inner = data.inner ? new RemoteError(data.inner) : undefined;
  }
}

export async function send<K extends MessageType>(type: K, arg: Arg<K>): Promise<Reply<K>> {
  const envelope = { debrief: 1, type, arg } as Envelope;
  const result = (await browser.runtime.sendMessage(envelope)) as Result<Reply<K>> | undefined;
  if (!result) throw new RemoteError({ name: "NoReceiver", message: `No handler answered "${type}"` });
  if (!result.ok) throw new RemoteError(result.error);
  return result.value;
}

export function toErrorData(error: unknown, depth = 0): ErrorData {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const data: ErrorData = { name: error.name, message: error.message };
  // A few levels of Dexie's `inner` chain cross too: the quota error is found at the bottom of it.
  const inner = (error as { inner?: unknown }).inner;
  if (inner != null && depth < 4) data.inner = toErrorData(inner, depth + 1);
  return data;
}

export type TabHandlers = {
  [K in TabMessageType]: (
    arg: TabProtocol[K]["arg"],
  ) => Promise<TabProtocol[K]["reply"]> | TabProtocol[K]["reply"];
};

/** Asks one tab's content script; null when no content script of ours runs there. */
export async function sendToTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  arg: TabProtocol[K]["arg"],
): Promise<TabProtocol[K]["reply"] | null> {
  let result: Result<TabProtocol[K]["reply"]> | undefined;
  try {
    result = (await browser.tabs.sendMessage(tabId, { debrief: 1, type, arg })) as typeof result;
  } catch {
    return null; // No receiver: not a page we run on.
  }
  if (!result) return null;
  if (!result.ok) throw new RemoteError(result.error);
  return result.value;
}

/** Answers tab messages in a content script: each script answers only the types it names. */
export function listenInTab(handlers: Partial<TabHandlers>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as TabMessageType] as (arg: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler(message.arg))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: toErrorData(error) }),
      );
  });
}
