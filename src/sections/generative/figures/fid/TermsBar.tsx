/**
 * FID as one stacked bar on a fixed scale (0 to 50, about the one-mode
 * value): the mean term first (hatched), then the trace term (solid), each
 * labelled with its number, so the split reads without colour.
 */
import { useRef } from 'react';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { generativeText } from '../../../../i18n/generative';

/** The page's drawing: 500 x 130 units. */
const PAGE_W = 500;
const PAGE_H = 130;
/** On a slide the bar spans the slide: a wider drawing, as tall as its labels need. */
const SLIDE_W = 1000;
const MAX = 50;
const TICKS = [0, 10, 20, 30, 40, 50];

/** Props of TermsBar. */
export interface TermsBarProps {
  meanTerm?: number;
  traceTerm?: number;
}

/** The stacked bar of FID's two terms. */
export function TermsBar({ meanTerm, traceTerm }: TermsBarProps) {
  const ref = useRef<SVGSVGElement>(null);
  const floor = usePresentLabelPx();
  const W = floor > 0 ? SLIDE_W : PAGE_W;
  const font = labelUnits(useDrawnWidth(ref), W, 16, 1, floor);
  // room for the end ticks' numbers, centred on the bar's ends
  const L = floor > 0 ? Math.max(10, font) : 10;
  const R = floor > 0 ? Math.max(20, font * 1.2) : 20;
  const x = (v: number) => L + (Math.min(Math.max(v, 0), MAX) / MAX) * (W - L - R);
  const m = meanTerm ?? 0;
  const t = traceTerm ?? 0;
  const top = font * 1.4;
  const barH = 34;
  const H = floor > 0 ? Math.ceil(top + barH + 5 + font * 1.3) : PAGE_H;
  const t2 = generativeText.fid;
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t2.termsBar(m.toFixed(3), t.toFixed(3))}
      className="ba-gen-terms block h-auto min-h-[100px] w-full"
    >
      <defs>
        <pattern
          id="ba-gen-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="fill-slate-200 dark:fill-slate-700" />
          <line
            x1="0"
            y1="0"
            x2="0"
            y2="6"
            strokeWidth="3"
            className="stroke-slate-600 dark:stroke-slate-300"
          />
        </pattern>
      </defs>
      <text x={L} y={font} fontSize={font} className="fill-slate-800 dark:fill-slate-100">
        {t2.termsTitle(m.toFixed(2), t.toFixed(2))}
      </text>
      <rect x={L} y={top} width={x(m) - L} height={barH} fill="url(#ba-gen-hatch)" />
      <rect
        x={x(m)}
        y={top}
        width={Math.max(0, x(m + t) - x(m))}
        height={barH}
        className="fill-amber-600 dark:fill-amber-300"
      />
      <rect
        x={L}
        y={top}
        width={W - L - R}
        height={barH}
        className="fill-none stroke-slate-400 dark:stroke-slate-500"
      />
      {TICKS.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={top + barH} y2={top + barH + 5} className="stroke-slate-500" />
          <text
            x={x(v)}
            y={top + barH + 5 + font}
            fontSize={font}
            textAnchor="middle"
            className="fill-slate-700 dark:fill-slate-300"
          >
            {v}
          </text>
        </g>
      ))}
    </svg>
  );
}
