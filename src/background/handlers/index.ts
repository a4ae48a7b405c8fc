// The handler table. Typed as `Handlers`, so a missing or mistyped handler fails to compile.
import type { Handlers } from "../../shared/messaging";
import { jobHandlers } from "./job";
import { reminderHandlers } from "./reminders";

export const handlers: Handlers = {
  ...jobHandlers,
  ...reminderHandlers,
};
