/** Area of a polygon. */

/**
 * The area of a simple polygon by the shoelace formula,
 * |sum_i (x_i y_{i+1} - x_{i+1} y_i)| / 2 (vertex n wraps to vertex 0);
 * 0 for fewer than three vertices. The orientation does not matter.
 */
export function polygonArea(poly: readonly (readonly [number, number])[]): number {
  if (poly.length < 3) return 0;
  let twice = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i]!;
    const [x1, y1] = poly[(i + 1) % poly.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}
