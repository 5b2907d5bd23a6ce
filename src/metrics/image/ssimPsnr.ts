/**
 * SSIM and PSNR (with MSE) of a reference image and one of its copies in one
 * pass, for a page that scores many copies of the same photo: the
 * reference's local statistics (Gaussian- or box-filtered mean and mean of
 * squares, per channel) are computed once (`ssimReference`) and reused, so
 * each copy only filters y, y^2 and x y (three moments instead of ssim.ts's
 * four), and the squared differences of PSNR/MSE are summed while the row
 * pass reads the pixels anyway. Same formulas and settings as `ssim`, `mse`
 * and `psnr`; the values agree with them to rounding (exactly for PSNR and
 * MSE of 8-bit images, whose sums of squares are exact integers).
 */
import type { NumArray, Raster } from '../types';
import { MetricInputError } from '../validate';
import { padColumns, reflectTable } from './ssimPasses';
import { assertRaster, assertSameRasterShape, assertDataRange } from './rasterPair';
import { resolveSsimOptions, type ResolvedSsim, type SsimOptions } from './ssimOptions';
import { mse as plainMse } from './mse';
import { psnr as plainPsnr } from './psnr';

/** The reference image's local statistics under the SSIM window, reusable for every copy of it. */
export interface SsimReference {
  width: number;
  height: number;
  channels: number;
  /** The options they were computed for (compared by value on use). */
  options: SsimOptions;
  /** Per channel: filtered x, column-major (index j * height + i). */
  mean: Float64Array[];
  /** Per channel: filtered x^2, same layout. */
  meanSq: Float64Array[];
}

/** SSIM, MSE and PSNR of one copy. */
export interface SsimPsnrResult {
  /** Mean SSIM over channels (as `ssim(...).mssim`). */
  mssim: number;
  channelMssim: number[];
  /** mean((a - b)^2) over every pixel and channel (as `mse`). */
  mse: number;
  /** 10 log10(R^2 / MSE), Infinity for identical images (as `psnr`). */
  psnr: number;
}

function sameOptions(p: SsimOptions, q: SsimOptions): boolean {
  const keys = new Set([...Object.keys(p), ...Object.keys(q)]) as Set<keyof SsimOptions>;
  keys.delete('returnMap');
  for (const k of keys) if (p[k] !== q[k]) return false;
  return true;
}

/**
 * The local mean and mean of squares of every channel of `a` under the SSIM
 * window of `options` (separable filter, reflect border, as `ssim`), for
 * {@link ssimPsnr}. Throws MetricInputError for a malformed image or options.
 */
export function ssimReference(a: Raster, options: SsimOptions): SsimReference {
  assertRaster('a', a);
  const { width, height, channels } = a;
  const cfg = resolveSsimOptions(options, width, height);
  const w = cfg.weights;
  const r = cfg.radius;
  const wc = w[r]!;
  const stride = height + 2 * r;
  const colMap = reflectTable(width, r);
  const line = new Float64Array(width + 2 * r);
  const mom = new Float64Array(2 * width * stride);
  const mean: Float64Array[] = [];
  const meanSq: Float64Array[] = [];
  const src = a.data;
  for (let c = 0; c < channels; c++) {
    for (let i = 0; i < height; i++) {
      for (let t = 0; t < line.length; t++) line[t] = src[(i * width + colMap[t]!) * channels + c]!;
      for (let j = 0; j < width; j++) {
        const m = j + r;
        const x0 = line[m]!;
        let sx = wc * x0;
        let ss = wc * x0 * x0;
        for (let k = 1; k <= r; k++) {
          const wk = w[r + k]!;
          const xl = line[m - k]!;
          const xr = line[m + k]!;
          sx += wk * (xl + xr);
          ss += wk * (xl * xl + xr * xr);
        }
        const o = 2 * (j * stride + i + r);
        mom[o] = sx;
        mom[o + 1] = ss;
      }
    }
    padColumns(mom, 2, width, height, r);
    const mu = new Float64Array(width * height);
    const sq = new Float64Array(width * height);
    for (let j = 0; j < width; j++) {
      const base = 2 * (j * stride + r);
      for (let i = 0; i < height; i++) {
        const ci = base + 2 * i;
        let ux = wc * mom[ci]!;
        let us = wc * mom[ci + 1]!;
        for (let k = 1; k <= r; k++) {
          const wk = w[r + k]!;
          const p = ci - 2 * k;
          const q = ci + 2 * k;
          ux += wk * (mom[p]! + mom[q]!);
          us += wk * (mom[p + 1]! + mom[q + 1]!);
        }
        mu[j * height + i] = ux;
        sq[j * height + i] = us;
      }
    }
    mean.push(mu);
    meanSq.push(sq);
  }
  return { width, height, channels, options: { ...options }, mean, meanSq };
}

/**
 * Row pass for channel c of the copy: filters y, y^2 and x y into the
 * transposed 3-moment array and returns the sum of (x - y)^2 over the row's
 * own pixels (the padding excluded).
 */
