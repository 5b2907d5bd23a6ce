/**
 * A simulated detector for the drawn scenes: it finds each object with a
 * chosen localisation error, misses a chosen share of them, and scores its
 * boxes in a fixed order. Pure and deterministic, so a share link restores
 * exactly the same detections.
 */
import type { BoxXywh } from '../../lib/geometry';
import { clamp } from '../../lib/clamp';
import { moveBox } from '../../lib/geometry';

/** Image size in pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * The box scaled about its centre by `factor` in width and height, clipped
 * to the image, with its edges rounded to whole pixels unless `round` is
 * false (then the IoU with the original box is exactly 1 / factor² when
 * nothing is clipped).
 */
export function growBox(box: BoxXywh, factor: number, size: Size, round = true): BoxXywh {
  const [x, y, w, h] = box;
  const r = round ? Math.round : (v: number) => v;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const x0 = clamp(r(cx - (w * factor) / 2), 0, size.width);
  const y0 = clamp(r(cy - (h * factor) / 2), 0, size.height);
  const x1 = clamp(r(cx + (w * factor) / 2), 0, size.width);
  const y1 = clamp(r(cy + (h * factor) / 2), 0, size.height);
  return [x0, y0, x1 - x0, y1 - y0];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The direction (unit vector) in which the detector misplaces object `i`:
 * successive golden-angle turns, so errors point every way without a random
 * number generator.
 */
export function errorDirection(i: number): readonly [number, number] {
  const a = i * GOLDEN_ANGLE;
  return [Math.cos(a), Math.sin(a)];
}

/**
 * Which of `n` objects the detector misses at miss rate `rate` in [0, 1]:
 * exactly round(rate · n) of them, taken in the order of the fractional
 * part of i·0.618… (golden ratio), a spread-out order so that misses do not
 * all fall on the first objects.
 */
export function missedSet(n: number, rate: number): Set<number> {
  const count = Math.round(clamp(rate, 0, 1) * n);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => ((a * 0.6180339887) % 1) - ((b * 0.6180339887) % 1),
  );
  return new Set(order.slice(0, count));
}

/** One simulated detection: the object it came from, its box and score. */
export interface SimDetection {
  object: number;
  box: BoxXywh;
  score: number;
}

/**
 * The detector's output for `boxes`: object i is missed when in
 * `missedSet`, otherwise detected with its box moved `locError` pixels in
 * direction `errorDirection(i)` (rounded, kept inside the image) and score
 * 0.95 - 0.5·i/n, so earlier objects rank higher.
 */
export function simulateDetector(
  boxes: readonly BoxXywh[],
  locError: number,
  missRate: number,
  size: Size,
): SimDetection[] {
  const n = boxes.length;
  const missed = missedSet(n, missRate);
  const out: SimDetection[] = [];
  boxes.forEach((box, i) => {
    if (missed.has(i)) return;
    const [ux, uy] = errorDirection(i);
    out.push({
      object: i,
      box: moveBox(box, locError * ux, locError * uy, size),
      score: 0.95 - (0.5 * i) / n,
    });
  });
  return out;
}
