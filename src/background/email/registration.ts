// The webmail readers are registered only while the user has granted a provider's host access:
// granting (permissions.onAdded) registers that provider's reader, revoking (onRemoved, also from the
// browser's own site settings) unregisters it. Startup and install re-sync from permissions.contains,
// since registrations and grants can drift (an update, a profile copied elsewhere). The data path also
// checks the webmailProviders setting (see context.ts), so the two must agree before anything is read.
import type { EmailProvider } from "../../core/types";
import { PROVIDER_ORIGINS, WEBMAIL_PROVIDERS } from "../../core/webmail-providers";
import { browser } from "../../shared/browser";

export const READER_SCRIPT = "content/webmail.js";

export interface ReaderScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: "document_idle";
  persistAcrossSessions: boolean;
}

/** The few browser calls registration makes: tests pass a fake. */
export interface RegistrationApi {
  granted(origins: string[]): Promise<boolean>;
  registeredIds(): Promise<string[]>;
  register(script: ReaderScript): Promise<void>;
  unregister(id: string): Promise<void>;
  /** Runs the reader in tabs already open on these origins (a registration only covers new loads). */
  injectIntoOpenTabs(matches: string[], file: string): Promise<void>;
}

export const readerScriptId = (provider: EmailProvider) => `debrief-webmail-${provider}`;

export function readerScript(provider: EmailProvider): ReaderScript {
  return {
    id: readerScriptId(provider),
    matches: PROVIDER_ORIGINS[provider],
    js: [READER_SCRIPT],
    runAt: "document_idle",
    persistAcrossSessions: true,
  };
}

/** Registers or unregisters one provider's reader to match its grant. Returns whether it is registered. */
export async function syncReader(provider: EmailProvider, api: RegistrationApi): Promise<boolean> {
  const id = readerScriptId(provider);
  const granted = await api.granted(PROVIDER_ORIGINS[provider]).catch(() => false);
  const registered = (await api.registeredIds()).includes(id);
  try {
    if (granted && !registered) {
      await api.register(readerScript(provider));
      // Tagging turned on with the mailbox already open: no reload needed.
      await api.injectIntoOpenTabs(PROVIDER_ORIGINS[provider], READER_SCRIPT).catch(() => undefined);
    }
    if (!granted && registered) await api.unregister(id);
  } catch (error) {
    // Two syncs racing (install and grant at once): the other one did it. Anything else is real.
    if ((await api.registeredIds()).includes(id) !== granted) throw error;
  }
  return granted;
}

export async function syncReaders(api: RegistrationApi = browserRegistration()): Promise<EmailProvider[]> {
  const on: EmailProvider[] = [];
  for (const provider of WEBMAIL_PROVIDERS) if (await syncReader(provider, api)) on.push(provider);
  return on;
}

export function browserRegistration(): RegistrationApi {
  return {
    granted: (origins) => browser.permissions.contains({ origins }),
    registeredIds: async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
    register: (script) => browser.scripting.registerContentScripts([script]),
    unregister: (id) => browser.scripting.unregisterContentScripts({ ids: [id] }),
    async injectIntoOpenTabs(matches, file) {
      const tabs = await browser.tabs.query({ url: matches });
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? undefined
            : browser.scripting
                .executeScript({ target: { tabId: tab.id }, files: [file] })
                .catch(() => undefined),
        ),
      );
    },
  };
}

/** Registers the listeners; called synchronously from the worker's top level. */
export function listenForWebmailAccess(): void {
  const sync = () => void syncReaders().catch((error) => console.warn("Debrief: reader registration", error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
