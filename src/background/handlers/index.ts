// The handler table. Typed as `Routes`, so a missing or mistyped handler fails to compile.
//
// Adding a handler: declare its arg and reply in shared/protocol.ts, its argument's valibot schema in
// ./args.ts (checked against the protocol at compile time), and a route here in its area's file:
//   "area/verb": { from, own?, run(arg, caller) }
// `from` is who may send it: "extension" (popup, options: everything that deletes, restores or touches
// reminders), "tab" (also any tab's content script: the job-board panel) or "webmail" (also a reader on
// its provider's page). `own` keeps a content script to its own tab (its site, its provider's mail).
// `run` gets the argument already checked and the caller (see ../listen.ts); it never sees a raw sender.
import type { Routes } from "../listen";
import { emailHandlers } from "./email";
import { healthHandlers } from "./health";
import { interviewHandlers } from "./interview";
import { jobHandlers } from "./job";
import { panelHandlers } from "./panel";
import { reminderHandlers } from "./reminders";

export const handlers: Routes = {
  ...jobHandlers,
  ...panelHandlers,
  ...interviewHandlers,
  ...reminderHandlers,
  ...emailHandlers,
  ...healthHandlers,
};
