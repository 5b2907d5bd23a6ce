/**
 * Side view of the wall-and-book example on a 0-20 m axis: the camera, the
 * true book (1 m) and wall (10 m), solid and labelled "true", and where the
 * reader's predictions put them, dashed and labelled "predicted". At this
 * scale both 10 cm misses look the same, as they do to RMSE. Labels are 19-20
 * viewBox units, at least 16 CSS px wherever the drawing is 540 px or wider;
 * on phones they are drawn larger (in viewBox units) so they stay legible.
 */
import { useRef } from 'react';
import { depthText } from '../../../../i18n/depth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { BOOK_DEPTH, WALL_DEPTH } from './wallBook';

const t = depthText.wallBook;
const W = 640;
const H = 200;
const X0 = 56;
const PER_M = (W - 2 * X0) / 20;
const GROUND = 160;
const x = (m: number) => X0 + m * PER_M;
const metres = (m: number) => `${m.toFixed(1)} m`;

/** Props of WallBookDrawing. */
export interface WallBookDrawingProps {
  wall: number;
  book: number;
}

/** The side view. */
export function WallBookDrawing({ wall, book }: WallBookDrawingProps) {
  const ref = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(ref);
  // on a slide the labels take the slide's type size (never smaller than on the page)
  const floor = usePresentLabelPx();
  const slide = floor > 0 ? Math.max(20, labelUnits(drawn, W, 20, 1, floor)) : 0;
  const wallLeft = wall > 15;
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      className="mx-auto block h-auto w-full max-w-3xl select-none"
      role="img"
      aria-label={t.drawing(metres(wall), metres(book))}
    >
      <line x1={X0} x2={W - X0} y1={GROUND} y2={GROUND} className="stroke-slate-500" strokeWidth={1.5} />
      {Array.from({ length: 6 }, (_, k) => (
        <g key={k} className="fill-slate-600 stroke-slate-500 dark:fill-slate-300">
          <line x1={x(4 * k)} x2={x(4 * k)} y1={GROUND} y2={GROUND + 6} />
          <text
            x={x(4 * k)}
            y={GROUND + 26}
            textAnchor="middle"
            fontSize={slide || 19}
            stroke="none"
            className="max-sm:text-[28px]"
          >
            {4 * k} m
          </text>
        </g>
      ))}
      <g className="fill-slate-700 dark:fill-slate-200">
        <rect x={X0 - 22} y={GROUND - 48} width={20} height={14} rx={2} />
        <polygon
          points={`${X0 - 2},${GROUND - 45} ${X0 + 6},${GROUND - 50} ${X0 + 6},${GROUND - 32} ${X0 - 2},${GROUND - 37}`}
        />
        <text x={2} y={GROUND - 58} fontSize={slide || 19} className="max-sm:hidden">
          {t.camera}
        </text>
      </g>
      {/* ground truth: solid */}
      <rect
        x={x(BOOK_DEPTH) - 3}
        y={GROUND - 22}
        width={6}
        height={22}
        className="fill-emerald-700 dark:fill-emerald-400"
      />
      <rect
        x={x(WALL_DEPTH)}
        y={GROUND - 95}
        width={8}
        height={95}
        className="fill-sky-700 dark:fill-sky-400"
      />
      <g fontSize={slide || 20} className="fill-slate-800 max-sm:text-[30px] dark:fill-slate-100">
        <text x={x(BOOK_DEPTH) + 10} y={GROUND - 8}>
          {t.bookTrue}
        </text>
        <text x={x(WALL_DEPTH) + 14} y={GROUND - 8}>
          {t.wallTrue}
        </text>
      </g>
      {/* predictions: dashed, above the objects */}
      <g className="stroke-amber-700 dark:stroke-amber-300" strokeWidth={2.5} strokeDasharray="6 4">
        <line x1={x(book)} x2={x(book)} y1={GROUND - 105} y2={GROUND} />
        <line x1={x(wall)} x2={x(wall)} y1={GROUND - 150} y2={GROUND} />
      </g>
      <g fontSize={slide || 19} className="fill-amber-800 max-sm:text-[28px] dark:fill-amber-200">
        <text x={x(book) + 6} y={GROUND - 88}>
          {t.predictedAt(metres(book))}
        </text>
        <text x={x(wall) + (wallLeft ? -6 : 6)} y={GROUND - 128} textAnchor={wallLeft ? 'end' : 'start'}>
          {t.predictedAt(metres(wall))}
        </text>
      </g>
    </svg>
  );
}
