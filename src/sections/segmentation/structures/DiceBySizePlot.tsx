/**
 * A small plot of the lesion's Dice against its radius, for the same
 * one-pixel boundary error: the curve falls as the lesion shrinks, while the
 * organ's Dice (dashed line) stays near 1. The current radius is marked.
 * d3 supplies the scales and the path; React draws; the numbers come from
 * the worker (useDiceBySize).
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { segmentationText } from '../../../i18n/segmentation';
import type { SizePoint } from './useDiceBySize';

const t = segmentationText.structures;
const W = 320;
const H = 200;
const PAD = { left: 40, right: 12, top: 12, bottom: 36 };

/** Props of DiceBySizePlot. */
export interface DiceBySizePlotProps {
  points: readonly SizePoint[];
  /** The slider's radius (its point is highlighted). */
  radius: number;
  /** The large organ's Dice, drawn as a reference line when known. */
  organDice: number | null | undefined;
  minRadius: number;
  maxRadius: number;
}

/** The Dice-against-radius plot. */
export function DiceBySizePlot({ points, radius, organDice, minRadius, maxRadius }: DiceBySizePlotProps) {
  const x = scaleLinear()
    .domain([minRadius, maxRadius])
    .range([PAD.left, W - PAD.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - PAD.bottom, PAD.top]);
  const defined = points.filter((p): p is { radius: number; dice: number } => p.dice !== null);
  const path =
    line<{ radius: number; dice: number }>()
      .x((p) => x(p.radius))
      .y((p) => y(p.dice))(defined) ?? '';
  const current = defined.find((p) => p.radius === radius);
  const first = defined[0];
  const last = defined[defined.length - 1];
  const label =
    first && last
      ? t.plotLabel(first.radius, first.dice.toFixed(2), last.radius, last.dice.toFixed(2), organDice ?? null)
      : t.plotTitle;
  // On a rising curve, above-left and below-right of a point are free of it.
  const right = radius > (minRadius + maxRadius) / 2;
  const xTicks = x.ticks(5).filter((v) => Number.isInteger(v));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-md" role="img" aria-label={label}>
      <rect
        x={x(minRadius)}
        y={y(1)}
        width={x(maxRadius) - x(minRadius)}
        height={y(0) - y(1)}
        className="fill-none stroke-current opacity-40"
      />
      {[0, 0.5, 1].map((v) => (
        <g key={`y${v}`} className="text-[10px]">
          <line x1={x(minRadius) - 4} x2={x(minRadius)} y1={y(v)} y2={y(v)} className="stroke-current" />
          <text x={x(minRadius) - 7} y={y(v) + 3} textAnchor="end" className="fill-current">
            {v}
          </text>
        </g>
      ))}
      {xTicks.map((v) => (
        <g key={`x${v}`} className="text-[10px]">
          <line x1={x(v)} x2={x(v)} y1={y(0)} y2={y(0) + 4} className="stroke-current" />
          <text x={x(v)} y={y(0) + 15} textAnchor="middle" className="fill-current">
            {v}
          </text>
        </g>
      ))}
      <text
        x={(x(minRadius) + x(maxRadius)) / 2}
        y={H - 4}
        textAnchor="middle"
        className="fill-current text-[12px]"
      >
        {t.radiusAxis}
      </text>
      <text
        x={12}
        y={(y(0) + y(1)) / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${(y(0) + y(1)) / 2})`}
        className="fill-current text-[12px]"
      >
        {t.dice}
      </text>
      {typeof organDice === 'number' && (
        <g>
          <line
            x1={x(minRadius)}
            x2={x(maxRadius)}
            y1={y(organDice)}
            y2={y(organDice)}
            className="stroke-current opacity-60"
            strokeDasharray="4 4"
          />
          {/* At the left, where the lesion's curve is still far below the organ's line. */}
          <text x={x(minRadius) + 4} y={y(organDice) + 13} className="fill-current text-[10px]">
            {t.organLine}
          </text>
        </g>
      )}
      <path d={path} className="fill-none stroke-current" strokeWidth={2} />
      {defined.map((p) => (
        <circle
          key={p.radius}
          cx={x(p.radius)}
          cy={y(p.dice)}
          r={p.radius === radius ? 6 : 2.5}
          className={p.radius === radius ? 'ba-plot-point' : 'fill-current'}
          data-size-point=""
          data-radius={String(p.radius)}
          data-dice={String(p.dice)}
          data-current={p.radius === radius ? 'true' : undefined}
        />
      ))}
      {current && (
        <text
          x={x(current.radius) + (right ? -8 : 8)}
          y={y(current.dice) + (right ? -10 : 16)}
          textAnchor={right ? 'end' : 'start'}
          className="fill-current text-[11px]"
        >
          {t.lesionPoint}
        </text>
      )}
    </svg>
  );
}
