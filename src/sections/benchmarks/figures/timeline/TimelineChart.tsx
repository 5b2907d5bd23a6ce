/**
 * The timeline drawing: a lane of four datasets (diamonds) over the years
 * 1996-2017, and under it the winning ILSVRC top-5 error by year (circles)
 * with the single-annotator human line. Every stop is a focusable button
 * (Tab, or Left/Right/Home/End from one to the next, which also selects it);
 * the selected stop is drawn larger with a ring. d3 gives the scales; React
 * owns the DOM. Labels keep their on-screen size (svgScale's labelUnits):
 * on a phone the drawing switches to a narrower viewBox instead of shrinking.
 * On a slide the labels take the slide's type size and the drawing is laid
 * out in CSS px (one viewBox unit a pixel, its height set by the type size),
 * so its height does not change with the width the slide's fit tries.
 */
import { useRef, type KeyboardEvent } from 'react';
import { scaleLinear, scalePoint } from 'd3-scale';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { benchmarksText } from '../../../../i18n/benchmarks';
import {
  DATASETS,
  HUMAN_TOP5_ERROR,
  ILSVRC_YEARS,
  STOPS,
  stepStop,
  type DatasetStop,
  type TimelineStop,
  type YearStop,
} from './timelineData';

const t = benchmarksText.timeline;
const HEIGHT = 278;
const LANE_Y = 34;
const CHART_TOP = 96;
const CHART_BOTTOM = 250;
const MAX_ERROR = 35;

/** Where the drawing puts things vertically, in viewBox units. */
export interface TimelineRows {
  height: number;
  laneY: number;
  chartTop: number;
  chartBottom: number;
  /** Baseline of the error axis's title. */
  titleY: number;
}

/**
 * The rows on a slide, for labels `font` px tall: the dataset names above and
 * below the lane, the error axis's title under them, then the chart (ten
 * labels tall) and its years.
 */
export function presentTimelineRows(font: number): TimelineRows {
  const laneY = Math.round(font + 14);
  const titleY = Math.round(laneY + 22 + 1.9 * font);
  const chartTop = Math.round(titleY + 0.5 * font + 4);
  const chartBottom = Math.round(chartTop + Math.max(150, 10 * font));
  return { height: Math.round(chartBottom + 14 + 1.1 * font), laneY, chartTop, chartBottom, titleY };
}

/** Rough width, in font sizes, of a label of `chars` characters (Inter: about 0.56 em a character). */
const charsWide = (chars: number) => chars * 0.56;

/** Props of TimelineChart. */
export interface TimelineChartProps {
  selected: string;
  onSelect: (id: string) => void;
}

/** The accessible name of a stop's point. */
export function pointLabel(stop: TimelineStop): string {
  return stop.kind === 'dataset'
    ? t.pointLabel(stop.year, stop.name, stop.size)
    : t.pointLabel(stop.year, `ILSVRC, ${stop.name}`, `winning top-5 error ${stop.error} %`);
}

