/**
 * One-dimensional filter weights and the border rule of scipy.ndimage, as
 * skimage's `structural_similarity` uses them (its filters are
 * `scipy.ndimage.gaussian_filter` and `scipy.ndimage.uniform_filter`, both
 * separable, both in the default `reflect` mode).
 */

/** scipy.ndimage's gaussian radius: int(truncate * sigma + 0.5). */
export function gaussianRadius(sigma: number, truncate = 3.5): number {
  return Math.trunc(truncate * sigma + 0.5);
}

/**
 * Normalised Gaussian weights w[k] proportional to exp(-x^2 / (2 sigma^2)),
 * x = k - r for k = 0..2r with r = int(truncate * sigma + 0.5), summing to 1:
 * scipy.ndimage `_gaussian_kernel1d(sigma, 0, radius)` as
 * `gaussian_filter(..., sigma, truncate=3.5)` builds it for skimage 0.19.
 */
export function gaussianWeights(sigma: number, truncate = 3.5): Float64Array {
  const r = gaussianRadius(sigma, truncate);
  const w = new Float64Array(2 * r + 1);
  let sum = 0;
  for (let k = 0; k <= 2 * r; k++) {
    const x = k - r;
    const v = Math.exp((-0.5 * x * x) / (sigma * sigma));
    w[k] = v;
    sum += v;
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! / sum;
  return w;
}

/** Box weights 1/size (size odd): scipy.ndimage `uniform_filter(..., size)`. */
export function uniformWeights(size: number): Float64Array {
  return new Float64Array(size).fill(1 / size);
}

/**
 * scipy.ndimage 'reflect' border (half-sample symmetric: d c b a | a b c d |
 * d c b a), extended periodically with period 2n when the offset is larger
 * than the line itself: maps any integer position to an index in [0, n).
 */
export function reflectIndex(i: number, n: number): number {
  if (n === 1) return 0;
  const period = 2 * n;
  const m = ((i % period) + period) % period;
  return m < n ? m : period - 1 - m;
}
