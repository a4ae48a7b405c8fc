// Service-worker entry. Listeners are registered synchronously at the top level so a worker woken
// by an event finds them; no state lives in globals (the worker stops after ~30 s idle).
import { listen } from "../shared/messaging";
import { handlers } from "./handlers";
import { listenForReminders } from "./reminders";

listen(handlers);
listenForReminders();
