/**
 * The automatic downsampling of Wang's reference `ssim.m` (2009, "SSIM
 * Index with automatic downsampling"), before it computes SSIM:
 *
 *   f = max(1, round(min(M, N) / 256));
 *   lpf = ones(f, f) / f^2;
 *   img = imfilter(img, lpf, 'symmetric', 'same');
 *   img = img(1:f:end, 1:f:end);
 */
import type { Raster } from '../types';
import { MetricInputError } from '../validate';
import { reflectIndex } from './filterWeights';
import type { GreyRaster } from './luma';

/** ssim.m's factor f = max(1, round(min(width, height) / 256)) (MATLAB rounds halves away from zero). */
export function ssimDownsampleFactor(width: number, height: number): number {
  return Math.max(1, Math.round(Math.min(width, height) / 256));
}

/**
 * An f x f averaging filter with MATLAB `imfilter(..., 'symmetric', 'same')`
 * conventions, then every f-th pixel from the first (`img(1:f:end, 1:f:end)`).
 * imfilter puts the kernel's centre at floor((f + 1) / 2) (1-based), so
 * output pixel (i, j) averages rows i - floor((f - 1) / 2) .. i + floor(f / 2)
 * (and the same columns): for f = 2 the pixel and its right and lower
 * neighbours, so an even-sized image becomes exactly its 2 x 2 block means.
 * 'symmetric' mirrors the border pixel itself (d c b a | a b c d), scipy's
 * 'reflect'. Output size ceil(height / f) x ceil(width / f). Only the
 * pixels kept are filtered. f = 1 returns a copy. Throws MetricInputError
 * for a non-grey image or f not an integer >= 1.
 */
export function boxDownsample(image: Raster, f: number): GreyRaster {
  if (image.channels !== 1) throw new MetricInputError('image', 'expected a grey (1-channel) image');
  if (!Number.isInteger(f) || f < 1) throw new MetricInputError('f', `expected an integer >= 1, got ${f}`);
  const { width, height, data } = image;
  const ow = Math.ceil(width / f);
  const oh = Math.ceil(height / f);
  const lo = -Math.floor((f - 1) / 2);
  const out = new Float64Array(ow * oh);
  const norm = 1 / (f * f);
  for (let oy = 0; oy < oh; oy++) {
    for (let ox = 0; ox < ow; ox++) {
      let s = 0;
      for (let u = 0; u < f; u++) {
        const row = reflectIndex(oy * f + lo + u, height) * width;
        for (let v = 0; v < f; v++) s += data[row + reflectIndex(ox * f + lo + v, width)]!;
      }
      out[oy * ow + ox] = s * norm;
    }
  }
  return { width: ow, height: oh, channels: 1, data: out };
}
