// The outlook across interview rounds: each round's range against its stage, whether things are moving
// up or down, and the latest round in full. Recomputed from the timeline so later replies (or silence)
// count, with the model the user's history chose (personal or general).
import { computeOutlook, type Outlook, type OutlookOptions } from "../../../core/signals";
import type { Interview, TimelineEvent } from "../../../core/types";
import { BAND_LABEL, OutlookCard } from "../../outlook/OutlookCard";

const day = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

export interface OutlookRoundsProps {
  interviews: Interview[];
  events: TimelineEvent[];
  rounds: ReadonlyMap<string, number>;
  now: number;
  timeZone: string;
  /** Model and base rates; the general model while they load. */
  outlook?: OutlookOptions | undefined;
}

export function OutlookRounds({ interviews, events, rounds, now, timeZone, outlook }: OutlookRoundsProps) {
  if (interviews.length === 0) return null;
  const rows = [...interviews]
    .sort((a, b) => a.at - b.at)
    .map((iv) => ({ iv, outlook: outlookOf(iv, events, now, timeZone, outlook) }));
  const scored = rows.filter((r) => r.outlook?.score != null);
  const [prev, last] = scored.slice(-2);
  const trend = prev?.outlook && last?.outlook ? trendText(prev.outlook, last.outlook) : null;
  const latest = rows.at(-1)?.outlook;
  return (
    <section class="outlook-rounds" aria-labelledby="rounds-heading">
      <h3 id="rounds-heading">Outlook across rounds</h3>
      <ol>
        {rows.map(({ iv, outlook: o }) => (
          <li key={iv.id} class={`band-${o?.band ?? iv.outlook?.band ?? "unclear"}`}>
            Round {rounds.get(iv.id) ?? "?"} · {day.format(iv.at)}:{" "}
            <strong>{BAND_LABEL[o?.band ?? iv.outlook?.band ?? "unclear"]}</strong>
            {o ? (
              <span> · {o.summary}</span>
            ) : (
              <span class="muted"> · (outlook could not be recomputed)</span>
            )}
          </li>
        ))}
      </ol>
      {trend && <p class="muted">{trend}</p>}
      {latest && <OutlookCard outlook={latest} level={3} />}
    </section>
  );
}

function outlookOf(
  iv: Interview,
  events: TimelineEvent[],
  now: number,
  timeZone: string,
  options: OutlookOptions | undefined,
): Outlook | null {
  try {
    return computeOutlook({ interview: iv, events, now, timeZone }, options);
  } catch {
    // A sign id from a newer catalogue, say: the stored snapshot's band is still shown.
    return null;
  }
}

/** Compares the middle of each range with its own stage's base rate, so a later stage is not "better" by default. */
function trendText(before: Outlook, after: Outlook): string {
  const lift = (o: Outlook) => o.probability / o.base.rate;
  const a = lift(before);
  const b = lift(after);
  if (b / a >= 1.15) return "Better signs for its stage than the round before.";
  if (a / b >= 1.15) return "Fewer good signs for its stage than the round before.";
  return "About the same, for its stage, as the round before.";
}
