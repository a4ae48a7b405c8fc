// Email messages: the webmail readers' context and ingest, the chip's corrections, and "delete all
// email data" from the options page.
import { getDb } from "../../db";
import { getSetting } from "../../db/settings";
import type { Handlers } from "../../shared/messaging";
import { chipApplications, providerOf, webmailContext } from "../email/context";
import { correctEmail, deleteAllEmailData, resolveProposal } from "../email/corrections";
import { ingestEmail } from "../email/ingest";
import { afterIngest } from "../email/notify";
import { refreshReminders } from "../reminders";

const env = () => ({ now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });

type EmailHandlers = Pick<
  Handlers,
  | "webmail/context"
  | "email/ingest"
  | "email/applications"
  | "email/correct"
  | "email/status"
  | "email/delete-all"
>;

export const emailHandlers: EmailHandlers = {
  "webmail/context": (_arg, sender) => webmailContext(getDb(), providerOf(sender.url)),
  "email/ingest": async (message, sender) => {
    // Only a reader on its own provider's page, with tagging on for that provider, may add email.
    if (sender.tab && providerOf(sender.url) !== message?.provider) {
      throw new Error("Not sent from that provider's page.");
    }
    if (!(await getSetting(getDb(), "webmailProviders")).includes(message.provider)) return null;
    const { tag, created, notable } = await ingestEmail(getDb(), message, env());
    if (tag && created) await afterIngest(tag, notable);
    return tag;
  },
  "email/applications": () => chipApplications(getDb()),
  "email/correct": async (change) => {
    const tag = await correctEmail(getDb(), change, env());
    await refreshReminders();
    return tag;
  },
  "email/status": ({ emailId, accept }) =>
    resolveProposal(getDb(), { emailId, accept: accept === true }, env()),
  "email/delete-all": async () => {
    const counts = await deleteAllEmailData(getDb(), env());
    await refreshReminders();
    return counts;
  },
};
