// One switch per webmail provider. Used by Settings and by the first-run page.
import { useEffect, useState } from "preact/hooks";
import type { EmailProvider } from "../../../core/types";
import { PROVIDER_LABEL, WEBMAIL_PROVIDERS } from "../../../core/webmail-providers";
import type { WebmailAccess } from "../webmail-access";

type States = Partial<Record<EmailProvider, boolean>>;

export function WebmailToggles({ actions }: { actions: WebmailAccess }) {
  const [on, setOn] = useState<States>({});
  const [busy, setBusy] = useState<EmailProvider | null>(null);
  const [message, setMessage] = useState("");

  const refresh = async () => {
    const entries = await Promise.all(
      WEBMAIL_PROVIDERS.map(async (p) => [p, await actions.isEnabled(p)] as const),
    );
    setOn(Object.fromEntries(entries));
  };
  useEffect(() => {
    void refresh();
  }, [actions]);

  const toggle = (provider: EmailProvider, wanted: boolean) => {
    setBusy(provider);
    setMessage("");
    // enable() asks for the permission first thing, still inside the click.
    const work = wanted ? actions.enable(provider) : actions.disable(provider).then(() => true);
    work
      .then((ok) => {
        const name = PROVIDER_LABEL[provider];
        setMessage(
          wanted
            ? ok
              ? `Email tagging is on for ${name}.`
              : `${name} was not turned on: the browser's permission was not granted.`
            : `Email tagging is off for ${name}; Debrief can no longer read that site.`,
        );
      })
      .catch((error: unknown) =>
        setMessage(
          `Could not change ${PROVIDER_LABEL[provider]}: ${String((error as Error)?.message ?? error)}`,
        ),
      )
      .finally(() => {
        setBusy(null);
        void refresh();
      });
  };

  return (
    <fieldset class="webmail-toggles">
      <legend>Tag job emails as you open them</legend>
      {WEBMAIL_PROVIDERS.map((p) => (
        <label key={p} class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={on[p] === true}
            aria-checked={on[p] === true}
            disabled={busy !== null || on[p] === undefined}
            onChange={(e) => toggle(p, e.currentTarget.checked)}
          />
          <span>{PROVIDER_LABEL[p]}</span>
        </label>
      ))}
      <p class="muted">
        Debrief asks your browser for access to the provider's pages only when you turn it on, and gives it
        back when you turn it off. Only emails that look job-related are kept, on this computer.
      </p>
      <p role="status" class="toggle-status">
        {message}
      </p>
    </fieldset>
  );
}
