// Horizontal bar chart as inline SVG. Colours come from the page's CSS variables, so it follows light
// and dark themes; the SVG is one labelled image whose <desc> reads out every value, and the visible
// labels are real text (zoomable, selectable). Callers should also show the numbers in a table.
import { useId } from "preact/hooks";

export interface Bar {
  label: string;
  value: number;
  /** What is written next to the bar and read out (e.g. "42%", "12 of 30"). */
  display: string;
}

const ROW = 28;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 110;
const WIDTH = 560;

export function BarChart({ title, bars, max }: { title: string; bars: readonly Bar[]; max?: number }) {
  const id = useId();
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1e-9);
  const track = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  return (
    <svg
      class="chart bar-chart"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: `${WIDTH}px` }}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{bars.map((b) => `${b.label}: ${b.display}`).join("; ")}</desc>
      {bars.map((b, i) => {
        const y = i * ROW + 2;
        const w = Math.max(b.value > 0 ? 2 : 0, (b.value / top) * track);
        return (
          <g key={b.label}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + ROW / 2}
              text-anchor="end"
              dominant-baseline="middle"
              class="chart-label"
            >
              {truncate(b.label, 22)}
            </text>
            <rect x={LABEL_WIDTH} y={y + 5} width={track} height={ROW - 10} rx="4" class="chart-track" />
            <rect x={LABEL_WIDTH} y={y + 5} width={w} height={ROW - 10} rx="4" class="chart-bar" />
            <text x={LABEL_WIDTH + track + 8} y={y + ROW / 2} dominant-baseline="middle" class="chart-value">
              {b.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
