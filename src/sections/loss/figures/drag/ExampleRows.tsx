/**
 * The hero's drawing: one row per example (number and true class, a 0-1
 * track with the example's draggable dot, its loss bar), the threshold as a
 * dashed line across every track. Cats are circles, dogs squares; a wrong
 * prediction is written "wrong" beside its bar, so nothing relies on colour.
 * A dot moves by pointer drag (mouse, pen, finger) or with the arrow keys
 * (0.01, Shift 0.1); right and up raise p. On a slide the labels take the
 * slide's type size, and the rows, columns and ticks make room for them: the
 * drawing is laid out in CSS px (one viewBox unit a pixel, its height fixed by
 * the type size), so its height does not change with the width the slide's fit
 * tries, and the fit keeps the widest layout.
 */
import { useRef } from 'react';
import { arrowKeys, useDrag } from '../../../../widgets/drag/useDrag';
import { hitHalfSide } from '../../../../widgets/drag/touchTarget';
import { useImagePerScreen } from '../../../../widgets/drag/useImagePerScreen';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { textUnits } from '../shared/presentPlotBox';
import { LOSS_CLASSES, lossText } from '../../../../i18n/loss';
import { EXAMPLE_LABELS, moveP, predictedClass } from './examples';

const t = lossText.drag;
/** The page's viewBox width. */
const PAGE_W = 640;
/** Loss drawn at full bar width (longer bars are cut, with the number beside them). */
const BAR_MAX = 3;

/** Where the drawing puts things, in viewBox units: row height, the 0-1 track (x0-x1), the loss bars (b0-b1). */
export interface RowsLayout {
  row: number;
  x0: number;
  x1: number;
  b0: number;
  b1: number;
  /** Tick values under the track. */
  ticks: readonly number[];
}

/** The page's layout. */
const PAGE_LAYOUT: RowsLayout = {
  row: 24,
  x0: 96,
  x1: 420,
  b0: 448,
  b1: 560,
  ticks: [0, 0.25, 0.5, 0.75, 1],
};

/**
 * The layout on a slide `width` units wide, for labels `font` units tall:
 * rows 1.4 labels high, room left of the track for "10 dog", right of the
 * bars for "4.61 wrong", and ticks at halves when quarters would touch.
 */
export function presentRowsLayout(font: number, width: number): RowsLayout {
  const row = Math.round(font * 1.4);
  const x0 = Math.round(textUnits(6, font) + 20);
  const b1 = Math.round(width - 8 - textUnits(10, font));
  const b0 = b1 - Math.round(Math.min(140, Math.max(60, width * 0.14)));
  const x1 = b0 - Math.round(font);
  const quarters = (x1 - x0) / 4 > textUnits(4, font) + font;
  return { row, x0, x1, b0, b1, ticks: quarters ? PAGE_LAYOUT.ticks : [0, 0.5, 1] };
}

