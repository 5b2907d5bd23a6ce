/**
 * A small plot of the lesion's Dice against its radius, for the same
 * one-pixel boundary error: the curve falls as the lesion shrinks, while the
 * organ's Dice (dashed line) stays near 1. The current radius is marked.
 * Drawn with the LinePlot widget; the numbers come from the worker
 * (useDiceBySize). Its own labels keep the plot's on-screen label size
 * (svgScale.ts, labelUnits), the slide's type size when presented; there the
 * margins grow to hold the larger tick labels and axis titles.
 */
import { useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { labelUnits } from '../../../../widgets/svgScale';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { segmentationText } from '../../../../i18n/segmentation';
import { LinePlot, type LineSeries } from '../../../../widgets/charts/LinePlot';
import type { SizePoint } from './useDiceBySize';

const t = segmentationText.structures;
const W = 320;
const H = 200;
const PAD = { left: 40, right: 12, top: 12, bottom: 36 };

/**
 * The margins on a slide, from the label size in viewBox units: room for the
 * y ticks ("0.5", about 1.4 em wide) and the rotated axis title on the left,
 * two lines (ticks, title) below, half a tick label above and to the right.
 */
function presentPad(font: number): typeof PAD {
  return {
    left: Math.max(PAD.left, Math.ceil(font * 2.6 + 16)),
    right: Math.max(PAD.right, Math.ceil(font * 0.8)),
    top: Math.max(PAD.top, Math.ceil(font * 0.7)),
    bottom: Math.max(PAD.bottom, Math.ceil(font * 1.9 + 14)),
  };
}

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
  const box = useRef<HTMLDivElement>(null);
  const floor = usePresentLabelPx();
  const font = labelUnits(useDrawnWidth(box), W, 11, 1.02, floor);
  const pad = floor > 0 ? presentPad(font) : PAD;
  const defined = points.filter((p): p is { radius: number; dice: number } => p.dice !== null);
  const current = defined.find((p) => p.radius === radius);
  const first = defined[0];
  const last = defined[defined.length - 1];
  const label =
    first && last
      ? t.plotLabel(first.radius, first.dice.toFixed(2), last.radius, last.dice.toFixed(2), organDice ?? null)
      : t.plotTitle;
  // On a rising curve, above-left and below-right of a point are free of it.
  const right = radius > (minRadius + maxRadius) / 2;
  const xTicks = scaleLinear()
    .domain([minRadius, maxRadius])
    .ticks(5)
    .filter((v) => Number.isInteger(v));
  const series: LineSeries[] = [{ id: 'lesion', points: defined.map((p) => [p.radius, p.dice] as const) }];
  if (typeof organDice === 'number')
    series.unshift({
      id: 'organ',
      points: [
        [minRadius, organDice],
        [maxRadius, organDice],
      ],
      dashed: true,
      className: 'stroke-current opacity-60',
    });
  return (
    <div ref={box} className="w-full max-w-lg">
      <LinePlot
        width={W}
        height={H}
        pad={pad}
        xDomain={[minRadius, maxRadius]}
        yDomain={[0, 1]}
        xTicks={xTicks}
        yTicks={[0, 0.5, 1]}
        xLabel={t.radiusAxis}
        yLabel={t.dice}
        label={label}
        series={series}
      >
        {({ x, y }) => (
          <>
            {typeof organDice === 'number' && (
              // At the left, where the lesion's curve is still far below the organ's line.
              <text x={x(minRadius) + 4} y={y(organDice) + 4 + font} fontSize={font} className="fill-current">
                {t.organLine}
              </text>
            )}
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
                fontSize={font}
                className="fill-current"
              >
                {t.lesionPoint}
              </text>
            )}
          </>
        )}
      </LinePlot>
    </div>
  );
}
