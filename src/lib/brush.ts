/**
 * The paint brush of the prediction painter: a round stamp of a given
 * diameter, dragged along a stroke. It writes class ids into a label map in
 * place (the painter owns a working copy during a stroke, so a stroke never
 * waits for React or the metrics worker).
 */

/** A label map being painted: row-major class ids. */
export interface PaintTarget {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * Pixel offsets covered by a round brush of `size` pixels across, centred on
 * a pixel: the pixels whose centres lie within size/2 of the centre pixel's
 * centre. Size 1 is one pixel, size 2 a plus of 5, size 3 a 3 x 3 square.
 */
export function brushOffsets(size: number): [dx: number, dy: number][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`brush size must be a positive integer, got ${size}`);
  const r = size / 2;
  const reach = Math.floor(r);
  const out: [number, number][] = [];
  for (let dy = 0 - reach; dy <= reach; dy++) {
    for (let dx = 0 - reach; dx <= reach; dx++) {
      if (dx * dx + dy * dy <= r * r) out.push([dx, dy]);
    }
  }
  return out;
}

/**
 * Stamps the brush once at pixel (cx, cy), clipped to the map. Returns the
 * number of pixels whose class changed.
 */
export function stamp(target: PaintTarget, cx: number, cy: number, size: number, cls: number): number {
  const x0 = Math.round(cx);
  const y0 = Math.round(cy);
  let changed = 0;
  for (const [dx, dy] of brushOffsets(size)) {
    const x = x0 + dx;
    const y = y0 + dy;
    if (x < 0 || y < 0 || x >= target.width || y >= target.height) continue;
    const i = y * target.width + x;
    if (target.data[i] !== cls) {
      target.data[i] = cls;
      changed++;
    }
  }
  return changed;
}

/**
 * The integer pixels a stroke segment passes through, from `a` to `b`
 * inclusive, with no gaps (consecutive points differ by at most one pixel in
 * each direction): the segment sampled at max(|dx|, |dy|) + 1 evenly spaced
 * points and rounded, which is the digital differential analyser line.
 */
export function segmentPixels(ax: number, ay: number, bx: number, by: number): [number, number][] {
  const x0 = Math.round(ax);
  const y0 = Math.round(ay);
  const x1 = Math.round(bx);
  const y1 = Math.round(by);
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  const out: [number, number][] = [];
  for (let k = 0; k <= steps; k++) {
    const t = steps === 0 ? 0 : k / steps;
    out.push([Math.round(x0 + (x1 - x0) * t), Math.round(y0 + (y1 - y0) * t)]);
  }
  return out;
}

/**
 * Paints a stroke segment from (ax, ay) to (bx, by) with the brush: one stamp
 * per pixel the segment passes through, so fast pointer moves leave no gaps.
 * Returns the number of pixels whose class changed.
 */
export function paintSegment(
  target: PaintTarget,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  size: number,
  cls: number,
): number {
  let changed = 0;
  for (const [x, y] of segmentPixels(ax, ay, bx, by)) changed += stamp(target, x, y, size, cls);
  return changed;
}
