// The outlook options for the application page, reloaded when `key` changes (say, an application's
// status). The worker fits and caches the model (background/outlook.ts); the page only asks for it.
import { useEffect, useState } from "preact/hooks";
import type { OutlookOptions } from "../src/core/signals";
import { send } from "../src/shared/messaging";

export function useOutlookOptions(key: string): OutlookOptions | undefined {
  const [options, setOptions] = useState<OutlookOptions | undefined>(undefined);
  useEffect(() => {
    let live = true;
    send("outlook/options", {}).then(
      (o) => live && setOptions(o),
      (error: unknown) => console.warn("Debrief: outlook model not loaded; the general model is used", error),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return options;
}
