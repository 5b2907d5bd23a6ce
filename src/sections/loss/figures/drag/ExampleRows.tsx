/**
 * The hero's drawing: one row per example (number and true class, a 0-1
 * track with the example's draggable dot, its loss bar), the threshold as a
 * dashed line across every track. Cats are circles, dogs squares; a wrong
 * prediction is written "wrong" beside its bar, so nothing relies on colour.
 * A dot moves by pointer drag (mouse, pen, finger) or with the arrow keys
 * (0.01, Shift 0.1); right and up raise p.
 */
import { useRef } from 'react';
import { arrowKeys, useDrag } from '../../../../widgets/drag/useDrag';
import { hitHalfSide } from '../../../../widgets/drag/touchTarget';
import { useImagePerScreen } from '../../../../widgets/drag/useImagePerScreen';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { LOSS_CLASSES, lossText } from '../../../../i18n/loss';
import { EXAMPLE_LABELS, moveP, predictedClass } from './examples';

const t = lossText.drag;
const W = 640;
const ROW = 24;
const X0 = 96;
const X1 = 420;
const B0 = 448;
const B1 = 560;
/** Loss drawn at full bar width (longer bars are cut, with the number beside them). */
const BAR_MAX = 3;
const px = (p: number) => X0 + p * (X1 - X0);

/** Props of ExampleRows. */
export interface ExampleRowsProps {
  p: readonly number[];
  threshold: number;
  /** Loss of each example (from the worker), undefined while unknown. */
  losses: readonly (number | null | undefined)[] | undefined;
  onChange: (index: number, p: number) => void;
}

/** One example's draggable dot. */
function ExampleDot({
  index,
  p,
  top,
  onChange,
}: {
  index: number;
  p: number;
  top: number;
  onChange: (index: number, p: number) => void;
}) {
  const label = EXAMPLE_LABELS[index] as 0 | 1;
  const drag = useDrag<number>({
    onDrag: (start, dx) => {
      const next = moveP(start, dx / (X1 - X0));
      if (next !== p) onChange(index, next);
    },
  });
  const ref = useRef<SVGCircleElement>(null);
  const r = hitHalfSide(16, useImagePerScreen(ref));
  const x = px(p);
  const y = top + index * ROW + ROW / 2;
  const dotClass = label === 0 ? 'fill-sky-700 dark:fill-sky-300' : 'fill-amber-700 dark:fill-amber-300';
  return (
    <g>
      {label === 0 ? (
        <circle cx={x} cy={y} r={7.5} className={`pointer-events-none ${dotClass}`} />
      ) : (
        <rect x={x - 7} y={y - 7} width={14} height={14} className={`pointer-events-none ${dotClass}`} />
      )}
      <circle
        ref={ref}
        cx={x}
        cy={y}
        r={r}
        fill="transparent"
        role="button"
        aria-roledescription="draggable"
        aria-label={t.example(index + 1, LOSS_CLASSES[label], p.toFixed(2))}
        tabIndex={0}
        className="ba-draggable cursor-ew-resize"
        style={{ touchAction: 'none' }}
        {...drag.handlers(p)}
        onKeyDown={arrowKeys((dx, dy) => {
          const next = moveP(p, (dx - dy) / 100);
          if (next !== p) onChange(index, next);
        })}
      />
    </g>
  );
}

/** The ten rows. */
export function ExampleRows({ p, threshold, losses, onChange }: ExampleRowsProps) {
  const svg = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(svg);
  const font = labelUnits(drawn, W, 20);
  const small = labelUnits(drawn, W, 18, 0.9);
  // Space above the rows for one line of labels, below them for the ticks and the axis title.
  const TOP = Math.round(small + 14);
  const rowsEnd = TOP + EXAMPLE_LABELS.length * ROW;
  const H = Math.round(rowsEnd + 16 + 2.3 * small);
  const right = p.filter((q, i) => predictedClass(q, threshold) === EXAMPLE_LABELS[i]).length;
  const tx = px(threshold);
  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${W} ${H}`}
      className="block h-auto w-full touch-none select-none"
      role="group"
      aria-label={t.drawing(p.map((q) => q.toFixed(2)).join(', '), threshold.toFixed(2), right)}
    >
      <rect
        x={tx}
        y={TOP - 4}
        width={X1 - tx}
        height={EXAMPLE_LABELS.length * ROW + 8}
        className="fill-amber-100/60 dark:fill-amber-900/30"
      />
      <text x={(X0 + tx) / 2} y={TOP - 10} fontSize={small} textAnchor="middle" className="fill-current">
        {`← ${LOSS_CLASSES[0]}`}
      </text>
      <text x={(tx + X1) / 2} y={TOP - 10} fontSize={small} textAnchor="middle" className="fill-current">
        {`${LOSS_CLASSES[1]} →`}
      </text>
      <text x={B0} y={TOP - 10} fontSize={small} className="fill-current">
        {t.lossHeader}
      </text>
      {EXAMPLE_LABELS.map((label, i) => {
        const y = TOP + i * ROW + ROW / 2;
        const loss = losses?.[i];
        const wrong = predictedClass(p[i] as number, threshold) !== label;
        const bar = typeof loss === 'number' ? (Math.min(loss, BAR_MAX) / BAR_MAX) * (B1 - B0) : 0;
        return (
          <g key={i}>
            <text
              x={X0 - 16}
              y={y}
              fontSize={font}
              textAnchor="end"
              dominantBaseline="central"
              className="fill-current"
            >
              {t.rowLabel(i + 1, LOSS_CLASSES[label])}
            </text>
            <line
              x1={X0}
              x2={X1}
              y1={y}
              y2={y}
              className="stroke-slate-400 dark:stroke-slate-500"
              strokeWidth={2}
            />
            <rect
              x={B0}
              y={y - 7}
              width={bar}
              height={14}
              className={wrong ? 'fill-rose-700 dark:fill-rose-400' : 'fill-slate-500 dark:fill-slate-400'}
            />
            <text x={B0 + bar + 6} y={y} fontSize={small} dominantBaseline="central" className="fill-current">
              {typeof loss === 'number' ? `${loss.toFixed(2)}${wrong ? ` ${t.wrong}` : ''}` : ''}
            </text>
          </g>
        );
      })}
      <line
        x1={tx}
        x2={tx}
        y1={TOP - 4}
        y2={rowsEnd + 4}
        strokeWidth={3}
        strokeDasharray="7 5"
        className="stroke-slate-800 dark:stroke-slate-100"
      />
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={px(v)} x2={px(v)} y1={rowsEnd + 4} y2={rowsEnd + 10} className="stroke-current" />
          <text
            x={px(v)}
            y={rowsEnd + 12}
            fontSize={small}
            textAnchor="middle"
            dominantBaseline="hanging"
            className="fill-current"
          >
            {String(v)}
          </text>
        </g>
      ))}
      <text x={(X0 + X1) / 2} y={H - 6} fontSize={small} textAnchor="middle" className="fill-current">
        {t.axis}
      </text>
      {p.map((q, i) => (
        <ExampleDot key={i} index={i} p={q} top={TOP} onChange={onChange} />
      ))}
    </svg>
  );
}
