// Saved → applied → interview → offer.
import type { FunnelStep } from "../../../core/stats";
import { FunnelChart } from "../../charts/FunnelChart";
import { percent } from "./format";

export function FunnelSection({ steps }: { steps: readonly FunnelStep[] }) {
  const stages = steps.map((s, i) => ({
    label: s.label,
    count: s.count,
    note:
      i === 0 || s.fromPrevious === null
        ? ""
        : `${percent(s.fromPrevious)} of ${steps[i - 1]!.label.toLowerCase()}`,
  }));
  return (
    <section class="stats-card" aria-labelledby="stats-funnel">
      <h2 id="stats-funnel">Your pipeline</h2>
      <p class="muted">How many applications reached each stage.</p>
      <FunnelChart title="Applications at each stage" stages={stages} />
    </section>
  );
}
