/**
 * Geometry of the precision-recall chart: the interpolated (monotone)
 * precision as a step line, and the region under it whose area is the VOC
 * all-point AP. Pure: coordinates in recall-precision space, the chart
 * scales them.
 */

/** A point of a precision-recall curve. */
export interface PrPoint {
  recall: number;
  precision: number;
}

/**
 * The vertices of the interpolated precision step line for a curve given in
 * rank order (`points`, recall non-decreasing) and its envelope
 * (`envelope[k]` = max precision at rank k or later, from the metrics
 * package): between the recall of rank k-1 (0 before the first) and that of
 * rank k the line is at envelope[k]. Ends at the last recall; beyond it the
 * curve has no precision (both VOC and COCO count 0 there).
 */
export function envelopeSteps(points: readonly PrPoint[], envelope: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let r0 = 0;
  points.forEach((p, k) => {
    const e = envelope[k] ?? 0;
    if (p.recall === r0 && k > 0) return;
    out.push([r0, e], [p.recall, e]);
    r0 = p.recall;
  });
  return out;
}

/** The closed region under the step line, down to precision 0 (for the shaded area). */
export function areaPolygon(steps: readonly [number, number][]): [number, number][] {
  if (steps.length === 0) return [];
  const last = steps[steps.length - 1]!;
  return [[0, 0], ...steps, [last[0], 0]];
}

/** The area of a simple polygon by the shoelace formula (for tests and checks). */
export function polygonArea(poly: readonly [number, number][]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i]!;
    const [x1, y1] = poly[(i + 1) % poly.length]!;
    s += x0 * y1 - x1 * y0;
  }
  return Math.abs(s) / 2;
}
