// Service-worker entry. Listeners are registered synchronously at the top level so a worker woken
// by an event finds them; no state lives in globals (the worker stops after ~30 s idle).
import { browser } from "../shared/browser";
import { pushTrackedChanges } from "../shared/tracked-push";
import { listenForCommands } from "./commands";
import { listenForContextMenu } from "./context-menu";
import { listenForEmail } from "./email";
import { handlers } from "./handlers";
import { listen } from "./listen";
import { refreshDerived } from "./refresh";
import { listenForReminders } from "./reminders";
import { listenForStatusClock } from "./status-clock";

listen(handlers);
listenForReminders();
listenForStatusClock();
listenForEmail();
listenForContextMenu();
listenForCommands();
// Open webmail readers hear of application changes (a write here or relayed from a page).
pushTrackedChanges();

// A first install opens the welcome page: what Debrief does, privacy, and email tagging per provider.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("welcome/welcome.html") });
});

// Every start: pages write the database directly, and one may have written while the worker slept.
void refreshDerived().catch((error: unknown) =>
  console.warn("Debrief: badge and alarms not refreshed", error),
);
