// The outlook options for an extension page, reloaded when `key` changes (say, an application's status).
import { useEffect, useState } from "preact/hooks";
import type { OutlookOptions } from "../../core/signals";
import { getDb } from "../../db";
import { userTimeZone } from "../../shared/time-zone";
import { loadOutlookOptions } from "./outlook-context";

export function useOutlookOptions(key: string): OutlookOptions | undefined {
  const [options, setOptions] = useState<OutlookOptions | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadOutlookOptions(getDb(), { timeZone: userTimeZone() }).then(
      (o) => live && setOptions(o),
      (error: unknown) => console.warn("Debrief: outlook model not loaded; the general model is used", error),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return options;
}
