// Email in the background: reader registration per provider, ingest, corrections.
import { listenForEmailNotifications } from "./notify";
import { listenForWebmailAccess } from "./registration";

/** Registers the email listeners; called synchronously from the worker's top level. */
export function listenForEmail(): void {
  listenForWebmailAccess();
  listenForEmailNotifications();
}
