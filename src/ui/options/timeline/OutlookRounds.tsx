// The outlook across interview rounds: each round's band and score, and whether things are moving
// up or down. Recomputed from the timeline so later replies (or silence) count.
import { computeOutlook } from "../../../core/signals";
import type { Interview, OutlookBand, OutlookSnapshot, TimelineEvent } from "../../../core/types";

const BAND: Record<OutlookBand, string> = {
  strong: "Strong",
  promising: "Promising",
  mixed: "Mixed",
  unclear: "Unclear",
  weak: "Weak",
};
const day = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

export interface OutlookRoundsProps {
  interviews: Interview[];
  events: TimelineEvent[];
  rounds: ReadonlyMap<string, number>;
  now: number;
  timeZone: string;
}

export function OutlookRounds({ interviews, events, rounds, now, timeZone }: OutlookRoundsProps) {
  if (interviews.length === 0) return null;
  const rows = [...interviews]
    .sort((a, b) => a.at - b.at)
    .map((iv) => ({ iv, outlook: outlookOf(iv, events, now, timeZone) }));
  const scored = rows.filter((r) => r.outlook.score !== null);
  const [prev, last] = scored.slice(-2);
  const trend = prev && last ? trendText(prev.outlook.score!, last.outlook.score!) : null;
  return (
    <section class="outlook-rounds" aria-labelledby="rounds-heading">
      <h3 id="rounds-heading">Outlook across rounds</h3>
      <ol>
        {rows.map(({ iv, outlook }) => (
          <li key={iv.id} class={`band-${outlook.band}`}>
            Round {rounds.get(iv.id) ?? "?"} · {day.format(iv.at)}: <strong>{BAND[outlook.band]}</strong>
            {outlook.score !== null && <span> · {outlook.score} in 100</span>}
          </li>
        ))}
      </ol>
      {trend && <p class="muted">{trend}</p>}
      <p class="muted small">Signs are hints, not promises: nothing is certain until an offer is made.</p>
    </section>
  );
}

function outlookOf(iv: Interview, events: TimelineEvent[], now: number, timeZone: string): OutlookSnapshot {
  try {
    return computeOutlook({ interview: iv, events, now, timeZone });
  } catch {
    // A sign id from a newer catalogue, say: the stored snapshot is still an honest answer.
    return (
      iv.outlook ?? { score: null, band: "unclear", reasonsFor: [], reasonsAgainst: [], computedAt: now }
    );
  }
}

function trendText(before: number, after: number): string {
  if (after - before >= 5) return "Better signs than in the round before.";
  if (before - after >= 5) return "Fewer good signs than in the round before.";
  return "About the same as the round before.";
}
