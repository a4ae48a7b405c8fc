// Sending and answering protocol messages. Both sides use these two functions only.
import { browser, type Runtime } from "./browser";
import type { Arg, Envelope, ErrorData, MessageType, Reply, Result } from "./protocol";
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
    if (!isEnvelope(message)) return undefined;
    return dispatch(handlers, message, sender);
  });
}
