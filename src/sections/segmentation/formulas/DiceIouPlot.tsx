/**
 * A small plot of Dice against IoU: the curve Dice = 2 IoU / (1 + IoU) that
 * every prediction lies on, the diagonal Dice = IoU for comparison, and the
 * reader's current point. d3 supplies the scales and the path; React draws.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { segmentationText } from '../../../i18n/segmentation';
import { diceCurvePoints } from './diceCurve';

const t = segmentationText.formulas;
const SIZE = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 40 };

const x = scaleLinear()
  .domain([0, 1])
  .range([PAD.left, SIZE - PAD.right]);
const y = scaleLinear()
  .domain([0, 1])
  .range([SIZE - PAD.bottom, PAD.top]);

const curvePath = line<[number, number]>()
  .x((d) => x(d[0]))
  .y((d) => y(d[1]))(diceCurvePoints())!;

/** The plot; `iou` and `dice` are the worker's values (null or undefined: no point). */
export function DiceIouPlot({
  iou,
  dice,
}: {
  iou: number | null | undefined;
  dice: number | null | undefined;
}) {
  const has = typeof iou === 'number' && typeof dice === 'number';
  const label = t.plotLabel(has ? iou.toFixed(3) : '–', has ? dice.toFixed(3) : '–');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="h-auto w-full max-w-xs" role="img" aria-label={label}>
      <rect
        x={x(0)}
        y={y(1)}
        width={x(1) - x(0)}
        height={y(0) - y(1)}
        className="fill-none stroke-current opacity-40"
      />
      {ticks.map((v) => (
        <g key={v} className="text-[10px]">
          <line x1={x(v)} x2={x(v)} y1={y(0)} y2={y(0) + 4} className="stroke-current" />
          <text x={x(v)} y={y(0) + 15} textAnchor="middle" className="fill-current">
            {v}
          </text>
          <line x1={x(0) - 4} x2={x(0)} y1={y(v)} y2={y(v)} className="stroke-current" />
          <text x={x(0) - 7} y={y(v) + 3} textAnchor="end" className="fill-current">
            {v}
          </text>
        </g>
      ))}
      <text x={(x(0) + x(1)) / 2} y={SIZE - 6} textAnchor="middle" className="fill-current text-[12px]">
        {t.iouAxis}
      </text>
      <text
        x={12}
        y={(y(0) + y(1)) / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${(y(0) + y(1)) / 2})`}
        className="fill-current text-[12px]"
      >
        {t.diceAxis}
      </text>
      <line
        x1={x(0)}
        y1={y(0)}
        x2={x(1)}
        y2={y(1)}
        className="stroke-current opacity-50"
        strokeDasharray="4 4"
      />
      {/* Below the diagonal: no prediction ever lies there (Dice >= IoU), so the label never meets the point. */}
      <text x={x(0.98)} y={y(0.6)} textAnchor="end" className="fill-current text-[10px] opacity-80">
        {t.identity}
      </text>
      <path d={curvePath} className="fill-none stroke-current" strokeWidth={2} />
      {has && (
        <g data-plot-point="" data-iou={String(iou)} data-dice={String(dice)}>
          <circle cx={x(iou)} cy={y(dice)} r={6} className="ba-plot-point" />
          {/* Above and left of the curve (or above and right near the origin), away from the diagonal. */}
          <text
            x={x(iou) + (iou >= 0.35 ? -10 : 10)}
            y={Math.max(y(dice) - 10, PAD.top + 10)}
            textAnchor={iou >= 0.35 ? 'end' : 'start'}
            className="fill-current text-[11px]"
          >
            {t.you}
          </text>
        </g>
      )}
    </svg>
  );
}
