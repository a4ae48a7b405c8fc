// The handler table. Typed as `Handlers`, so a missing or mistyped handler fails to compile.
import type { Handlers } from "../../shared/messaging";
import { emailHandlers } from "./email";
import { interviewHandlers } from "./interview";
import { jobHandlers } from "./job";
import { panelHandlers } from "./panel";
import { reminderHandlers } from "./reminders";

export const handlers: Handlers = {
  ...jobHandlers,
  ...panelHandlers,
  ...interviewHandlers,
  ...reminderHandlers,
  ...emailHandlers,
};
