// The webmail providers Debrief reads, and the hosts each one is served from: one list for the
// options page's permission toggles, the worker's reader registration and sender check, the readers
// themselves and (checked by a test) manifest.json's optional_host_permissions.
import type { EmailProvider } from "./types";

export const WEBMAIL_PROVIDERS: readonly EmailProvider[] = ["gmail", "outlook"];

export const PROVIDER_LABEL: Record<EmailProvider, string> = {
  gmail: "Gmail",
  outlook: "Outlook on the web",
};

export const PROVIDER_HOSTS: Record<EmailProvider, readonly string[]> = {
  gmail: ["mail.google.com"],
  outlook: ["outlook.live.com", "outlook.office.com", "outlook.office365.com"],
};

/** The host-permission patterns for a provider: what the user grants, and where its reader runs. */
export const PROVIDER_ORIGINS: Record<EmailProvider, string[]> = {
  gmail: PROVIDER_HOSTS.gmail.map((host) => `https://${host}/*`),
  outlook: PROVIDER_HOSTS.outlook.map((host) => `https://${host}/*`),
};

/** The provider a page belongs to, from its address; undefined for any other page. */
export function providerOf(url: string | undefined): EmailProvider | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return WEBMAIL_PROVIDERS.find((p) => PROVIDER_HOSTS[p].includes(host));
}
