/**
 * RGBA pictures of binary masks for the smaller figures: an error-map
 * rendering (TP solid blue, FP dotted orange, FN hatched reddish purple, like the
 * painter's error map) over a plain backdrop, and a probability heat map.
 */
import { interpolateViridis } from 'd3-scale-chromatic';
import { ERROR_RGB, FP_DOT_RGB, isDot } from './compose';
import { parseColour } from '../../../../lib/colour';
import { clamp } from '../../../../lib/clamp';

/** Backdrop colours: a flesh-like tone for the medical masks, a dark grey for the street crop. */
export const BACKDROP = { tissue: [196, 120, 96], street: [60, 62, 68] } as const;

/**
 * Each pixel coloured by its TP / FP / FN category for the binary masks
 * `gt` and `pred` (1 = object), the rest in `backdrop`, at `scale` output
 * pixels per mask pixel. False negatives get white hatching (a checkerboard
 * at scale 1) and false positives dark dots (at scale >= 4), so the three
 * kinds differ by more than hue.
 */
export function binaryErrorPicture(
  gt: ArrayLike<number>,
  pred: ArrayLike<number>,
  width: number,
  backdrop: readonly number[],
  scale = 1,
): Uint8ClampedArray {
  if (gt.length !== pred.length || gt.length % width !== 0) {
    throw new RangeError('gt and pred must be width-wide maps of one size');
  }
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a positive integer, got ${scale}`);
  const height = gt.length / width;
  const W = width * scale;
  const out = new Uint8ClampedArray(W * height * scale * 4);
  for (let Y = 0; Y < height * scale; Y++) {
    for (let X = 0; X < W; X++) {
      const x = Math.floor(X / scale);
      const y = Math.floor(Y / scale);
      const i = y * width + x;
      const g = gt[i] === 1;
      const p = pred[i] === 1;
      const hatch = scale === 1 ? (x + y) % 2 === 1 : (X + Y) % 4 < 2;
      let rgb: readonly number[] = backdrop;
      if (g && p) rgb = ERROR_RGB[1]!;
      else if (p) rgb = isDot(X - x * scale, Y - y * scale, scale) ? FP_DOT_RGB : ERROR_RGB[2]!;
      else if (g) rgb = hatch ? [255, 255, 255] : ERROR_RGB[3]!;
      out.set([rgb[0]!, rgb[1]!, rgb[2]!, 255], (Y * W + X) * 4);
    }
  }
  return out;
}

/** A probability map (values in [0, 1]) coloured with d3's viridis scale (dark = unlikely, yellow = likely). */
export function probabilityPicture(probability: ArrayLike<number>): Uint8ClampedArray {
  const out = new Uint8ClampedArray(probability.length * 4);
  for (let i = 0; i < probability.length; i++) {
    out.set([...parseColour(interpolateViridis(clamp(probability[i]!, 0, 1))), 255], i * 4);
  }
  return out;
}

/** A CSS linear gradient (left to right) of the viridis scale, the legend of `probabilityPicture`. */
export function viridisGradient(stops = 10): string {
  const colours = Array.from({ length: stops + 1 }, (_, k) => interpolateViridis(k / stops));
  return `linear-gradient(to right, ${colours.join(', ')})`;
}
