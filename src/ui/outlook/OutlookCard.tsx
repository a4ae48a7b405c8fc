// The outlook after a debrief: band and score, the headline, reasons for and against, what to watch for.
// The score is shown as "n in 100" with its band in words; it is never phrased as a promise.
import type { Outlook } from "../../core/signals";
import type { OutlookBand } from "../../core/types";

export const BAND_LABEL: Record<OutlookBand, string> = {
  strong: "Strong",
  promising: "Promising",
  mixed: "Mixed",
  unclear: "Unclear",
  weak: "Weak",
};

export function OutlookCard({ outlook }: { outlook: Outlook }) {
  return (
    <section class={`outlook band-${outlook.band}`} aria-labelledby="outlook-heading">
      <h2 id="outlook-heading">
        Outlook: <span class="band">{BAND_LABEL[outlook.band]}</span>
        {outlook.score !== null && <span class="score"> · {outlook.score}/100</span>}
      </h2>
      <p class="headline">{outlook.headline}</p>
      {outlook.reasonsFor.length > 0 && (
        <>
          <h3>For</h3>
          <ul class="reasons reasons-for">
            {outlook.reasonsFor.map((text) => (
              <li key={text}>
                <span aria-hidden="true">+ </span>
                {text}
              </li>
            ))}
          </ul>
        </>
      )}
      {outlook.reasonsAgainst.length > 0 && (
        <>
          <h3>Against</h3>
          <ul class="reasons reasons-against">
            {outlook.reasonsAgainst.map((text) => (
              <li key={text}>
                <span aria-hidden="true">− </span>
                {text}
              </li>
            ))}
          </ul>
        </>
      )}
      {outlook.watchFor.length > 0 && (
        <>
          <h3>Watch for next</h3>
          <ul class="reasons">
            {outlook.watchFor.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
