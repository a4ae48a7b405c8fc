// The pipeline funnel as inline SVG: one centred bar per stage, narrowing with the count, with the
// count and the share of the previous stage written beside it. Same accessibility as BarChart.
import { useId } from "preact/hooks";

export interface FunnelStage {
  label: string;
  count: number;
  /** e.g. "60% of saved"; empty for the first stage. */
  note: string;
}

const ROW = 40;
const WIDTH = 560;
const LABEL_WIDTH = 100;
const NOTE_WIDTH = 150;

export function FunnelChart({ title, stages }: { title: string; stages: readonly FunnelStage[] }) {
  const id = useId();
  const top = Math.max(1, ...stages.map((s) => s.count));
  const track = WIDTH - LABEL_WIDTH - NOTE_WIDTH;
  const centre = LABEL_WIDTH + track / 2;
  return (
    <svg
      class="chart funnel-chart"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${WIDTH} ${stages.length * ROW}`}
      width="100%"
      style={{ maxWidth: `${WIDTH}px` }}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>
        {stages.map((s) => `${s.label}: ${s.count}${s.note ? ` (${s.note})` : ""}`).join("; ")}
      </desc>
      {stages.map((s, i) => {
        const w = Math.max(s.count > 0 ? 4 : 0, (s.count / top) * track);
        const y = i * ROW;
        return (
          <g key={s.label}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + ROW / 2}
              text-anchor="end"
              dominant-baseline="middle"
              class="chart-label"
            >
              {s.label}
            </text>
            <rect x={centre - w / 2} y={y + 4} width={w} height={ROW - 8} rx="6" class="chart-bar" />
            <text x={LABEL_WIDTH + track + 8} y={y + ROW / 2} dominant-baseline="middle" class="chart-value">
              {s.count}
              {s.note ? ` · ${s.note}` : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
