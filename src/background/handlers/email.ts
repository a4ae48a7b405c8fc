// Email messages: the webmail readers' context and ingest, the chip's corrections, and "delete all
// email data" from the options page.
import { getDb } from "../../db";
import { getSetting } from "../../db/settings";
import { userTimeZone } from "../../shared/time-zone";
import { chipApplications, webmailContext } from "../email/context";
import { correctEmail, deleteAllEmailData, resolveProposal } from "../email/corrections";
import { ingestEmail } from "../email/ingest";
import { afterIngest, clearEmailNotifications } from "../email/notify";
import type { Routes, TabCaller } from "../listen";
import { refreshReminders } from "../reminders";

const env = () => ({ now: Date.now(), timeZone: userTimeZone() });

/** A reader may touch only its own provider's mail ("gmail:…" from Gmail). */
const ownMail = ({ emailId }: { emailId: string }, tab: TabCaller) =>
  tab.provider !== undefined && emailId.startsWith(`${tab.provider}:`);

type EmailRoutes = Pick<
  Routes,
  | "webmail/context"
  | "email/ingest"
  | "email/applications"
  | "email/correct"
  | "email/status"
  | "email/delete-all"
>;

export const emailHandlers: EmailRoutes = {
  "webmail/context": {
    from: "webmail",
    run: (_arg, caller) => webmailContext(getDb(), caller.kind === "tab" ? caller.provider : undefined),
  },
  "email/ingest": {
    from: "webmail",
    // Only a reader on its own provider's page, with tagging on for that provider, may add email.
    own: (message, tab) => message.provider === tab.provider,
    run: async (message) => {
      if (!(await getSetting(getDb(), "webmailProviders")).includes(message.provider)) return null;
      const { tag, created, notable } = await ingestEmail(getDb(), message, env());
      if (tag && created) await afterIngest(tag, notable);
      return tag;
    },
  },
  "email/applications": { from: "webmail", run: () => chipApplications(getDb()) },
  "email/correct": {
    from: "webmail",
    own: ownMail,
    run: async (change) => {
      const tag = await correctEmail(getDb(), change, env());
      await refreshReminders();
      return tag;
    },
  },
  "email/status": {
    from: "webmail",
    own: ownMail,
    run: ({ emailId, accept }) => resolveProposal(getDb(), { emailId, accept }, env()),
  },
  // Options page only: no content script may delete mail data.
  "email/delete-all": {
    from: "extension",
    run: async () => {
      const counts = await deleteAllEmailData(getDb(), env());
      await clearEmailNotifications();
      await refreshReminders();
      return counts;
    },
  },
};
