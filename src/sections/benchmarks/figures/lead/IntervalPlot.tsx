/**
 * The lead of model A with its 95 % bootstrap interval on a fixed axis from
 * -0.04 to 0.06 mIoU, with zero (no difference) dashed and the true lead
 * 0.01 marked, so the reader sees whether the interval crosses zero. Labels
 * keep their on-screen size (svgScale's labelUnits); on a slide they take the
 * slide's type size, and the drawing is laid out in CSS px (one viewBox unit a
 * pixel, its height set by the type size).
 */
import { useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { benchmarksText } from '../../../../i18n/benchmarks';

const t = benchmarksText.lead;
const TICKS = [-0.04, -0.02, 0, 0.02, 0.04, 0.06];

/** Props of IntervalPlot; undefined values draw the axis only. */
export interface IntervalPlotProps {
  mean: number | undefined;
  low: number | undefined;
  high: number | undefined;
  trueGap: number;
}

/** The interval drawing. */
export function IntervalPlot({ mean, low, high, trueGap }: IntervalPlotProps) {
  const ref = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(ref);
  const floor = usePresentLabelPx();
  const presenting = floor > 0;
  const width = presenting && drawn > 0 ? drawn : drawn > 0 && drawn < 560 ? 400 : 720;
  const font = presenting ? floor : labelUnits(drawn, width, 13, 0.875);
  // rows: the two labels, the interval, the axis and its ticks (on a slide, from the type size)
  const labelY = presenting ? Math.round(font) : 14;
  const trueY = presenting ? labelY : 30;
  const y = presenting ? Math.round(font + 26) : 52;
  const height = presenting ? Math.round(y + 36 + 1.15 * font + 4) : 110;
  // on a slide the end ticks' labels ("-0.04", "0.06") stay inside the drawing
  const inset = presenting ? Math.round(2.8 * font * 0.56 + 4) : 20;
  const x = scaleLinear()
    .domain([-0.04, 0.06])
    .range([inset, width - inset])
    .clamp(true);
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${width} ${height}`}
      className="mt-3 h-auto w-full"
      // on a slide the height follows the type size alone; a width not yet measured leaves blank room
      style={presenting ? { height: `${height}px` } : undefined}
      preserveAspectRatio={presenting ? 'xMinYMin meet' : undefined}
      role="img"
      aria-label={t.intervalLabel}
    >
      <line x1={x(-0.04)} x2={x(0.06)} y1={y + 28} y2={y + 28} className="ba-plot-axis" />
      {TICKS.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={y + 28} y2={y + 33} className="ba-plot-axis" />
          <text
            x={x(v)}
            y={y + 36}
            dominantBaseline="hanging"
            textAnchor="middle"
            fontSize={font}
            className="ba-plot-label"
          >
            {v === 0 ? '0' : v.toFixed(2)}
          </text>
        </g>
      ))}
      <line x1={x(0)} x2={x(0)} y1={8} y2={y + 28} className="bm-zero" />
      <text x={x(0) - 6} y={labelY} textAnchor="end" fontSize={font} className="ba-plot-label">
        {t.zero}
      </text>
      <line x1={x(trueGap)} x2={x(trueGap)} y1={presenting ? 8 : 24} y2={y + 28} className="bm-true" />
      <text x={x(trueGap) + 6} y={trueY} fontSize={font} className="ba-plot-label" fontStyle="italic">
        {t.trueGap}
      </text>
      {low !== undefined && high !== undefined && mean !== undefined ? (
        <g>
          <line x1={x(low)} x2={x(high)} y1={y} y2={y} className="bm-interval" />
          <line x1={x(low)} x2={x(low)} y1={y - 8} y2={y + 8} className="bm-interval" />
          <line x1={x(high)} x2={x(high)} y1={y - 8} y2={y + 8} className="bm-interval" />
          <circle cx={x(mean)} cy={y} r={7} className="bm-interval-point" />
        </g>
      ) : null}
    </svg>
  );
}
