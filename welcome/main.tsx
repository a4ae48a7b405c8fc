// First-run page entry (opened by the background on install).
import "../src/ui/base.css";
import "../src/ui/welcome/welcome.css";
import { render } from "preact";
import { getDb } from "../src/db";
import { browser } from "../src/shared/browser";
import { viewPagePath } from "../src/shared/pages";
import { announceWrites } from "../src/ui/announce-writes";
import { watchTheme } from "../src/ui/options/settings/theme";
import { browserWebmailAccess } from "../src/ui/options/webmail-access";
import { WelcomeApp } from "../src/ui/welcome/WelcomeApp";

const db = getDb();
announceWrites(db);
watchTheme(db);
render(
  <WelcomeApp
    actions={{
      webmail: browserWebmailAccess(db),
      optionsHref: browser.runtime.getURL(viewPagePath("applications")),
      settingsHref: browser.runtime.getURL(viewPagePath("settings")),
    }}
  />,
  document.getElementById("root")!,
);
