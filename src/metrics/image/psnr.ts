/**
 * Peak signal-to-noise ratio.
 */
import type { Raster } from '../types';
import { assertDataRange, assertSameRasterShape } from './rasterPair';
import { plainMeanSquaredError, scaledSquaredError } from './mse';

/**
 * PSNR(a, b) = 10 log10(R^2 / MSE) in dB, R = `dataRange` (the span of
 * possible pixel values, 255 for 8-bit), MSE over every pixel and channel.
 * Matches skimage 0.19 `skimage.metrics.peak_signal_noise_ratio(a, b,
 * data_range=R)` (which treats both images as float64). Returns Infinity
 * exactly when the images are identical (MSE = 0; skimage does the same), and
 * never Infinity otherwise: the value is computed as
 * 20 log10(R) - 20 log10(s) - 10 log10(mean((d / s)^2)), s = max |d|, which
 * cannot underflow or overflow. Throws MetricInputError for different sizes
 * or channel counts, or a data range that is not a finite number > 0.
 */
export function psnr(a: Raster, b: Raster, dataRange: number): number {
  assertDataRange(dataRange);
  assertSameRasterShape(a, b);
  const m = plainMeanSquaredError(a, b);
  const ratio = (dataRange * dataRange) / m;
  if (m > 0 && Number.isFinite(m) && ratio > 0 && Number.isFinite(ratio)) return 10 * Math.log10(ratio);
  const { scale, meanSq } = scaledSquaredError(a, b);
  if (scale === 0) return Infinity;
  return 20 * Math.log10(dataRange) - 20 * Math.log10(scale) - 10 * Math.log10(meanSq);
}
