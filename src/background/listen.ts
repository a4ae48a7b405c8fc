// The background's side of the protocol: every message passes one gate before a handler runs.
//   1. Only the handler table's own names count (Object.hasOwn: "toString" is no message type).
//   2. The sender is classified by the browser's own facts: an extension page of ours, or a content
//      script of ours in the top frame of an http(s) tab. Anything else (another extension, a
//      sender without a page) is refused.
//   3. The route's `from` says who may call it; its `own` check keeps a content script to its own
//      tab (its site, its provider's mail, its site's applications).
//   4. The argument is parsed with the message's valibot schema (handlers/args.ts).
// Each refusal is a named error the caller's `send` re-throws: NotAllowed, UnknownMessage, BadMessage.
import * as v from "valibot";
import type { EmailProvider } from "../core/types";
import { providerOf } from "../core/webmail-providers";
import { browser, type Runtime, type Tabs } from "../shared/browser";
import { toErrorData } from "../shared/messaging";
import type { Arg, MessageType, Reply, Result } from "../shared/protocol";
import { isEnvelope } from "../shared/protocol";
import { ARGS } from "./handlers/args";

/** Who may send a message: extension pages only; also any tab's content script; also a webmail reader. */
export type Audience = "extension" | "tab" | "webmail";

export interface TabCaller {
  kind: "tab";
  tab: Tabs.Tab;
  tabId: number;
  /** The sending page's URL and host name, as the browser reports them. */
  url: string;
  host: string;
  /** The webmail provider whose page this is, if it is one. */
  provider: EmailProvider | undefined;
}
export type Caller = { kind: "extension" } | TabCaller;

export interface Route<K extends MessageType> {
  from: Audience;
  /** For a content script: is the argument about its own tab? Refused when not. */
  own?: (arg: Arg<K>, tab: TabCaller) => boolean | Promise<boolean>;
  run(arg: Arg<K>, caller: Caller): Promise<Reply<K>> | Reply<K>;
}
export type Routes = { [K in MessageType]: Route<K> };

class GateError extends Error {
  constructor(name: "NotAllowed" | "UnknownMessage" | "BadMessage", message: string) {
    super(message);
    this.name = name;
  }
}

/** The sender as the gate sees it; null when it is neither an extension page nor our content script. */
export function callerOf(sender: Runtime.MessageSender): Caller | null {
  if (sender.id !== browser.runtime.id || !sender.url) return null;
  if (sender.url.startsWith(browser.runtime.getURL(""))) return { kind: "extension" };
  const tab = sender.tab;
  if (tab?.id === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return {
    kind: "tab",
    tab,
    tabId: tab.id,
    url: sender.url,
    host: url.hostname,
    provider: providerOf(sender.url),
  };
}

function allowed(from: Audience, caller: Caller): boolean {
  if (caller.kind === "extension") return true;
  if (from === "tab") return true;
  return from === "webmail" && caller.provider !== undefined;
}

function badMessage(type: string, issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): GateError {
  const [first] = issues;
  const where = v.getDotPath(first) ?? "argument";
  return new GateError("BadMessage", `"${type}": ${where}: ${first.message}`);
}

/** Checks one message and runs its handler; every outcome is a Result. */
export async function dispatch(routes: Routes, message: unknown, sender: Runtime.MessageSender) {
  try {
    if (!isEnvelope(message) || !Object.hasOwn(routes, message.type) || !Object.hasOwn(ARGS, message.type)) {
      const type = isEnvelope(message) ? message.type : typeof message;
      throw new GateError("UnknownMessage", `"${type}" is not a Debrief message.`);
    }
    const type = message.type as MessageType;
    // One route and one schema per type; the pair is consistent by the table's typing.
    const route = routes[type] as unknown as Route<MessageType>;
    const caller = callerOf(sender);
    if (!caller || !allowed(route.from, caller)) {
      throw new GateError("NotAllowed", `"${type}" may not be sent from this page.`);
    }
    const parsed = v.safeParse(ARGS[type] as v.GenericSchema, message.arg);
    if (!parsed.success) throw badMessage(type, parsed.issues);
    const arg = parsed.output as Arg<MessageType>;
    if (caller.kind === "tab" && route.own && !(await route.own(arg, caller))) {
      throw new GateError("NotAllowed", `"${type}" may only be about this tab's own page.`);
    }
    return { ok: true, value: await route.run(arg, caller) } as Result<unknown>;
  } catch (error) {
    return { ok: false, error: toErrorData(error) } as Result<unknown>;
  }
}

/** Registers the gate; call synchronously at the top level of the service worker. */
export function listen(routes: Routes): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Not one of ours at all (no envelope): leave it to whoever else listens.
    if (!isEnvelope(message)) return undefined;
    return dispatch(routes, message, sender);
  });
}
