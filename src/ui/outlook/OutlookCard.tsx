// The outlook after a debrief: a probability range against the stage's base rate (with its source),
// every sign seen and what it did to the odds, what would change it, and which model is in use.
// Never a bare score: the range is what the evidence supports, and it is never phrased as a promise.
import { useId } from "preact/hooks";
import type { Outlook, OutlookReason } from "../../core/signals";
import type { OutlookBand } from "../../core/types";

export const BAND_LABEL: Record<OutlookBand, string> = {
  strong: "Strong",
  promising: "Promising",
  mixed: "Mixed",
  unclear: "Unclear",
  weak: "Weak",
};

function Reasons({ reasons, sign, cls }: { reasons: OutlookReason[]; sign: string; cls: string }) {
  return (
    <ul class={`reasons ${cls}`}>
      {reasons.map((r) => (
        <li key={r.key}>
          <span aria-hidden="true">{sign} </span>
          {r.text} <span class="effect">({r.effect})</span>
        </li>
      ))}
    </ul>
  );
}

export function OutlookCard({ outlook, level = 2 }: { outlook: Outlook; level?: 2 | 3 }) {
  const id = useId();
  const H = level === 2 ? "h2" : "h3";
  const Sub = level === 2 ? "h3" : "h4";
  const source = outlook.base.sources[0];
  return (
    <section class={`outlook band-${outlook.band}`} aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>
        Outlook: <span class="band">{BAND_LABEL[outlook.band]}</span>
      </H>
      <p class="outlook-range">
        <strong>{outlook.summary}</strong>
      </p>
      <p class="base-rate muted small">
        {outlook.base.overridden ? (
          <>{outlook.baseText}, by your own figure in Settings.</>
        ) : (
          <>
            {outlook.baseText} ({outlook.base.label}) —{" "}
            {source && (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.publisher}
                {source.year ? `, ${source.year}` : ""}
              </a>
            )}
            {outlook.base.sources.length > 1 && ` and ${outlook.base.sources.length - 1} more`}.
          </>
        )}
      </p>
      <p class="headline">{outlook.headline}</p>
      {outlook.reasonsForDetail.length > 0 && (
        <>
          <Sub>For</Sub>
          <Reasons reasons={outlook.reasonsForDetail} sign="+" cls="reasons-for" />
        </>
      )}
      {outlook.reasonsAgainstDetail.length > 0 && (
        <>
          <Sub>Against</Sub>
          <Reasons reasons={outlook.reasonsAgainstDetail} sign="−" cls="reasons-against" />
        </>
      )}
      {(outlook.whatIf.length > 0 || outlook.watchFor.length > 0) && (
        <>
          <Sub>What would change it</Sub>
          <ul class="reasons what-if">
            {outlook.watchFor.map((text) => (
              <li key={text}>{text}</li>
            ))}
            {outlook.whatIf.map((w) => (
              <li key={w.signalId} class={`what-if-${w.direction}`}>
                {w.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="model-line muted small">{outlook.modelInfo.text}</p>
    </section>
  );
}
