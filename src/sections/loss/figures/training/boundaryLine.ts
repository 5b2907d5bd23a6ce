/**
 * Where the line w1 x + w2 y + b = c crosses a square [-half, half]², for
 * drawing a logistic model's boundary (c = 0) and its p = 0.1 / 0.9 lines
 * (c = ∓ln 9) over the toy points. Geometry only.
 */

/** The segment of w1 x + w2 y + b = c inside the square, or null when it misses it (or w = 0). */
export function clipLine(
  w1: number,
  w2: number,
  b: number,
  c: number,
  half: number,
): readonly [x1: number, y1: number, x2: number, y2: number] | null {
  const hits: [number, number][] = [];
  const push = (x: number, y: number) => {
    if (
      Math.abs(x) <= half + 1e-9 &&
      Math.abs(y) <= half + 1e-9 &&
      !hits.some((h) => Math.hypot(h[0] - x, h[1] - y) < 1e-9)
    )
      hits.push([x, y]);
  };
  if (w2 !== 0) for (const x of [-half, half]) push(x, (c - b - w1 * x) / w2);
  if (w1 !== 0) for (const y of [-half, half]) push((c - b - w2 * y) / w1, y);
  if (hits.length < 2) return null;
  const [a, z] = [hits[0]!, hits[1]!];
  return [a[0], a[1], z[0], z[1]];
}
