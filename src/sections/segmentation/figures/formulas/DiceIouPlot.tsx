/**
 * A small plot of Dice against IoU: the curve Dice = 2 IoU / (1 + IoU) that
 * every prediction lies on, the diagonal Dice = IoU for comparison, and the
 * reader's current point, drawn with the LinePlot widget. Its own labels
 * keep the plot's on-screen label size (svgScale.ts, labelUnits), the
 * slide's type size when presented.
 */
import { useRef } from 'react';
import { labelUnits } from '../../../../widgets/svgScale';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { segmentationText } from '../../../../i18n/segmentation';
import { LinePlot, type LineSeries } from '../../../../widgets/charts/LinePlot';
import { diceCurvePoints } from './diceCurve';

const t = segmentationText.formulas;
const SIZE = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 40 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];
const SERIES: readonly LineSeries[] = [
  {
    id: 'identity',
    points: [
      [0, 0],
      [1, 1],
    ],
    dashed: true,
    className: 'stroke-current opacity-50',
  },
  { id: 'dice', points: diceCurvePoints() },
];

/** The plot; `iou` and `dice` are the worker's values (null or undefined: no point). */
export function DiceIouPlot({
  iou,
  dice,
}: {
  iou: number | null | undefined;
  dice: number | null | undefined;
}) {
  const has = typeof iou === 'number' && typeof dice === 'number';
  const box = useRef<HTMLDivElement>(null);
  const font = labelUnits(useDrawnWidth(box), SIZE, 11, 1.02, usePresentLabelPx());
  return (
    <div ref={box} className="w-full max-w-md">
      <LinePlot
        width={SIZE}
        height={SIZE}
        pad={PAD}
        xDomain={[0, 1]}
        yDomain={[0, 1]}
        xTicks={TICKS}
        yTicks={TICKS}
        xLabel={t.iouAxis}
        yLabel={t.diceAxis}
        label={t.plotLabel(has ? iou.toFixed(3) : '–', has ? dice.toFixed(3) : '–')}
        series={SERIES}
      >
        {({ x, y }) => (
          <>
            {/* Below the diagonal: no prediction ever lies there (Dice >= IoU), so the label never meets the point. */}
            <text x={x(0.98)} y={y(0.6)} textAnchor="end" fontSize={font} className="fill-current opacity-80">
              {t.identity}
            </text>
            {has && (
              <g data-plot-point="" data-iou={String(iou)} data-dice={String(dice)}>
                <circle cx={x(iou)} cy={y(dice)} r={6} className="ba-plot-point" />
                {/* Above and left of the curve (or above and right near the origin), away from the diagonal. */}
                <text
                  x={x(iou) + (iou >= 0.35 ? -10 : 10)}
                  y={Math.max(y(dice) - 10, PAD.top + 10)}
                  textAnchor={iou >= 0.35 ? 'end' : 'start'}
                  fontSize={font}
                  className="fill-current"
                >
                  {t.you}
                </text>
              </g>
            )}
          </>
        )}
      </LinePlot>
    </div>
  );
}
