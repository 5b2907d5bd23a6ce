/**
 * Eight bars of a distribution over the real modes (p(y|x) of the picked
 * sample, or the marginal p(y)), each labelled with its mode number and its
 * value, so no colour is needed to read them.
 */
import { useRef } from 'react';
import { MODES } from '../shared/constants';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { generativeText } from '../../../../i18n/generative';

/** Width and plot height of the drawing on the page, in its units. */
const PAGE = { w: 600, plot: 100 } as const;
/** On a slide the chart spans the slide's width: a wider, flatter drawing. */
const SLIDE = { w: 1000, plot: 80 } as const;
/** Width of a value label ("0.00") in font sizes, with a little room. */
const VALUE_EMS = 2.5;

/** Props of ProbBars. */
export interface ProbBarsProps {
  title: string;
  values?: readonly number[];
  /** Classes of the bars' fill. */
  barClass: string;
}

/** One small bar chart of 8 probabilities. */
export function ProbBars({ title, values, barClass }: ProbBarsProps) {
  const ref = useRef<SVGSVGElement>(null);
  const floor = usePresentLabelPx();
  const { w: W, plot: PLOT } = floor > 0 ? SLIDE : PAGE;
  const font = labelUnits(useDrawnWidth(ref), W, 16, 1, floor);
  const step = W / MODES;
  // large labels on a narrow slide would touch: every second value label then sits one line higher
  const stagger = floor > 0 && VALUE_EMS * font > step;
  const lift = stagger ? font * 1.1 : 0;
  const TOP = font * 2.6 + lift;
  const BOTTOM = font * 1.5;
  const H = TOP + PLOT + BOTTOM;
  const plotH = PLOT;
  const text = values ? values.map((p, k) => `mode ${k + 1} ${p.toFixed(2)}`).join(', ') : '…';
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={generativeText.inception.bars(title, text)}
      className="block h-auto w-full"
      data-values={values?.map((p) => p.toFixed(4)).join(' ')}
    >
      <text x={0} y={font} fontSize={font} className="fill-slate-800 font-semibold dark:fill-slate-100">
        {title}
      </text>
      <line x1={0} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} className="stroke-slate-500" strokeWidth={1} />
      {Array.from({ length: MODES }, (_, k) => {
        const p = values?.[k] ?? 0;
        const h = Math.max(0, Math.min(1, p)) * plotH;
        const x = k * step + step * 0.2;
        return (
          <g key={k}>
            <rect x={x} y={H - BOTTOM - h} width={step * 0.6} height={h} className={barClass} />
            <text
              x={x + step * 0.3}
              y={H - BOTTOM - h - 3 - (k % 2 === 1 ? lift : 0)}
              fontSize={font}
              textAnchor="middle"
              className="fill-slate-700 dark:fill-slate-200"
            >
              {values ? p.toFixed(2) : ''}
            </text>
            <text
              x={x + step * 0.3}
              y={H - 4}
              fontSize={font}
              textAnchor="middle"
              className="fill-slate-700 dark:fill-slate-200"
            >
              {k + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
