/**
 * Gaussian blur of a single-channel map: how a depth network smears depth
 * across object edges, mixing foreground and background depths.
 */
import { MetricInputError, assertFinite, assertPositiveInt } from '../validate';

/**
 * Index into [0, n) with scipy.ndimage's `reflect` border (d c b a | a b c d | d c b a),
 * for any integer i, also far outside the range.
 */
export function reflectIndex(i: number, n: number): number {
  const period = 2 * n;
  let k = ((i % period) + period) % period;
  if (k >= n) k = period - 1 - k;
  return k;
}

/**
 * Normalised 1-D Gaussian weights exp(-x^2 / (2 sigma^2)) for x = -r..r, r = floor(4 sigma + 0.5)
 * (scipy's truncate = 4.0); [1] when r = 0 (sigma below 1/8: no blur).
 */
export function gaussianKernel(sigma: number): Float64Array {
  const radius = Math.floor(4 * sigma + 0.5);
  if (radius === 0) return Float64Array.of(1);
  const k = new Float64Array(2 * radius + 1);
  let sum = 0;
  for (let x = -radius; x <= radius; x++) {
    const w = Math.exp(-(x * x) / (2 * sigma * sigma));
    k[x + radius] = w;
    sum += w;
  }
  for (let i = 0; i < k.length; i++) k[i] = k[i]! / sum;
  return k;
}

/**
 * Separable Gaussian blur with standard deviation `sigma` pixels, as
 * scipy.ndimage.gaussian_filter(data, sigma, mode='reflect', truncate=4.0):
 * rows first, then columns, kernel radius floor(4 sigma + 0.5). sigma = 0
 * returns a copy. Throws MetricInputError for a negative or non-finite sigma
 * or a data length other than width * height.
 */
export function gaussianBlur(
  data: ArrayLike<number>,
  width: number,
  height: number,
  sigma: number,
): Float64Array {
  assertPositiveInt('width', width);
  assertPositiveInt('height', height);
  assertFinite('sigma', sigma);
  if (sigma < 0) throw new MetricInputError('sigma', `must be 0 or more, got ${sigma}`);
  if (data.length !== width * height) {
    throw new MetricInputError('data', `has ${data.length} values, expected ${width * height}`);
  }
  const out = Float64Array.from(data);
  if (sigma === 0) return out;
  const k = gaussianKernel(sigma);
  const r = (k.length - 1) / 2;
  const tmp = new Float64Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let j = -r; j <= r; j++) s += k[j + r]! * out[row + reflectIndex(x + j, width)]!;
      tmp[row + x] = s;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let j = -r; j <= r; j++) s += k[j + r]! * tmp[reflectIndex(y + j, height) * width + x]!;
      out[y * width + x] = s;
    }
  }
  return out;
}
