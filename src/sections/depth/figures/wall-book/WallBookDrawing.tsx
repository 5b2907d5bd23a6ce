/**
 * Side view of the wall-and-book example on a 0-20 m axis: the camera, the
 * true book (1 m) and wall (10 m), and where the reader's predictions put them
 * (dashed). At this scale both 10 cm misses look the same, as they do to RMSE.
 * On phones the labels are drawn larger (in viewBox units) so they stay legible.
 */
import { depthText } from '../../../../i18n/depth';
import { BOOK_DEPTH, WALL_DEPTH } from './wallBook';

const t = depthText.wallBook;
const W = 640;
const H = 170;
const X0 = 40;
const PER_M = (W - 2 * X0) / 20;
const GROUND = 128;
const x = (m: number) => X0 + m * PER_M;
const metres = (m: number) => `${m.toFixed(1)} m`;

/** Props of WallBookDrawing. */
export interface WallBookDrawingProps {
  wall: number;
  book: number;
}

/** The side view. */
export function WallBookDrawing({ wall, book }: WallBookDrawingProps) {
  return (
    <svg
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
            fontSize={18}
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
        <text x={2} y={GROUND - 58} fontSize={16} className="max-sm:hidden">
          {t.camera}
        </text>
      </g>
      <rect
        x={x(BOOK_DEPTH) - 3}
        y={GROUND - 22}
        width={6}
        height={22}
        className="fill-emerald-600 dark:fill-emerald-400"
      />
      <rect
        x={x(WALL_DEPTH)}
        y={GROUND - 95}
        width={8}
        height={95}
        className="fill-sky-700 dark:fill-sky-400"
      />
      <g className="stroke-amber-600 dark:stroke-amber-300" strokeWidth={2} strokeDasharray="5 3">
        <line x1={x(book)} x2={x(book)} y1={GROUND - 40} y2={GROUND} />
        <line x1={x(wall)} x2={x(wall)} y1={GROUND - 125} y2={GROUND} />
      </g>
      <g fontSize={18} className="fill-slate-800 max-sm:text-[26px] dark:fill-slate-100">
        <text x={x(BOOK_DEPTH) + 10} y={GROUND - 46}>
          {t.bookName}
        </text>
        <text x={x(WALL_DEPTH) + 14} y={GROUND - 70}>
          {t.wallName}
        </text>
      </g>
      <g fontSize={16} className="fill-amber-700 max-sm:text-[24px] dark:fill-amber-200">
        <text x={x(book) + 5} y={GROUND - 26}>
          {metres(book)}
        </text>
        <text x={x(wall) + (wall > 15 ? -5 : 5)} y={GROUND - 110} textAnchor={wall > 15 ? 'end' : 'start'}>
          {metres(wall)}
        </text>
      </g>
    </svg>
  );
}
