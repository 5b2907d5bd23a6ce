/**
 * A precision-recall chart: the precision at each rank (dots), the
 * interpolated precision (a step line, d3-shape `curveStepBefore`) and the
 * shaded area under it, which is the VOC all-point AP. d3 supplies the scales
 * and the shapes; React owns the DOM. Labels keep their on-screen size (16
 * CSS px on a wide screen, at least 12 on a phone) whatever the SVG's scale.
 */
import { useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { labelUnits } from '../svgScale';
import { usePresentLabelPx } from '../present/usePresenting';
import { useDrawnWidth } from './useDrawnWidth';
import { prPaths, prVertices, type PrPoint } from './prCurve';

const W = 360;
const H = 260;
const M = { left: 58, right: 14, top: 12, bottom: 46 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The chart's words. */
export interface PrChartText {
  recallAxis: string;
  precisionAxis: string;
  legendRaw: string;
  legendEnvelope: string;
  legendArea: string;
}

/** Props: the curve in rank order, the envelope from the metrics package, the chart's name and words. */
export interface PrChartProps {
  points: readonly PrPoint[];
  envelope: readonly number[];
  /** Accessible name saying what the chart shows. */
  label: string;
  text: PrChartText;
}

/** The chart, with an accessible name that says what it shows. */
export function PrChart({ points, envelope, label, text: t }: PrChartProps) {
  const x = scaleLinear()
    .domain([0, 1])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const paths = prPaths(prVertices(points, envelope), { x, y });
  const ref = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(ref);
  const floor = usePresentLabelPx();
  const tick = labelUnits(drawn, W, 11, 1, floor);
  const title = labelUnits(drawn, W, 12, 1, floor);
  return (
    <figure className="m-0">
      <svg
        ref={ref}
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-xl"
        role="img"
        aria-label={label}
      >
        {TICKS.map((v) => (
          <g key={v} fontSize={tick}>
            <line x1={x(0)} x2={x(1)} y1={y(v)} y2={y(v)} className="ba-plot-grid" />
            <line x1={x(v)} x2={x(v)} y1={y(0)} y2={y(1)} className="ba-plot-grid" />
            <text x={x(0) - 6} y={y(v)} dominantBaseline="central" textAnchor="end" className="ba-plot-label">
              {v}
            </text>
            <text
              x={x(v)}
              y={y(0) + 5}
              dominantBaseline="hanging"
              textAnchor="middle"
              className="ba-plot-label"
            >
              {v}
            </text>
          </g>
        ))}
        <path d={`M${x(0)},${y(1)}V${y(0)}H${x(1)}`} className="ba-plot-axis fill-none" />
        <text x={(x(0) + x(1)) / 2} y={H - 3} textAnchor="middle" fontSize={title} className="ba-plot-label">
          {t.recallAxis}
        </text>
        <text
          x={3}
          y={(y(0) + y(1)) / 2}
          textAnchor="middle"
          dominantBaseline="hanging"
          fontSize={title}
          transform={`rotate(-90 3 ${(y(0) + y(1)) / 2})`}
          className="ba-plot-label"
        >
          {t.precisionAxis}
        </text>
        {paths.area && <path d={paths.area} className="fill-sky-500/25" />}
        {paths.line && (
          <path d={paths.line} fill="none" strokeWidth={2.5} className="stroke-sky-700 dark:stroke-sky-300" />
        )}
        {points.map((p, k) => (
          <circle
            key={k}
            cx={x(p.recall)}
            cy={y(p.precision)}
            r={4}
            className="fill-amber-500 stroke-slate-900 dark:stroke-slate-100"
            strokeWidth={1}
          />
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-2.5 rounded-full bg-amber-500" />
          {t.legendRaw}
        </span>
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-0.5 w-4 bg-sky-700 align-middle dark:bg-sky-300"
          />
          {t.legendEnvelope}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-4 bg-sky-500/25" />
          {t.legendArea}
        </span>
      </figcaption>
    </figure>
  );
}
