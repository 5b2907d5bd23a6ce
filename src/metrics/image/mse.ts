/**
 * Mean squared error between two images over every pixel and channel.
 */
import type { Raster } from '../types';
import { assertSameRasterShape } from './rasterPair';

/**
 * mean((a_i - b_i)^2) in one plain pass (sum, then divide by n), the fast
 * path of `mse` and `psnr`; it may underflow to 0 or overflow to Infinity,
 * which both callers detect and redo with {@link scaledSquaredError}.
 * Shapes must already be checked.
 */
export function plainMeanSquaredError(a: Raster, b: Raster): number {
  const n = a.data.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = a.data[i]! - b.data[i]!;
    s += d * d;
  }
  return s / n;
}

/**
 * Mean of squared differences in a scaled form: returns {scale, meanSq} with
 * MSE = scale^2 * meanSq, where scale = max |a - b| (so meanSq is in [0, 1]).
 * Used when the direct sum underflows to 0 or overflows.
 */
export function scaledSquaredError(a: Raster, b: Raster): { scale: number; meanSq: number } {
  const n = a.data.length;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a.data[i]! - b.data[i]!));
  if (scale === 0) return { scale: 0, meanSq: 0 };
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = (a.data[i]! - b.data[i]!) / scale;
    s += d * d;
  }
  return { scale, meanSq: s / n };
}

/**
 * MSE(a, b) = (1 / (W H C)) * sum (a - b)^2 over all pixels and channels, as
 * skimage 0.19 `skimage.metrics.mean_squared_error` (`np.mean((a - b) ** 2,
 * dtype=np.float64)`). Throws MetricInputError when the sizes or channel
 * counts differ. When the plain sum underflows to 0 (differences below
 * ~1e-154) or overflows, the mean is recomputed in a scaled form, so the
 * result is 0 only for identical images or when the true MSE itself is below
 * the smallest double (~1e-323); PSNR never depends on that (see psnr).
 */
export function mse(a: Raster, b: Raster): number {
  assertSameRasterShape(a, b);
  const m = plainMeanSquaredError(a, b);
  if (m > 0 && Number.isFinite(m)) return m;
  const { scale, meanSq } = scaledSquaredError(a, b);
  return scale * scale * meanSq;
}