function rowPass3(
  a: NumArray,
  b: NumArray,
  width: number,
  height: number,
  channels: number,
  c: number,
  w: Float64Array,
  colMap: Int32Array,
  line: Float64Array,
  mom: Float64Array,
): number {
  const r = (w.length - 1) / 2;
  const wc = w[r]!;
  const stride = height + 2 * r;
  const padded = width + 2 * r;
  let sq = 0;
  for (let i = 0; i < height; i++) {
    const base = i * width;
    for (let t = 0; t < padded; t++) {
      const s = (base + colMap[t]!) * channels + c;
      line[2 * t] = a[s]!;
      line[2 * t + 1] = b[s]!;
    }
    for (let j = 0; j < width; j++) {
      const cj = 2 * (j + r);
      const x0 = line[cj]!;
      const y0 = line[cj + 1]!;
      const d = x0 - y0;
      sq += d * d;
      let sy = wc * y0;
      let syy = wc * y0 * y0;
      let sp = wc * x0 * y0;
      for (let k = 1; k <= r; k++) {
        const wk = w[r + k]!;
        const lo = cj - 2 * k;
        const hi = cj + 2 * k;
        const xl = line[lo]!;
        const yl = line[lo + 1]!;
        const xr = line[hi]!;
        const yr = line[hi + 1]!;
        sy += wk * (yl + yr);
        syy += wk * (yl * yl + yr * yr);
        sp += wk * (xl * yl + xr * yr);
      }
      const o = 3 * (j * stride + i + r);
      mom[o] = sy;
      mom[o + 1] = syy;
      mom[o + 2] = sp;
    }
  }
  padColumns(mom, 3, width, height, r);
  return sq;
}

/** Column pass fused with the SSIM formula, the reference's moments read from `mu`/`sq`; returns the cropped sum. */
function columnPass3(
  width: number,
  height: number,
  cfg: ResolvedSsim,
  mom: Float64Array,
  mu: Float64Array,
  sq: Float64Array,
): number {
  const w = cfg.weights;
  const r = cfg.radius;
  const wc = w[r]!;
  const stride = height + 2 * r;
  const { c1, c2, covNorm, crop } = cfg;
  let cropSum = 0;
  for (let j = crop; j < width - crop; j++) {
    const base = 3 * (j * stride + r);
    const col = j * height;
    let colSum = 0;
    for (let i = crop; i < height - crop; i++) {
      const ci = base + 3 * i;
      let uy = wc * mom[ci]!;
      let uyy = wc * mom[ci + 1]!;
      let up = wc * mom[ci + 2]!;
      for (let k = 1; k <= r; k++) {
        const wk = w[r + k]!;
        const p = ci - 3 * k;
        const q = ci + 3 * k;
        uy += wk * (mom[p]! + mom[q]!);
        uyy += wk * (mom[p + 1]! + mom[q + 1]!);
        up += wk * (mom[p + 2]! + mom[q + 2]!);
      }
      const ux = mu[col + i]!;
      const uxuy = ux * uy;
      const uxx = ux * ux + uy * uy;
      const num = (2 * uxuy + c1) * (2 * covNorm * (up - uxuy) + c2);
      const den = (uxx + c1) * (covNorm * (sq[col + i]! + uyy - uxx) + c2);
      colSum += num / den;
    }
    cropSum += colSum;
  }
  return cropSum;
}

/**
 * Mean SSIM (Wang et al. 2004, as `ssim` with the same `options`), MSE and
 * PSNR (data range `dataRange`, as `mse` and `psnr`) of `a` and `b` in one
 * pass over `b`, reusing `ref` = ssimReference(a, options) when given (it
 * must be of `a` and the same options). The column pass only visits the
 * cropped region the mean covers. Throws MetricInputError for images of
 * different sizes, a reference of another size or other options, or invalid
 * options or data range.
 */
export function ssimPsnr(
  a: Raster,
  b: Raster,
  options: SsimOptions,
  dataRange: number,
  ref?: SsimReference,
): SsimPsnrResult {
  assertDataRange(dataRange);
  assertSameRasterShape(a, b);
  const { width, height, channels } = a;
  const cfg = resolveSsimOptions(options, width, height);
  const reference = ref ?? ssimReference(a, options);
  if (
    reference.width !== width ||
    reference.height !== height ||
    reference.channels !== channels ||
    !sameOptions(reference.options, options)
  ) {
    throw new MetricInputError('ref', 'was computed for another image size or other SSIM options');
  }
  const r = cfg.radius;
  const colMap = reflectTable(width, r);
  const line = new Float64Array(2 * (width + 2 * r));
  const mom = new Float64Array(3 * width * (height + 2 * r));
  const cropCount = (width - 2 * cfg.crop) * (height - 2 * cfg.crop);
  const channelMssim: number[] = [];
  let sq = 0;
  for (let c = 0; c < channels; c++) {
    sq += rowPass3(a.data, b.data, width, height, channels, c, cfg.weights, colMap, line, mom);
    const sum = columnPass3(width, height, cfg, mom, reference.mean[c]!, reference.meanSq[c]!);
    channelMssim.push(sum / cropCount);
  }
  const mssim = channelMssim.reduce((s, v) => s + v, 0) / channels;
  const m = sq / a.data.length;
  const ratio = (dataRange * dataRange) / m;
  if (m > 0 && Number.isFinite(m) && ratio > 0 && Number.isFinite(ratio)) {
    return { mssim, channelMssim, mse: m, psnr: 10 * Math.log10(ratio) };
  }
  // Identical images, or a sum that under- or overflowed: the scaled forms of mse.ts and psnr.ts.
  return { mssim, channelMssim, mse: plainMse(a, b), psnr: plainPsnr(a, b, dataRange) };
}
