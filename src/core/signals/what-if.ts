// "What would change it": the signs still to come (a reply, references, another round, or silence past
// the date) and the range each would give, scored with the same model as if it had been seen.
import { signalById } from "./catalogue";
import type { OutlookInput } from "./evidence";
import { type OutlookOptions, scoreOutlook } from "./outlook";
import { type ProbabilityRange, percent, rangeText } from "./range";

export interface WhatIf {
  signalId: string;
  /** "A request for references". */
  event: string;
  /** Percent. */
  range: { low: number; high: number };
  direction: "up" | "down" | "same";
  /** "A request for references: 40–62 %". */
  text: string;
}

/** Signs that can still happen after the interview, each phrased as the event to watch for. */
const FUTURE: readonly { id: string; event: string }[] = [
  { id: "invited-next-round", event: "An invitation to another round" },
  { id: "references-requested", event: "A request for references" },
  { id: "prompt-follow-up", event: "A call or email from them within three business days" },
  { id: "work-samples-requested", event: "A request for work samples or more detail" },
  { id: "silence-past-date", event: "No reply by the date they gave" },
];

export function whatWouldChange(
  input: OutlookInput,
  options: OutlookOptions,
  seen: readonly string[],
  now: ProbabilityRange,
): WhatIf[] {
  const out: WhatIf[] = [];
  for (const f of FUTURE) {
    if (seen.includes(f.id) || !signalById(f.id)) continue;
    // A prompt reply can only come in the first days; past them it is no longer something to watch for.
    if (
      f.id === "prompt-follow-up" &&
      input.now !== undefined &&
      input.now - input.interview.at > 5 * 86_400_000
    )
      continue;
    const { range } = scoreOutlook(input, options, [f.id]);
    const delta = percent(range.middle) - percent(now.middle);
    out.push({
      signalId: f.id,
      event: f.event,
      range: { low: percent(range.low), high: percent(range.high) },
      direction: delta > 0 ? "up" : delta < 0 ? "down" : "same",
      text: `${f.event}: ${rangeText(range)}`,
    });
  }
  return out;
}