/** The x of probability `p` on the track. */
const trackX = (l: RowsLayout, p: number) => l.x0 + p * (l.x1 - l.x0);

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
  layout,
  onChange,
}: {
  index: number;
  p: number;
  top: number;
  layout: RowsLayout;
  onChange: (index: number, p: number) => void;
}) {
  const label = EXAMPLE_LABELS[index] as 0 | 1;
  const drag = useDrag<number>({
    onDrag: (start, dx) => {
      const next = moveP(start, dx / (layout.x1 - layout.x0));
      if (next !== p) onChange(index, next);
    },
  });
  const ref = useRef<SVGCircleElement>(null);
  const r = hitHalfSide(16, useImagePerScreen(ref));
  const x = trackX(layout, p);
  const y = top + index * layout.row + layout.row / 2;
  // markers grow with the rows on a slide
  const m = layout.row / PAGE_LAYOUT.row;
  const dotClass = label === 0 ? 'fill-sky-700 dark:fill-sky-300' : 'fill-amber-700 dark:fill-amber-300';
  return (
    <g>
      {label === 0 ? (
        <circle cx={x} cy={y} r={7.5 * m} className={`pointer-events-none ${dotClass}`} />
      ) : (
        <rect
          x={x - 7 * m}
          y={y - 7 * m}
          width={14 * m}
          height={14 * m}
          className={`pointer-events-none ${dotClass}`}
        />
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
  const floor = usePresentLabelPx();
  const presenting = floor > 0;
  // on a slide one unit is one CSS px: labels at the slide's type size
  const W = presenting && drawn > 0 ? drawn : PAGE_W;
  const font = presenting ? floor : labelUnits(drawn, W, 20);
  const small = presenting ? floor : labelUnits(drawn, W, 18, 0.9);
  const l = presenting ? presentRowsLayout(font, W) : PAGE_LAYOUT;
  const m = l.row / PAGE_LAYOUT.row;
  // Space above the rows for one line of labels, below them for the ticks and the axis title.
  const TOP = Math.round(small + 14);
  const rowsEnd = TOP + EXAMPLE_LABELS.length * l.row;
  const H = Math.round(rowsEnd + (presenting ? 20 + 2.4 * small : 16 + 2.3 * small));
  const right = p.filter((q, i) => predictedClass(q, threshold) === EXAMPLE_LABELS[i]).length;
  const tx = trackX(l, threshold);
  // on a slide the class names keep to their side of the threshold, and the loss column's
  // header moves down to the ticks' line to leave them the top line
  const catText = `← ${LOSS_CLASSES[0]}`;
  const dogText = `${LOSS_CLASSES[1]} →`;
  const catHalf = textUnits(catText.length, small) / 2;
  const dogHalf = textUnits(dogText.length, small) / 2;
  const catX = presenting
    ? Math.max(catHalf + 2, Math.min((l.x0 + tx) / 2, tx - catHalf - 6))
    : (l.x0 + tx) / 2;
  const dogX = presenting
    ? Math.min(W - dogHalf - 2, Math.max((tx + l.x1) / 2, tx + dogHalf + 6))
    : (tx + l.x1) / 2;
  const axisHalf = textUnits(t.axis.length, small) / 2;
  const axisX = presenting
    ? Math.max(axisHalf + 4, Math.min((l.x0 + l.x1) / 2, W - axisHalf - 4))
    : (l.x0 + l.x1) / 2;
  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${W} ${H}`}
      className="block h-auto w-full touch-none select-none"
      // on a slide the height follows the type size alone; a width not yet measured leaves blank room
      style={presenting ? { height: `${H}px` } : undefined}
      preserveAspectRatio={presenting ? 'xMinYMin meet' : undefined}
      role="group"
      aria-label={t.drawing(p.map((q) => q.toFixed(2)).join(', '), threshold.toFixed(2), right)}
    >
      <rect
        x={tx}
        y={TOP - 4}
        width={l.x1 - tx}
        height={EXAMPLE_LABELS.length * l.row + 8}
        className="fill-amber-100/60 dark:fill-amber-900/30"
      />
      <text x={catX} y={TOP - 10} fontSize={small} textAnchor="middle" className="fill-current">
        {catText}
      </text>
      <text x={dogX} y={TOP - 10} fontSize={small} textAnchor="middle" className="fill-current">
        {dogText}
      </text>
      <text
        x={l.b0}
        y={presenting ? rowsEnd + 12 : TOP - 10}
        fontSize={small}
        dominantBaseline={presenting ? 'hanging' : undefined}
        className="fill-current"
      >
        {t.lossHeader}
      </text>
      {EXAMPLE_LABELS.map((label, i) => {
        const y = TOP + i * l.row + l.row / 2;
        const loss = losses?.[i];
        const wrong = predictedClass(p[i] as number, threshold) !== label;
        const bar = typeof loss === 'number' ? (Math.min(loss, BAR_MAX) / BAR_MAX) * (l.b1 - l.b0) : 0;
        return (
          <g key={i}>
            <text
              x={l.x0 - 16}
              y={y}
              fontSize={font}
              textAnchor="end"
              dominantBaseline="central"
              className="fill-current"
            >
              {t.rowLabel(i + 1, LOSS_CLASSES[label])}
            </text>
            <line
              x1={l.x0}
              x2={l.x1}
              y1={y}
              y2={y}
              className="stroke-slate-400 dark:stroke-slate-500"
              strokeWidth={2}
            />
            <rect
              x={l.b0}
              y={y - 7 * m}
              width={bar}
              height={14 * m}
              className={wrong ? 'fill-rose-700 dark:fill-rose-400' : 'fill-slate-500 dark:fill-slate-400'}
            />
            <text
              x={l.b0 + bar + 6}
              y={y}
              fontSize={small}
              dominantBaseline="central"
              className="fill-current"
            >
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
      {l.ticks.map((v) => (
        <g key={v}>
          <line
            x1={trackX(l, v)}
            x2={trackX(l, v)}
            y1={rowsEnd + 4}
            y2={rowsEnd + 10}
            className="stroke-current"
          />
          <text
            x={trackX(l, v)}
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
      <text x={axisX} y={H - 6} fontSize={small} textAnchor="middle" className="fill-current">
        {t.axis}
      </text>
      {p.map((q, i) => (
        <ExampleDot key={i} index={i} p={q} top={TOP} layout={l} onChange={onChange} />
      ))}
    </svg>
  );
}
