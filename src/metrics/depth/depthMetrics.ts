/**
 * Monocular depth-estimation errors of the KITTI / NYU protocol
 * (Eigen et al., NIPS 2014), as monodepth2 evaluates them.
 */
import type { Maybe, NumArray } from '../types';
import { MetricInputError, assertFinite, assertFiniteArray, assertSameLength } from '../validate';
import { medianInPlace } from './median';

export interface DepthOptions {
  /** Ground truth must exceed this to count; predictions are clamped up to it. Default 1e-3. */
  minDepth?: number;
  /** Ground truth must be below this to count; predictions are clamped down to it. Default 80. */
  maxDepth?: number;
  /** Scale predictions by median(gt) / median(pred) over valid pixels first. Default false. */
  medianScaling?: boolean;
}

/** Depth errors over the valid pixels; every score null when no pixel is valid. */
export interface DepthResult {
  abs_rel: Maybe;
  sq_rel: Maybe;
  rmse: Maybe;
  rmse_log: Maybe;
  log10: Maybe;
  silog: Maybe;
  a1: Maybe;
  a2: Maybe;
  a3: Maybe;
  /** mean |pred - gt| in metres (after scaling and clamping). */
  abs_error: Maybe;
  /** Number of valid pixels. */
  valid: number;
  /** The median-scaling ratio applied (1 without median scaling); null when no pixel is valid. */
  scale: Maybe;
}

/** monodepth2's MIN_DEPTH (KITTI). */
export const DEFAULT_MIN_DEPTH = 1e-3;
/** monodepth2's MAX_DEPTH (KITTI); use 10 for NYU. */
export const DEFAULT_MAX_DEPTH = 80;

const NONE = {
  abs_rel: null,
  sq_rel: null,
  rmse: null,
  rmse_log: null,
  log10: null,
  silog: null,
  a1: null,
  a2: null,
  a3: null,
  abs_error: null,
  valid: 0,
  scale: null,
} as const satisfies DepthResult;

/**
 * Depth errors as monodepth2 `evaluate_depth.py` (nianticlabs/monodepth2
 * @77f1410): keep pixels with minDepth < gt < maxDepth; optionally multiply
 * pred by median(gt) / median(pred) (numpy medians over the kept pixels);
 * clamp pred to [minDepth, maxDepth]; then, as `compute_errors`, with means
 * over the N kept pixels:
 *   abs_rel = mean |gt - pred| / gt,   sq_rel = mean (gt - pred)^2 / gt,
 *   rmse = sqrt(mean (gt - pred)^2),   rmse_log = sqrt(mean (ln gt - ln pred)^2),
 *   a_k = fraction with max(gt/pred, pred/gt) < 1.25^k, k = 1, 2, 3;
 * plus, from BTS `compute_errors` (cleinc/bts pytorch/bts_eval.py @6257f50),
 *   log10 = mean |log10 gt - log10 pred|,
 *   silog = 100 sqrt(var(e)), e = ln pred - ln gt,
 * with the variance in two passes, mean((e - mean e)^2), never negative
 * (BTS's one-pass mean(e^2) - mean(e)^2 can dip below 0 for a pure scale
 * error and give NaN); and abs_error = mean |pred - gt| for the app.
 * Defaults: minDepth 1e-3, maxDepth 80 (KITTI), no median scaling.
 *
 * Every score is null when no pixel is valid. Throws MetricInputError for
 * arrays of different lengths or with non-finite values, minDepth <= 0,
 * maxDepth <= minDepth, or median scaling when median(pred) <= 0.
 */
export function depthMetrics(pred: NumArray, gt: NumArray, options: DepthOptions = {}): DepthResult {
  assertFiniteArray('pred', pred);
  assertFiniteArray('gt', gt);
  assertSameLength('pred', pred.length, 'gt', gt.length);
  const minDepth = options.minDepth ?? DEFAULT_MIN_DEPTH;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  assertFinite('min_depth', minDepth);
  assertFinite('max_depth', maxDepth);
  if (minDepth <= 0) throw new MetricInputError('min_depth', `must be positive, got ${minDepth}`);
  if (maxDepth <= minDepth)
    throw new MetricInputError('max_depth', `must exceed min_depth ${minDepth}, got ${maxDepth}`);

  const n = gt.length;
  const idx = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const g = gt[i] as number;
    if (g > minDepth && g < maxDepth) idx[count++] = i;
  }
  if (count === 0) return { ...NONE };

  let scale = 1;
  if (options.medianScaling) {
    const gs = new Float64Array(count);
    const ps = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      gs[k] = gt[idx[k]!] as number;
      ps[k] = pred[idx[k]!] as number;
    }
    const mp = medianInPlace(ps);
    if (!(mp > 0)) {
      throw new MetricInputError(
        'pred',
        `median over valid pixels is ${mp}; median scaling needs a positive median`,
      );
    }
    scale = medianInPlace(gs) / mp;
  }

  const e = new Float64Array(count);
  let absRel = 0;
  let sqRel = 0;
  let sq = 0;
  let sqLog = 0;
  let log10 = 0;
  let absErr = 0;
  let eSum = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  for (let k = 0; k < count; k++) {
    const i = idx[k]!;
    const g = gt[i] as number;
    let p = (pred[i] as number) * scale;
    if (p < minDepth) p = minDepth;
    else if (p > maxDepth) p = maxDepth;
    const thresh = Math.max(g / p, p / g);
    if (thresh < 1.25) a1++;
    if (thresh < 1.25 ** 2) a2++;
    if (thresh < 1.25 ** 3) a3++;
    const diff = g - p;
    absErr += Math.abs(diff);
    absRel += Math.abs(diff) / g;
    sq += diff * diff;
    sqRel += (diff * diff) / g;
    const lg = Math.log(g);
    const lp = Math.log(p);
    sqLog += (lg - lp) * (lg - lp);
    log10 += Math.abs(Math.log10(g) - Math.log10(p));
    const ek = lp - lg;
    e[k] = ek;
    eSum += ek;
  }
  const eMean = eSum / count;
  let eVar = 0;
  for (let k = 0; k < count; k++) eVar += (e[k]! - eMean) * (e[k]! - eMean);
  eVar /= count;
  return {
    abs_rel: absRel / count,
    sq_rel: sqRel / count,
    rmse: Math.sqrt(sq / count),
    rmse_log: Math.sqrt(sqLog / count),
    log10: log10 / count,
    silog: 100 * Math.sqrt(eVar),
    a1: a1 / count,
    a2: a2 / count,
    a3: a3 / count,
    abs_error: absErr / count,
    valid: count,
    scale,
  };
}
