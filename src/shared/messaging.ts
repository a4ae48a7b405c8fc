// Sending and answering protocol messages. Both sides use these two functions only.
import { browser, type Runtime } from "./browser";
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

/** An error thrown by a handler in another context, re-thrown here with its name and message. */
export class RemoteError extends Error {
  constructor(data: ErrorData) {
    super(data.message);
    this.name = data.name;
  }
}

export async function send<K extends MessageType>(type: K, arg: Arg<K>): Promise<Reply<K>> {
  const envelope = { debrief: 1, type, arg } as Envelope;
  const result = (await browser.runtime.sendMessage(envelope)) as Result<Reply<K>> | undefined;
  if (!result) throw new RemoteError({ name: "NoReceiver", message: `No handler answered "${type}"` });
  if (!result.ok) throw new RemoteError(result.error);
  return result.value;
}

export type Handlers = {
  [K in MessageType]: (arg: Arg<K>, sender: Runtime.MessageSender) => Promise<Reply<K>> | Reply<K>;
};

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** Runs the handler for an envelope and wraps whatever happens as a Result. */
export async function dispatch(handlers: Handlers, envelope: Envelope, sender: Runtime.MessageSender) {
  try {
    // The union of handlers cannot be called with the union of args without this cast;
    // `Envelope` ties each type to its own arg, so the pair is consistent.
    const handler = handlers[envelope.type] as (arg: unknown, s: Runtime.MessageSender) => unknown;
    return { ok: true, value: await handler(envelope.arg, sender) } as Result<unknown>;
  } catch (error) {
    return { ok: false, error: toErrorData(error) } as Result<unknown>;
  }
}

/** Registers the handler table; call synchronously at the top level of the service worker. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    // The type is one of ours (checked above); the arg is as its sender typed it.
    return dispatch(handlers, message as Envelope, sender);
  });
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

/** Answers tab messages in a content script. */
export function listenInTab(handlers: TabHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type as TabMessageType] as (arg: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler(message.arg))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: toErrorData(error) }),
      );
  });
}
