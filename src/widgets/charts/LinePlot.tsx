/**
 * A small line plot: a framed area with ticks and axis titles, one or more
 * series drawn as paths, and an overlay (points, notes) the caller draws with
 * the plot's scales. d3 supplies the scales and paths; React owns the DOM.
 * The SVG is one image whose accessible name says what the plot shows. Its
 * labels keep their on-screen size (16 CSS px on a wide screen, at least 12
 * on a phone, the slide's type size when presented) whatever the SVG's scale; axes are drawn in the text colour.
 */
import { useRef, type ReactNode } from 'react';
import { labelUnits } from '../svgScale';
import { usePresentLabelPx } from '../present/usePresenting';
import { useDrawnWidth } from './useDrawnWidth';
import { plotScales, seriesPath, type Pad, type PlotScales, type SeriesPoint } from './plotGeometry';

/** One line of the plot. */
export interface LineSeries {
  id: string;
  points: readonly SeriesPoint[];
  /** Dashed (a reference line) rather than solid. */
  dashed?: boolean;
  /** Classes of the path (default: the text colour). */
  className?: string;
  strokeWidth?: number;
}

/** Props of LinePlot. */
export interface LinePlotProps {
  width: number;
  height: number;
  pad: Pad;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  xTicks: readonly number[];
  yTicks: readonly number[];
  xLabel: string;
  yLabel: string;
  /** Accessible name of the plot: what it shows, with the key numbers. */
  label: string;
  series: readonly LineSeries[];
  /** Classes of the SVG (its width on the page). */
  className?: string;
  /** Drawn over the lines with the plot's scales. */
  children?: (scales: PlotScales) => ReactNode;
}

/** The plot. */
export function LinePlot(props: LinePlotProps) {
  const { width, height, pad, xDomain, yDomain, xTicks, yTicks, series, className = '' } = props;
  const s = plotScales(width, height, pad, xDomain, yDomain);
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const midY = (s.y(y0) + s.y(y1)) / 2;
  const ref = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(ref);
  const floor = usePresentLabelPx();
  const tick = labelUnits(drawn, width, 10, 1, floor);
  const title = labelUnits(drawn, width, 12, 1, floor);
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${width} ${height}`}
      className={`h-auto w-full ${className}`}
      role="img"
      aria-label={props.label}
    >
      <rect
        x={s.x(x0)}
        y={s.y(y1)}
        width={s.x(x1) - s.x(x0)}
        height={s.y(y0) - s.y(y1)}
        className="ba-plot-grid fill-none"
      />
      <path d={`M${s.x(x0)},${s.y(y1)}V${s.y(y0)}H${s.x(x1)}`} className="ba-plot-axis fill-none" />
      {xTicks.map((v) => (
        <g key={`x${v}`} fontSize={tick}>
          <line x1={s.x(v)} x2={s.x(v)} y1={s.y(y0)} y2={s.y(y0) + 4} className="ba-plot-axis" />
          <text
            x={s.x(v)}
            y={s.y(y0) + 6}
            dominantBaseline="hanging"
            textAnchor="middle"
            className="ba-plot-label"
          >
            {v}
          </text>
        </g>
      ))}
      {yTicks.map((v) => (
        <g key={`y${v}`} fontSize={tick}>
          <line x1={s.x(x0) - 4} x2={s.x(x0)} y1={s.y(v)} y2={s.y(v)} className="ba-plot-axis" />
          <text
            x={s.x(x0) - 6}
            y={s.y(v)}
            dominantBaseline="central"
            textAnchor="end"
            className="ba-plot-label"
          >
            {v}
          </text>
        </g>
      ))}
      <text
        x={(s.x(x0) + s.x(x1)) / 2}
        y={height - 4}
        textAnchor="middle"
        fontSize={title}
        className="ba-plot-label"
      >
        {props.xLabel}
      </text>
      <text
        x={4}
        y={midY}
        textAnchor="middle"
        dominantBaseline="hanging"
        fontSize={title}
        transform={`rotate(-90 4 ${midY})`}
        className="ba-plot-label"
      >
        {props.yLabel}
      </text>
      {series.map((line) => (
        <path
          key={line.id}
          d={seriesPath(line.points, s)}
          className={`fill-none ${line.className ?? 'stroke-current'}`}
          strokeWidth={line.strokeWidth ?? (line.dashed ? 1 : 2)}
          strokeDasharray={line.dashed ? '4 4' : undefined}
        />
      ))}
      {props.children?.(s)}
    </svg>
  );
}