/** The timeline SVG with its focusable stops. */
export function TimelineChart({ selected, onSelect }: TimelineChartProps) {
  const ref = useRef<SVGSVGElement>(null);
  const points = useRef(new Map<string, SVGGElement>());
  const drawn = useDrawnWidth(ref);
  const floor = usePresentLabelPx();
  const presenting = floor > 0;
  // on a slide one unit is one CSS px and the labels are the slide's type size
  const narrow = presenting ? drawn > 0 && drawn < 24 * floor : drawn > 0 && drawn < 460;
  const width = presenting && drawn > 0 ? drawn : narrow ? 420 : 720;
  // A phone's narrow column gets a taller drawing, so the error axis keeps its height on screen.
  const slide = presenting ? presentTimelineRows(floor) : null;
  const height = slide ? slide.height : narrow ? 320 : HEIGHT;
  const chartTop = slide ? slide.chartTop : narrow ? 112 : CHART_TOP;
  const chartBottom = slide ? slide.chartBottom : narrow ? 286 : CHART_BOTTOM;
  const laneY = slide ? slide.laneY : LANE_Y;
  const font = presenting ? floor : labelUnits(drawn, width, 14);
  const small = presenting ? floor : labelUnits(drawn, width, 12, 0.875);
  const left = presenting ? Math.max(44, Math.round(charsWide(2) * small + 14)) : narrow ? 34 : 44;
  const right = width - (narrow ? 14 : 24);
  const laneX = scaleLinear()
    .domain([1996, 2017])
    .range([left + 10, right - 10]);
  const yearX = scalePoint<number>()
    .domain(ILSVRC_YEARS.map((y) => y.year))
    // on a slide the first year's value label keeps clear of the error axis
    .range([left + (presenting ? Math.max(24, Math.round(charsWide(2.2) * small)) : 24), right - 16]);
  const errorY = scaleLinear().domain([0, MAX_ERROR]).range([chartBottom, chartTop]);
  const humanY = errorY(HUMAN_TOP5_ERROR);

  const move = (id: string, delta: number | 'first' | 'last') => {
    const next =
      delta === 'first'
        ? (STOPS[0] as TimelineStop)
        : delta === 'last'
          ? (STOPS[STOPS.length - 1] as TimelineStop)
          : stepStop(id, delta);
    onSelect(next.id);
    points.current.get(next.id)?.focus();
  };
  const onKeyDown = (id: string) => (e: KeyboardEvent) => {
    const map: Record<string, number | 'first' | 'last'> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    const delta = map[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    move(id, delta);
  };
  const pointProps = (stop: TimelineStop) => ({
    ref: (el: SVGGElement | null) => {
      if (el) points.current.set(stop.id, el);
      else points.current.delete(stop.id);
    },
    role: 'button',
    tabIndex: 0,
    'aria-label': pointLabel(stop),
    'aria-pressed': stop.id === selected,
    'data-stop': stop.id,
    className: `bm-point${stop.id === selected ? ' bm-point--selected' : ''}`,
    onFocus: () => onSelect(stop.id),
    onClick: () => onSelect(stop.id),
    onKeyDown: onKeyDown(stop.id),
  });

  const datasetPoint = (d: DatasetStop, i: number) => {
    const x = laneX(d.year);
    const above = i % 2 === 0;
    const on = d.id === selected;
    const r = on ? 11 : 8;
    return (
      <g key={d.id} {...pointProps(d)}>
        <rect x={x - 16} y={laneY - 30} width={32} height={60} className="bm-hit" />
        <path
          d={`M${x},${laneY - r}L${x + r},${laneY}L${x},${laneY + r}L${x - r},${laneY}Z`}
          className="bm-mark bm-mark--dataset"
        />
        {on ? <circle cx={x} cy={laneY} r={r + 5} className="bm-ring" /> : null}
        <text
          x={x}
          y={above ? laneY - 14 : laneY + 14}
          dominantBaseline={above ? 'auto' : 'hanging'}
          textAnchor="middle"
          fontSize={font}
          fontWeight={on ? 700 : 400}
          className="ba-plot-label"
        >
          {narrow ? `${d.short} ’${String(d.year).slice(2)}` : `${d.name} ${d.year}`}
        </text>
      </g>
    );
  };
  const yearPoint = (y: YearStop) => {
    const x = yearX(y.year) as number;
    const cy = errorY(y.error);
    const on = y.id === selected;
    return (
      <g key={y.id} {...pointProps(y)}>
        <rect x={x - 20} y={chartTop - 30} width={40} height={height - chartTop + 30} className="bm-hit" />
        <circle cx={x} cy={cy} r={on ? 9 : 6} className="bm-mark bm-mark--year" />
        {on ? <circle cx={x} cy={cy} r={14} className="bm-ring" /> : null}
        <text
          x={x}
          y={presenting ? Math.min(cy - (on ? 18 : 12), humanY - 8) : cy - (on ? 18 : 12)}
          textAnchor="middle"
          fontSize={small}
          fontWeight={on ? 700 : 400}
          className="ba-plot-label"
        >
          {narrow && !on ? Math.round(y.error) : y.error}
        </text>
        <text
          x={x}
          y={chartBottom + 8}
          dominantBaseline="hanging"
          textAnchor="middle"
          fontSize={small}
          fontWeight={on ? 700 : 400}
          className="ba-plot-label"
        >
          {narrow ? `’${String(y.year).slice(2)}` : y.year}
        </text>
      </g>
    );
  };
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${width} ${height}`}
      className="bm-timeline h-auto w-full"
      // on a slide the height follows the type size alone; a width not yet measured leaves blank room
      style={slide ? { height: `${height}px` } : undefined}
      preserveAspectRatio={slide ? 'xMinYMin meet' : undefined}
      role="group"
      aria-label={t.chartLabel}
    >
      <line x1={left} x2={right} y1={laneY} y2={laneY} className="ba-plot-axis" />

      {/* ILSVRC chart */}
      <text
        x={slide ? 4 : left - 30}
        y={slide ? slide.titleY : chartTop - 20}
        fontSize={small}
        className="ba-plot-label"
        fontWeight={600}
      >
        {t.errorAxis}
      </text>
      {[0, 10, 20, 30].map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={errorY(v)} y2={errorY(v)} className="ba-plot-grid" />
          <text
            x={left - 6}
            y={errorY(v)}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize={small}
            className="ba-plot-label"
          >
            {v}
          </text>
        </g>
      ))}
      <path d={`M${left},${chartTop}V${chartBottom}H${right}`} className="ba-plot-axis fill-none" />
      <line x1={left} x2={right} y1={humanY} y2={humanY} className="bm-human" />
      <text x={left + 6} y={humanY - 6} fontSize={small} className="ba-plot-label" fontStyle="italic">
        {t.human}
      </text>
      <path
        d={ILSVRC_YEARS.map((y, i) => `${i ? 'L' : 'M'}${yearX(y.year)},${errorY(y.error)}`).join('')}
        className="bm-line fill-none"
      />
      {/* Every stop in time order, so Tab and the arrow keys walk the same path. */}
      {STOPS.map((s) => (s.kind === 'dataset' ? datasetPoint(s, DATASETS.indexOf(s)) : yearPoint(s)))}
    </svg>
  );
}
