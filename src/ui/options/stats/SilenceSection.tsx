// How often an interview was followed by silence past the promised date.
import type { SilenceStats } from "../../../core/stats";
import { percent, plural } from "./format";

export function SilenceSection({ silence }: { silence: SilenceStats }) {
  return (
    <section class="stats-card" aria-labelledby="stats-silence">
      <h2 id="stats-silence">Silence after interviews</h2>
      {silence.decided === 0 ? (
        <p class="muted">
          Not enough data yet: no interview has reached the date they said they would reply by.
          {silence.pending > 0 &&
            ` ${plural(silence.pending, "interview is", "interviews are")} still waiting.`}
        </p>
      ) : (
        <>
          <p>
            After <strong>{percent(silence.rate)}</strong> of your interviews ({silence.silent} of{" "}
            {silence.decided}) nothing came back by the date they gave, or within two weeks when they gave
            none.
          </p>
          {silence.pending > 0 && (
            <p class="muted">
              {plural(silence.pending, "more interview is", "more interviews are")} still inside the reply
              window.
            </p>
          )}
        </>
      )}
    </section>
  );
}
