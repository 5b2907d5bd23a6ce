/**
 * Pure core of PrChart: the vertices of the interpolated-precision step
 * line, the area under it (the VOC all-point AP), and the SVG paths d3-shape
 * draws through them (`curveStepBefore`). Coordinates are in
 * recall-precision space; the chart's scales map them to the screen.
 */
import { area, curveStepBefore, line } from 'd3-shape';

/** A point of a precision-recall curve. */
export interface PrPoint {
  recall: number;
  precision: number;
}

/** A vertex (recall, interpolated precision) of the step line. */
export type PrVertex = readonly [recall: number, precision: number];

/**
 * The vertices of the interpolated precision curve for a curve given in rank
 * order (`points`, recall non-decreasing) and its envelope (`envelope[k]` =
 * max precision at rank k or later, from the metrics package): a start at
 * (0, envelope[0]), then (recall_k, envelope_k) for each rank that raises the
 * recall. Drawn with a step-before curve, the line is at envelope_k between
 * the previous recall and recall_k. Ends at the last recall; beyond it the
 * curve has no precision (VOC and COCO both count 0 there).
 */
export function prVertices(points: readonly PrPoint[], envelope: readonly number[]): PrVertex[] {
  if (points.length === 0) return [];
  const out: PrVertex[] = [[0, envelope[0] ?? 0]];
  let last = 0;
  points.forEach((p, k) => {
    if (k > 0 && p.recall === last) return;
    out.push([p.recall, envelope[k] ?? 0]);
    last = p.recall;
  });
  return out;
}

/**
 * The area under the step-before curve through `vertices`:
 * Σ_k (r_k − r_{k−1}) · p_k, which for `prVertices` is the VOC all-point AP
 * (Everingham et al., "The PASCAL VOC Challenge", IJCV 2010, section 4.2).
 */
export function stepArea(vertices: readonly PrVertex[]): number {
  let sum = 0;
  for (let i = 1; i < vertices.length; i++) {
    const [r0] = vertices[i - 1]!;
    const [r1, p1] = vertices[i]!;
    sum += (r1 - r0) * p1;
  }
  return sum;
}

/** Maps recall and precision to screen coordinates. */
export interface PrScales {
  x: (recall: number) => number;
  y: (precision: number) => number;
}

/** The SVG path data of the step line and of the shaded area under it (empty strings for no vertices). */
export function prPaths(vertices: readonly PrVertex[], { x, y }: PrScales): { line: string; area: string } {
  if (vertices.length === 0) return { line: '', area: '' };
  const stepLine = line<PrVertex>()
    .curve(curveStepBefore)
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  const shade = area<PrVertex>()
    .curve(curveStepBefore)
    .x((d) => x(d[0]))
    .y0(y(0))
    .y1((d) => y(d[1]));
  return { line: stepLine(vertices) ?? '', area: shade(vertices) ?? '' };
}
