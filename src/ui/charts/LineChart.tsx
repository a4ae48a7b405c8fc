// A small line over time (e.g. the Brier score as outcomes came in), inline SVG; the caller also
// writes the numbers out.
import { useId } from "preact/hooks";

export interface LinePoint {
  label: string;
  value: number;
}

const W = 420;
const H = 120;
const PAD = 24;

export function LineChart({
  title,
  points,
  max,
}: {
  title: string;
  points: readonly LinePoint[];
  max: number;
}) {
  const id = useId();
  if (points.length === 0) return null;
  const step = points.length > 1 ? (W - 2 * PAD) / (points.length - 1) : 0;
  const y = (v: number) => H - PAD - (Math.min(v, max) / max) * (H - 2 * PAD);
  const d = points.map((p, i) => `${i === 0 ? "M" : "L"}${PAD + i * step},${y(p.value)}`).join(" ");
  return (
    <svg
      class="chart line-chart"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: `${W}px` }}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{points.map((p) => `${p.label}: ${p.value.toFixed(2)}`).join("; ")}</desc>
      <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} class="chart-axis" />
      <text x={PAD} y={H - 6} class="chart-label">
        {points[0]?.label}
      </text>
      <text x={W - PAD} y={H - 6} text-anchor="end" class="chart-label">
        {points.at(-1)?.label}
      </text>
      <path d={d} class="chart-line" />
    </svg>
  );
}
