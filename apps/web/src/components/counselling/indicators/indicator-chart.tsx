import { axisTicks, type ChartMonth } from './chart-scale';
import styles from './indicators.module.css';

export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  /** Which of the chart colours (0–4). */
  tone: number;
}

interface IndicatorChartProps {
  /** Bars side by side, bars on top of each other, or one line. */
  kind: 'grouped' | 'stacked' | 'line';
  /** What a screen reader hears for the whole chart. */
  summary: string;
  caption: string;
  months: readonly ChartMonth[];
  series: readonly ChartSeries[];
  /** A dashed line at a limit (the caseload maximum, 8 weeks). */
  reference?: { label: string; value: number };
  format: (value: number) => string;
  legendLabel: string;
}

const WIDTH = 420;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 24, left: 34 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

const toneClass = (tone: number) => styles[`tone${String(tone % 5)}`];
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A chart of the last 12 months as inline SVG, drawn on the server: no script, no library. The
 * SVG is one image for assistive technology (role="img" with a summary); the exact numbers are
 * in the table next to it, and each bar or point carries its number as a tooltip.
 */
export function IndicatorChart({
  kind,
  summary,
  caption,
  months,
  series,
  reference,
  format,
  legendLabel,
}: IndicatorChartProps) {
  const heights = months.map((_, index) =>
    kind === 'stacked'
      ? series.reduce((total, line) => total + (line.values[index] ?? 0), 0)
      : Math.max(0, ...series.map((line) => line.values[index] ?? 0)),
  );
  const { top, ticks } = axisTicks(Math.max(0, ...heights, reference?.value ?? 0));
  const band = PLOT_W / Math.max(1, months.length);
  const y = (value: number) => round(MARGIN.top + PLOT_H * (1 - value / top));
  const x = (index: number) => MARGIN.left + index * band;

  const marks = months.flatMap((month, index) => {
    if (kind === 'line') return [];
    if (kind === 'stacked') {
      const width = band * 0.6;
      let base = 0;
      return series.map((line) => {
        const value = line.values[index] ?? 0;
        const rect = (
          <rect
            key={`${month.key}-${line.label}`}
            className={toneClass(line.tone)}
            data-testid="bar"
            data-value={value}
            x={round(x(index) + (band - width) / 2)}
            y={y(base + value)}
            width={round(width)}
            height={round(y(base) - y(base + value))}
          >
            <title>{`${line.label}, ${month.long}: ${format(value)}`}</title>
          </rect>
        );
        base += value;
        return rect;
      });
    }
    const group = band * 0.76;
    const width = group / Math.max(1, series.length);
    return series.map((line, position) => {
      const value = line.values[index] ?? 0;
      return (
        <rect
          key={`${month.key}-${line.label}`}
          className={toneClass(line.tone)}
          data-testid="bar"
          data-value={value}
          x={round(x(index) + (band - group) / 2 + position * width)}
          y={y(value)}
          width={round(Math.max(1, width - 1))}
          height={round(y(0) - y(value))}
        >
          <title>{`${line.label}, ${month.long}: ${format(value)}`}</title>
        </rect>
      );
    });
  });

  const lines =
    kind === 'line'
      ? series.map((line) => {
          const points = months.map((month, index) => {
            const value = line.values[index] ?? null;
            return value === null
              ? null
              : { month, cx: round(x(index) + band / 2), cy: y(value), value };
          });
          // A gap where a month has no value, rather than a line through it.
          const path = points
            .map((point, index) =>
              point
                ? `${points[index - 1] ? 'L' : 'M'}${String(point.cx)},${String(point.cy)}`
                : '',
            )
            .join(' ');
          return (
            <g key={line.label}>
              <path className={`${styles.line} ${toneClass(line.tone)}`} d={path} />
              {points.map((point) =>
                point ? (
                  <circle
                    key={point.month.key}
                    className={toneClass(line.tone)}
                    data-testid="point"
                    data-value={point.value}
                    cx={point.cx}
                    cy={point.cy}
                    r={4}
                  >
                    <title>{`${line.label}, ${point.month.long}: ${format(point.value)}`}</title>
                  </circle>
                ) : null,
              )}
            </g>
          );
        })
      : null;

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="img"
        aria-label={summary}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              className={styles.grid}
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className={styles.axis} x={MARGIN.left - 4} y={y(tick) + 4} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        {months.map((month, index) => (
          <text
            key={month.key}
            className={styles.axis}
            x={round(x(index) + band / 2)}
            y={HEIGHT - 8}
            textAnchor="middle"
          >
            {month.short}
          </text>
        ))}
        {marks}
        {lines}
        {reference ? (
          <g>
            <line
              className={styles.reference}
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(reference.value)}
              y2={y(reference.value)}
            />
            <text
              className={styles.referenceLabel}
              x={WIDTH - MARGIN.right}
              y={y(reference.value) - 4}
              textAnchor="end"
            >
              {reference.label}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className={styles.caption}>
        <span>{caption}</span>
        <span className={styles.legend} role="list" aria-label={legendLabel}>
          {series.map((line) => (
            <span key={line.label} role="listitem" className={styles.legendItem}>
              <svg className={styles.swatch} viewBox="0 0 12 12" aria-hidden="true">
                <rect className={toneClass(line.tone)} width="12" height="12" rx="2" />
              </svg>
              {line.label}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
