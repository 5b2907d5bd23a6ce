/**
 * Dot plot of the small-sample figure: one row per sample size, one dot per
 * seeded repeat, a bar at the mean, on a log scale of FID (d3-scale).
 */
import { useRef } from 'react';
import { scaleLog } from 'd3-scale';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { generativeText } from '../../../../i18n/generative';

const t = generativeText.small;
const W = 900;
const ROW = 70;
const RIGHT = 20;
const TOP = 10;
const TICKS = [0.001, 0.01, 0.1, 1, 10];

/** Props of DotPlot. */
export interface DotPlotProps {
  sizes: readonly number[];
  fid: readonly (readonly number[])[];
  mean: readonly number[];
  label: string;
}

/** The dots and means. */
export function DotPlot({ sizes, fid, mean, label }: DotPlotProps) {
  const ref = useRef<SVGSVGElement>(null);
  const floor = usePresentLabelPx();
  const font = labelUnits(useDrawnWidth(ref), W, 16, 1, floor);
  // the row labels ("N = 5,000") and the axis below grow with the labels on a slide
  const LEFT = floor > 0 ? Math.max(120, font * 5.6) : 120;
  const AXIS = floor > 0 ? Math.max(56, font * 2.8) : 56;
  const h = TOP + sizes.length * ROW + AXIS;
  const x = scaleLog()
    .domain([TICKS[0]!, TICKS[TICKS.length - 1]!])
    .range([LEFT, W - RIGHT])
    .clamp(true);
  return (
    <svg ref={ref} viewBox={`0 0 ${W} ${h}`} role="img" aria-label={label} className="block h-auto w-full">
      {TICKS.map((v) => (
        <g key={v}>
          <line
            x1={x(v)}
            x2={x(v)}
            y1={TOP}
            y2={TOP + sizes.length * ROW}
            className="stroke-slate-200 dark:stroke-slate-700"
          />
          <text
            x={x(v)}
            y={TOP + sizes.length * ROW + font * 1.2}
            fontSize={font}
            textAnchor="middle"
            className="fill-slate-700 dark:fill-slate-300"
          >
            {String(v)}
          </text>
        </g>
      ))}
      <text
        x={(LEFT + W - RIGHT) / 2}
        y={floor > 0 ? h - font * 0.35 : h - 6}
        fontSize={font}
        textAnchor="middle"
        className="fill-slate-800 dark:fill-slate-100"
      >
        {t.axis}
      </text>
      {sizes.map((n, s) => {
        const cy = TOP + s * ROW + ROW / 2;
        const m = mean[s] ?? 0;
        return (
          <g key={n}>
            <text x={0} y={cy + font / 3} fontSize={font} className="fill-slate-800 dark:fill-slate-100">
              {t.sizeLabel(n.toLocaleString('en-GB'))}
            </text>
            {(fid[s] ?? []).map((v, r) => (
              <circle
                key={r}
                cx={x(Math.max(v, TICKS[0]!))}
                cy={cy + ((r % 5) - 2) * 5}
                r={6}
                className="fill-amber-600/60 stroke-amber-900 dark:fill-amber-300/60 dark:stroke-amber-100"
                strokeWidth={1}
              />
            ))}
            <line
              x1={x(m)}
              x2={x(m)}
              y1={cy - ROW * 0.4}
              y2={cy + ROW * 0.4}
              strokeWidth={3}
              className="stroke-slate-900 dark:stroke-slate-100"
            />
          </g>
        );
      })}
    </svg>
  );
}
