/**
 * Seeded additive Gaussian noise for 8-bit images: the same seed always gives
 * the same noise pattern, so a share link reproduces the noisy copy exactly.
 */
import type { Raster } from '../types';
import { MetricInputError } from '../validate';
import { gaussianField } from '../../lib/random';
import { assertRaster } from './rasterPair';

/** A standard normal field z of `n` values from a 32-bit seed (mulberry32 + Box-Muller). */
export function noiseField(n: number, seed: number): Float64Array {
  if (!Number.isInteger(seed)) throw new MetricInputError('seed', `expected an integer, got ${String(seed)}`);
  return gaussianField(n, seed);
}

/**
 * The noisy copy q_i = clip(round(x_i + sigma z_i), 0, 255) of an 8-bit image,
 * z a standard normal field (from `noiseField`, one value per pixel and
 * channel). `sigma` is in grey levels. Throws MetricInputError when sigma is
 * not a finite number >= 0 or the field is shorter than the image.
 */
export function addNoise(
  image: Raster,
  sigma: number,
  field: ArrayLike<number>,
): Raster & { data: Uint8Array } {
  assertRaster('image', image);
  if (typeof sigma !== 'number' || !Number.isFinite(sigma) || sigma < 0) {
    throw new MetricInputError('sigma', `expected a finite number >= 0, got ${String(sigma)}`);
  }
  const n = image.data.length;
  if (field.length < n) throw new MetricInputError('field', `has ${field.length} values, need ${n}`);
  const out = new Uint8Array(n);
  const src = image.data;
  for (let i = 0; i < n; i++) {
    const v = Math.round(src[i]! + sigma * field[i]!);
    out[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return { width: image.width, height: image.height, channels: image.channels, data: out };
}

/**
 * Mean squared error between an 8-bit image and its noisy copy at `sigma`,
 * without building the copy: mean((clip(round(x + sigma z)) - x)^2). For
 * integer x this is non-decreasing in sigma (|round(sigma z)| grows with
 * sigma and clipping only caps it), which is what makes bisection work.
 */
export function noiseMse(image: Raster, sigma: number, field: ArrayLike<number>): number {
  const src = image.data;
  const n = src.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const x = src[i]!;
    let v = Math.round(x + sigma * field[i]!);
    v = v < 0 ? 0 : v > 255 ? 255 : v;
    const d = v - x;
    s += d * d;
  }
  return s / n;
}
