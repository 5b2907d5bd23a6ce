/**
 * Pure core of LinePlot: the linear scales of a plot area inside its
 * padding, and the SVG path of a series through them (d3-scale and
 * d3-shape; React draws the result).
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** Space around the plot area, in SVG units. */
export interface Pad {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Maps data x and y to SVG coordinates (y grows downwards on screen). */
export interface PlotScales {
  x: (v: number) => number;
  y: (v: number) => number;
}

/** A point of a series; a null y is a gap (undefined value, 0/0). */
export type SeriesPoint = readonly [x: number, y: number | null];

/**
 * The scales of a `width` x `height` plot whose area lies inside `pad`:
 * xDomain[0] maps to the left edge, yDomain[0] to the bottom edge.
 */
export function plotScales(
  width: number,
  height: number,
  pad: Pad,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): PlotScales {
  const x = scaleLinear()
    .domain([...xDomain])
    .range([pad.left, width - pad.right]);
  const y = scaleLinear()
    .domain([...yDomain])
    .range([height - pad.bottom, pad.top]);
  return { x: (v) => x(v), y: (v) => y(v) };
}

/** The SVG path through `points` (straight segments; a null y breaks the line); '' when nothing is drawn. */
export function seriesPath(points: readonly SeriesPoint[], scales: PlotScales): string {
  return (
    line<SeriesPoint>()
      .defined((p) => p[1] !== null)
      .x((p) => scales.x(p[0]))
      .y((p) => scales.y(p[1] ?? 0))(points) ?? ''
  );
}
