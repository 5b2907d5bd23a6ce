/**
 * A small plot of the hero's two numbers over the reader's last moves: the
 * mean cross-entropy (solid) and the accuracy (dashed) on one 0-1.5 axis, so
 * a drag that moves one and not the other shows as a sloped line beside a
 * flat one. Each line is named at its right end.
 */
import { LinePlot } from '../../../../widgets/charts/LinePlot';
import { lossText } from '../../../../i18n/loss';
import { useOverlayFont } from '../shared/useOverlayFont';

const t = lossText.drag;
const W = 360;
const H = 200;
const PAD = { left: 56, right: 92, top: 12, bottom: 44 };
/** Moves kept in the plot. */
export const MOVES_KEPT = 20;

/** One settled pair of numbers. */
export interface Move {
  loss: number;
  accuracy: number;
}

/** Props of MovesPlot. */
export interface MovesPlotProps {
  moves: readonly Move[];
}

/** The plot of the last moves. */
export function MovesPlot({ moves }: MovesPlotProps) {
  const { ref, font } = useOverlayFont(W);
  const n = moves.length;
  const last = moves[n - 1];
  const top = Math.max(1.5, ...moves.map((m) => Math.ceil(m.loss * 2) / 2));
  const from = Math.max(0, n - MOVES_KEPT);
  const shown = moves.slice(from);
  const xMax = Math.max(from + MOVES_KEPT - 1, 1);
  return (
    <div ref={ref} className="min-w-0 max-w-md">
      <p className="m-0 text-base font-semibold">{t.movesTitle}</p>
      <LinePlot
        width={W}
        height={H}
        pad={PAD}
        xDomain={[from, xMax]}
        yDomain={[0, top]}
        xTicks={[from, xMax]}
        yTicks={[0, 0.5, 1, ...(top > 1.5 ? [top] : [1.5])]}
        xLabel={t.movesX}
        yLabel={t.movesY}
        label={t.movesLabel(n, last ? last.loss.toFixed(3) : '–', last ? last.accuracy.toFixed(1) : '–')}
        className="max-w-md"
        series={[
          {
            id: 'loss',
            points: shown.map((m, i) => [from + i, m.loss] as const),
            className: 'stroke-sky-700 dark:stroke-sky-300',
            strokeWidth: 3,
          },
          {
            id: 'accuracy',
            points: shown.map((m, i) => [from + i, m.accuracy] as const),
            className: 'stroke-amber-700 dark:stroke-amber-300',
            strokeWidth: 3,
            dashed: true,
          },
        ]}
      >
        {({ x, y }) =>
          last ? (
            <g fontSize={font} className="fill-current">
              <text x={x(from + shown.length - 1) + 6} y={y(last.loss)} dominantBaseline="central">
                {t.movesLoss}
              </text>
              <text
                x={x(from + shown.length - 1) + 6}
                y={y(last.accuracy) + (Math.abs(last.accuracy - last.loss) < 0.15 ? font : 0)}
                dominantBaseline="central"
              >
                {t.movesAccuracy.split(' ')[0]}
              </text>
            </g>
          ) : (
            <text x={W / 2 - 30} y={H / 2} textAnchor="middle" fontSize={font} className="fill-current">
              {t.movesEmpty}
            </text>
          )
        }
      </LinePlot>
    </div>
  );
}
