// The first-run page: what Debrief does, privacy in two sentences, and email tagging per provider.
import { WebmailToggles } from "../options/settings/WebmailToggles";
import type { WebmailAccess } from "../options/webmail-access";

export interface WelcomeActions {
  webmail: WebmailAccess;
  optionsHref: string;
  settingsHref: string;
}

export function WelcomeApp({ actions }: { actions: WelcomeActions }) {
  return (
    <main class="welcome">
      <h1>Welcome to Debrief</h1>
      <p class="lead">Read the signs of each interview, and keep every application's story in one place.</p>

      <section aria-labelledby="welcome-what">
        <h2 id="welcome-what">What Debrief does</h2>
        <ul>
          <li>
            <strong>Save jobs in one click</strong> from LinkedIn, Greenhouse and other job boards, with a
            small panel on the posting.
          </li>
          <li>
            <strong>After an interview</strong>, open the toolbar button and tick the signs you noticed:
            Debrief gives an honest outlook with its reasons, and the dates for a thank-you note and a polite
            follow-up.
          </li>
          <li>
            <strong>Follow-up emails</strong> from companies are tagged as you open them and put on the
            application's timeline, if you turn that on below.
          </li>
        </ul>
      </section>

      <section aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">Your privacy</h2>
        <p>
          Everything Debrief records stays in this browser: there is no account, no server and no analytics,
          and it sends nothing anywhere. Email tagging stays off until you turn it on for a provider, and only
          job-related emails are kept.
        </p>
      </section>

      <section aria-labelledby="welcome-email">
        <h2 id="welcome-email">Email tagging</h2>
        <WebmailToggles actions={actions.webmail} />
        <p class="muted">
          You can change this at any time in <a href={actions.settingsHref}>Settings</a>.
        </p>
      </section>

      <p>
        <a class="button-link" href={actions.optionsHref}>
          Go to your applications
        </a>
      </p>
    </main>
  );
}
