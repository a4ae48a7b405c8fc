// The handler table. Typed as `Handlers`, so a missing or mistyped handler fails to compile.
import type { Handlers } from "../../shared/messaging";
import { jobHandlers } from "./job";

export const handlers: Handlers = {
  ...jobHandlers,
};
