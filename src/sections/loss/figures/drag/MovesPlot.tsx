/**
 * A small plot of the hero's two numbers over the reader's last moves: the
 * mean cross-entropy (solid) and the accuracy (dashed) on one 0-1.5 axis, so
 * a drag that moves one and not the other shows as a sloped line beside a
 * flat one. Each line is named at its right end.
 */
import { LinePlot } from '../../../../widgets/charts/LinePlot';
import { lossText } from '../../../../i18n/loss';
import { useOverlayFont } from '../shared/useOverlayFont';
import { presentPlotBox, textUnits } from '../shared/presentPlotBox';

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

/** `text` in lines of at most `chars` characters (a longer word keeps its own line). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= chars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Two labels' heights `a` and `b` moved apart, about their middle, until they
 * are 1.15 labels of `font` apart (a slide's labels are large beside the plot).
 */
export function apart(a: number, b: number, font: number): [number, number] {
  const gap = 1.15 * font;
  if (Math.abs(a - b) >= gap) return [a, b];
  const mid = (a + b) / 2;
  const sign = a > b ? 1 : -1;
  return [mid + (sign * gap) / 2, mid - (sign * gap) / 2];
}

/** The plot of the last moves. */
export function MovesPlot({ moves }: MovesPlotProps) {
  const { ref, font, presenting } = useOverlayFont(W);
  // on a slide: room right of the area for the longer series name, "accuracy"
  const accName = t.movesAccuracy.split(' ')[0] ?? '';
  const box = presentPlotBox(H, PAD, font, presenting, {
    yTickChars: 3,
    right: textUnits(accName.length, 1) + 0.4,
  });
  // on a slide, the empty plot's hint in lines as wide as the plotting area
  const hint = wrapWords(t.movesEmpty, (W - box.pad.left - box.pad.right) / textUnits(1, font));
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
        height={box.height}
        pad={box.pad}
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
              <text
                x={x(from + shown.length - 1) + 6}
                y={presenting ? apart(y(last.loss), y(last.accuracy), font)[0] : y(last.loss)}
                dominantBaseline="central"
              >
                {t.movesLoss}
              </text>
              <text
                x={x(from + shown.length - 1) + 6}
                y={
                  presenting
                    ? apart(y(last.loss), y(last.accuracy), font)[1]
                    : y(last.accuracy) + (Math.abs(last.accuracy - last.loss) < 0.15 ? font : 0)
                }
                dominantBaseline="central"
              >
                {accName}
              </text>
            </g>
          ) : presenting ? (
            <text
              y={(y(0) + y(top)) / 2 - ((hint.length - 1) * font * 1.2) / 2}
              textAnchor="middle"
              fontSize={font}
              className="fill-current"
            >
              {hint.map((line, i) => (
                <tspan key={i} x={(x(from) + x(xMax)) / 2} dy={i ? font * 1.2 : 0}>
                  {line}
                </tspan>
              ))}
            </text>
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
