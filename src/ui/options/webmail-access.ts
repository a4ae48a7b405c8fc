// Turning email tagging on or off for a webmail provider. On means two things that must agree: the host
// permission for the provider's origins (asked for when the user turns it on, given back when off) and
// the `webmailProviders` setting the readers check. Views get the interface, so tests pass a fake.
import type { EmailProvider } from "../../core/types";
import { PROVIDER_ORIGINS, WEBMAIL_PROVIDERS } from "../../core/webmail-providers";
import type { DebriefDB } from "../../db/schema";
import { getSetting, setSetting } from "../../db/settings";
import { browser } from "../../shared/browser";

export interface WebmailAccess {
  isEnabled(provider: EmailProvider): Promise<boolean>;
  /** Asks for the permission; true when granted (the user may refuse). Call it straight from a click. */
  enable(provider: EmailProvider): Promise<boolean>;
  disable(provider: EmailProvider): Promise<void>;
}

export function browserWebmailAccess(db: DebriefDB): WebmailAccess {
  const store = async (provider: EmailProvider, on: boolean) => {
    const current = await getSetting(db, "webmailProviders");
    const next = WEBMAIL_PROVIDERS.filter((p) => (p === provider ? on : current.includes(p)));
    await setSetting(db, "webmailProviders", next);
  };
  return {
    async isEnabled(provider) {
      // A restored backup or a permission removed in the browser's own settings can make them disagree.
      const [stored, granted] = await Promise.all([
        getSetting(db, "webmailProviders"),
        browser.permissions.contains({ origins: PROVIDER_ORIGINS[provider] }).catch(() => false),
      ]);
      return stored.includes(provider) && granted;
    },
    async enable(provider) {
      // request() must be the first thing after the click: the user gesture does not survive an await.
      const granted = await browser.permissions.request({ origins: PROVIDER_ORIGINS[provider] });
      if (granted) await store(provider, true);
      return granted;
    },
    async disable(provider) {
      await store(provider, false);
      await browser.permissions.remove({ origins: PROVIDER_ORIGINS[provider] }).catch(() => false);
    },
  };
}
