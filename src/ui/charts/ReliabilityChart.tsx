// Predicted against what happened: one dot per group of cases (size = how many), the diagonal is a
// perfect forecast. Inline SVG that follows the theme; the caller shows the same numbers in a table.
import { useId } from "preact/hooks";
import type { ReliabilityBin } from "../../core/stats";

const SIZE = 220;
const PAD = 30;

export function ReliabilityChart({ bins }: { bins: readonly ReliabilityBin[] }) {
  const id = useId();
  const span = SIZE - 2 * PAD;
  const x = (p: number) => PAD + p * span;
  const y = (p: number) => SIZE - PAD - p * span;
  const pct = (p: number) => `${Math.round(p * 100)}%`;
  return (
    <svg
      class="chart reliability-chart"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: `${SIZE}px` }}
    >
      <title id={`${id}-t`}>Predicted chance of an offer against what happened</title>
      <desc id={`${id}-d`}>
        {bins
          .map((b) => `${b.cases} predicted about ${pct(b.meanPredicted)}: ${pct(b.offerRate)} got an offer`)
          .join("; ")}
      </desc>
      <rect x={PAD} y={PAD} width={span} height={span} class="chart-track" />
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} class="chart-axis" stroke-dasharray="4 3" />
      <text x={SIZE / 2} y={SIZE - 6} text-anchor="middle" class="chart-label">
        predicted
      </text>
      <text
        x={10}
        y={SIZE / 2}
        text-anchor="middle"
        class="chart-label"
        transform={`rotate(-90 10 ${SIZE / 2})`}
      >
        got an offer
      </text>
      {bins.map((b) => (
        <circle
          key={b.from}
          cx={x(b.meanPredicted)}
          cy={y(b.offerRate)}
          r={Math.min(14, 3 + 2 * Math.sqrt(b.cases))}
          class="chart-bar"
          opacity="0.8"
        />
      ))}
    </svg>
  );
}
