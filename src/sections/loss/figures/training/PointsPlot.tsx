/**
 * The toy points of the training run with the model's boundary: training
 * points filled, validation points hollow; cats circles, dogs squares (shape
 * and fill, not colour alone). The solid line is p = 0.5, the dashed lines
 * p = 0.1 and 0.9: as the weights grow, the dashed lines close in on the
 * boundary, the model's over-confidence made visible. On a slide the legend
 * is text at the slide's type size beside the square, off the points.
 */
import { useRef } from 'react';
import type { ToyPoint } from '../../../../scenes/loss/toyData';
import type { LogisticWeights } from '../../../../scenes/loss/training';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresenting } from '../../../../widgets/present/usePresenting';
import { lossText } from '../../../../i18n/loss';
import { clipLine } from './boundaryLine';

const t = lossText.training;
const S = 400;
const HALF = 4.2;
const sx = (x: number) => ((x + HALF) / (2 * HALF)) * S;
const sy = (y: number) => S - ((y + HALF) / (2 * HALF)) * S;
const LN9 = Math.log(9);

/** Props of PointsPlot. */
export interface PointsPlotProps {
  train: readonly ToyPoint[];
  validation: readonly ToyPoint[];
  weights: LogisticWeights;
  epoch: number;
  weightNorm: number;
}

function Marker({ p, hollow }: { p: ToyPoint; hollow: boolean }) {
  const cls =
    p.label === 0
      ? hollow
        ? 'fill-none stroke-sky-700 dark:stroke-sky-300'
        : 'fill-sky-700 dark:fill-sky-300'
      : hollow
        ? 'fill-none stroke-amber-700 dark:stroke-amber-300'
        : 'fill-amber-700 dark:fill-amber-300';
  const x = sx(p.x);
  const y = sy(p.y);
  return p.label === 0 ? (
    <circle cx={x} cy={y} r={6} className={cls} strokeWidth={2.5} />
  ) : (
    <rect x={x - 5.5} y={y - 5.5} width={11} height={11} className={cls} strokeWidth={2.5} />
  );
}

/** The scatter with the boundary. */
export function PointsPlot({ train, validation, weights, epoch, weightNorm }: PointsPlotProps) {
  const ref = useRef<SVGSVGElement>(null);
  const presenting = usePresenting();
  const font = labelUnits(useDrawnWidth(ref), S, 16);
  const { w1, w2, b } = weights;
  const lines = [
    { c: 0, dashed: false },
    { c: -LN9, dashed: true },
    { c: LN9, dashed: true },
  ].map((l) => ({ ...l, seg: clipLine(w1, w2, b, l.c, HALF) }));
  const plot = (
    <svg
      ref={ref}
      viewBox={`0 0 ${S} ${S}`}
      className="block h-auto w-full max-w-md border border-slate-300 dark:border-slate-600"
      role="img"
      aria-label={t.points(epoch, weightNorm.toFixed(2))}
    >
      {train.map((p, i) => (
        <Marker key={`t${i}`} p={p} hollow={false} />
      ))}
      {validation.map((p, i) => (
        <Marker key={`v${i}`} p={p} hollow />
      ))}
      {lines.map(({ c, dashed, seg }) =>
        seg ? (
          <line
            key={c}
            x1={sx(seg[0])}
            y1={sy(seg[1])}
            x2={sx(seg[2])}
            y2={sy(seg[3])}
            strokeWidth={dashed ? 2 : 3}
            strokeDasharray={dashed ? '6 5' : undefined}
            className="stroke-slate-800 dark:stroke-slate-100"
          />
        ) : null,
      )}
      {presenting ? null : (
        <g
          fontSize={font}
          paintOrder="stroke"
          strokeWidth={4}
          strokeLinejoin="round"
          className="fill-current stroke-slate-50 dark:stroke-slate-900"
        >
          <text x={8} y={font + 4}>{`${t.legendTrain}, ${t.legendVal}`}</text>
          <text x={8} y={2 * font + 8}>{`${t.legendCat}   ${t.legendDog}`}</text>
          <text x={S - 8} y={S - 8 - font - 4} textAnchor="end">{`— ${t.boundary}`}</text>
          <text x={S - 8} y={S - 8} textAnchor="end">{`- - ${t.band}`}</text>
        </g>
      )}
    </svg>
  );
  // on a slide the legend is text at the slide's type size beside the square (loss.css)
  return (
    <div className="loss-points">
      {plot}
      {presenting ? (
        <ul className="loss-points__legend">
          <li>{t.legendTrain}</li>
          <li>{t.legendVal}</li>
          <li>{`${t.legendCat}\u2003${t.legendDog}`}</li>
          <li>{`— ${t.boundary}`}</li>
          <li>{`- - ${t.band}`}</li>
        </ul>
      ) : null}
    </div>
  );
}
