/**
 * valibot schemas shared by the detection figures' states: a box of whole
 * pixels inside an image, and a score.
 */
import * as v from 'valibot';
import type { BoxXywh } from '../../../../lib/geometry';

const int = v.pipe(v.number(), v.integer());

/** True when [x, y, w, h] has sides of at least 2 px and lies whole inside a width x height image. */
export function boxInside(box: BoxXywh, width: number, height: number): boolean {
  const [x, y, w, h] = box;
  return x >= 0 && y >= 0 && w >= 2 && h >= 2 && x + w <= width && y + h <= height;
}

/** Schema of a box [x, y, w, h] of whole pixels, at least 2 px a side, inside a width x height image. */
export function boxSchema(width: number, height: number) {
  return v.pipe(
    v.tuple([int, int, int, int]),
    v.check((b) => boxInside(b, width, height), `the box must lie inside the ${width}x${height} image`),
  );
}

/** Schema of a detection score: a number in [0, 1] with at most two decimals. */
export const scoreSchema = v.pipe(
  v.number(),
  v.minValue(0),
  v.maxValue(1),
  v.check((s) => Math.abs(s * 100 - Math.round(s * 100)) < 1e-9, 'a score has at most two decimals'),
);
