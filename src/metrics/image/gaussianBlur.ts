/**
 * Gaussian blur of a multi-channel or single-channel raster, as scipy.ndimage
 * `gaussian_filter` computes it per channel (skimage `filters.gaussian(...,
 * mode='reflect', truncate=4.0, channel_axis=-1, preserve_range=True)`): a
 * separable filter with normalised weights over radius int(truncate sigma + 0.5)
 * and the 'reflect' border. The one blur of the project: the blurred copies
 * of the image-quality section and the edge smear of the depth scene.
 */
import type { Raster } from '../types';
import { MetricInputError } from '../validate';
import { gaussianRadius, gaussianWeights, reflectIndex } from './filterWeights';
import { assertRaster } from './rasterPair';

/** scipy.ndimage `gaussian_filter`'s default truncate: the radius is int(4 sigma + 0.5). */
export const BLUR_TRUNCATE = 4;

/** Options of {@link gaussianBlur}. */
export interface GaussianBlurOptions {
  /** Radius in standard deviations, scipy's `truncate`: radius int(truncate sigma + 0.5); default 4. */
  truncate?: number;
}

function reflectTable(n: number, radius: number): Int32Array {
  const t = new Int32Array(n + 2 * radius);
  for (let i = 0; i < t.length; i++) t[i] = reflectIndex(i - radius, n);
  return t;
}

/** Checks the image, sigma and truncate of a blur; returns the truncate. */
function checkBlurArgs(image: Raster, sigma: number, options: GaussianBlurOptions): number {
  assertRaster('image', image);
  if (typeof sigma !== 'number' || !Number.isFinite(sigma) || sigma < 0) {
    throw new MetricInputError('sigma', `expected a finite number >= 0, got ${String(sigma)}`);
  }
  const truncate = options.truncate ?? BLUR_TRUNCATE;
  if (typeof truncate !== 'number' || !Number.isFinite(truncate) || truncate <= 0) {
    throw new MetricInputError('truncate', `expected a finite number > 0, got ${String(truncate)}`);
  }
  return truncate;
}

/**
 * Horizontal pass: one channel of one row at a time, copied into a
 * reflect-padded line; the symmetric weights are applied to pairs of taps.
 */
function horizontalPass(image: Raster, w: Float64Array): Float64Array {
  const { width, height, channels } = image;
  const src = image.data;
  const r = (w.length - 1) / 2;
  const wc = w[r]!;
  const cols = reflectTable(width, r);
  const tmp = new Float64Array(width * height * channels);
  const rowStride = width * channels;
  const line = new Float64Array(width + 2 * r);
  for (let y = 0; y < height; y++) {
    const base = y * rowStride;
    for (let c = 0; c < channels; c++) {
      for (let t = 0; t < line.length; t++) line[t] = src[base + cols[t]! * channels + c]!;
      for (let x = 0; x < width; x++) {
        const m = x + r;
        let s = wc * line[m]!;
        for (let k = 1; k <= r; k++) s += w[r + k]! * (line[m - k]! + line[m + k]!);
        tmp[base + x * channels + c] = s;
      }
    }
  }
  return tmp;
}

/**
 * Vertical pass of row y into `out` (whole rows at a time, contiguous
 * memory, pairs of taps).
 */
function verticalRow(
  tmp: Float64Array,
  w: Float64Array,
  rows: Int32Array,
  rowStride: number,
  y: number,
  out: Float64Array,
): void {
  const r = (w.length - 1) / 2;
  const mid = rows[y + r]! * rowStride;
  const wc = w[r]!;
  for (let i = 0; i < rowStride; i++) out[i] = wc * tmp[mid + i]!;
  for (let k = 1; k <= r; k++) {
    const wk = w[r + k]!;
    const up = rows[y + r - k]! * rowStride;
    const down = rows[y + r + k]! * rowStride;
    for (let i = 0; i < rowStride; i++) out[i] = out[i]! + wk * (tmp[up + i]! + tmp[down + i]!);
  }
}

/**
 * A blur function (see gaussianBlur) that returns a new array made by
 * `alloc(length)`: `store(out, values, to)` writes each row's values (for
 * radius 0, the image's own values at once) from index `to` as soon as they
 * are computed. Throws as gaussianBlur does.
 */
function blurFunction<D extends Float64Array | Uint8Array>(
  alloc: (length: number) => D,
  store: (out: D, values: ArrayLike<number>, to: number) => void,
): (image: Raster, sigma: number, options?: GaussianBlurOptions) => Raster & { data: D } {
  return (image, sigma, options = {}) => {
    const truncate = checkBlurArgs(image, sigma, options);
    const { width, height, channels } = image;
    const out = alloc(width * height * channels);
    // Radius int(truncate sigma + 0.5) = 0: one tap of weight 1, the identity.
    if (gaussianRadius(sigma, truncate) === 0) {
      store(out, image.data, 0);
      return { width, height, channels, data: out };
    }
    const w = gaussianWeights(sigma, truncate);
    const tmp = horizontalPass(image, w);
    const rows = reflectTable(height, (w.length - 1) / 2);
    const rowStride = width * channels;
    const row = new Float64Array(rowStride);
    for (let y = 0; y < height; y++) {
      verticalRow(tmp, w, rows, rowStride, y, row);
      store(out, row, y * rowStride);
    }
    return { width, height, channels, data: out };
  };
}

/**
 * Blurs every channel of `image` (channels = 1 for a single-channel map) with
 * a Gaussian of standard deviation `sigma` pixels:
 *   out(x, y) = sum_{i,j} w_i w_j in(x + j, y + i),  w_k ∝ exp(-k^2 / (2 sigma^2)), |k| <= int(truncate sigma + 0.5),
 * weights normalised to sum 1, borders by scipy 'reflect' (d c b a | a b c d),
 * truncate 4 unless `options.truncate` says otherwise.
 * A radius of 0 (sigma below 0.125 with truncate 4: a single tap of weight 1) returns an exact copy.
 * The result is float64 (not rounded).
 * Throws MetricInputError for a malformed image, a sigma that is not a
 * finite number >= 0 or a truncate that is not a finite number > 0.
 */
export const gaussianBlur = blurFunction(
  (n) => new Float64Array(n),
  (out, values, to) => out.set(values, to),
);

/** Rounds half up and clips to 0..255, as quantizeRaster does. */
function round8(v: number): number {
  const q = Math.round(v);
  return q < 0 ? 0 : q > 255 ? 255 : q;
}

/**
 * quantizeRaster(gaussianBlur(image, sigma, options)) without the float64
 * image in between: each blurred row is rounded (half up) and clipped to
 * 0..255 as soon as it is computed. The same bytes, less memory and one pass
 * fewer. Throws as gaussianBlur does.
 */
export const gaussianBlur8 = blurFunction(
  (n) => new Uint8Array(n),
  (out, values, to) => {
    for (let i = 0; i < values.length; i++) out[to + i] = round8(values[i]!);
  },
);
