/**
 * Grey versions of an RGB image as other people's code makes them before
 * scoring: MATLAB `rgb2gray` (what users of Wang's ssim.m feed it) and the
 * Y channel of BT.601 YCbCr (what super-resolution code scores PSNR on).
 */
import type { Raster } from '../types';
import { MetricInputError } from '../validate';

/**
 * MATLAB `rgb2gray` weights: the first row of the inverse of the NTSC YIQ
 * matrix, printed by MathWorks as 0.2989 R + 0.5870 G + 0.1140 B (BT.601 luma).
 */
export const RGB2GRAY_WEIGHTS = [0.298936021293775, 0.587043074451121, 0.114020904255103] as const;

/** A one-channel raster with float pixels. */
export type GreyRaster = Raster & { channels: 1; data: Float64Array };

function weighted(
  image: Raster,
  w: readonly [number, number, number],
  offset: number,
  round: boolean,
): GreyRaster {
  const { width, height, channels } = image;
  if (channels !== 1 && channels !== 3) {
    throw new MetricInputError('image', `expected 1 or 3 channels, got ${channels}`);
  }
  const n = width * height;
  const out = new Float64Array(n);
  const d = image.data;
  for (let p = 0; p < n; p++) {
    if (channels === 1) {
      out[p] = d[p]!;
      continue;
    }
    const s = 3 * p;
    const y = offset + w[0] * d[s]! + w[1] * d[s + 1]! + w[2] * d[s + 2]!;
    out[p] = round ? Math.min(255, Math.max(0, Math.round(y))) : y;
  }
  return { width, height, channels: 1, data: out };
}

/**
 * MATLAB `rgb2gray(X)` of an 8-bit RGB image: Y = 0.2989 R + 0.5870 G +
 * 0.1140 B (RGB2GRAY_WEIGHTS), rounded to the nearest integer and clipped to
 * 0..255, since MATLAB returns uint8 for uint8 input. With `round: false` the
 * unrounded luma (what rgb2gray returns for a double image in 0..255). A grey
 * image (1 channel) is returned as it is (as float). Throws MetricInputError
 * for other channel counts.
 */
export function rgb2gray(image: Raster, round = true): GreyRaster {
  return weighted(image, RGB2GRAY_WEIGHTS, 0, round);
}

/**
 * The Y channel of BT.601 "studio swing" YCbCr on the 0..255 scale,
 * Y = 16 + (65.481 R + 128.553 G + 24.966 B) / 255, as MATLAB
 * `rgb2ycbcr` and BasicSR's `to_y_channel` compute it (Y in 16..235,
 * not rounded, as BasicSR leaves it). A grey image is returned as it is.
 */
export function ycbcrY(image: Raster): GreyRaster {
  return weighted(image, [65.481 / 255, 128.553 / 255, 24.966 / 255], 16, false);
}
