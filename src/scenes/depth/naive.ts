/**
 * The naive evaluation: what a depth benchmark would report if it forgot the
 * validity mask and scored pixels that have no ground truth.
 */
import type { Maybe, NumArray } from '../../metrics/types';
import { MetricInputError, assertFinite, assertFiniteArray, assertSameLength } from '../../metrics/validate';
import { medianInPlace } from '../../metrics/depth/median';

/** Options of naiveDepth. */
export interface NaiveOptions {
  /** Ground truth written into pixels without any (gt <= 0), metres, >= 0. */
  fill: number;
  /** Predictions are clamped up to this (monodepth2 MIN_DEPTH, 1e-3). */
  minDepth: number;
  /** Predictions are clamped down to this; Infinity for no cap. */
  maxDepth: number;
  /** Scale predictions by median(gt) / median(pred) over all pixels first. */
  medianScaling: boolean;
}

/** RMSE and delta < 1.25 over every pixel. */
export interface NaiveResult {
  rmse: Maybe;
  a1: Maybe;
  /** Pixels counted (all of them). */
  pixels: number;
}

/**
 * monodepth2's `compute_errors` rmse and a1 (nianticlabs/monodepth2
 * evaluate_depth.py) WITHOUT the validity mask: pixels with gt <= 0 get
 * gt = fill, every pixel is counted (also those beyond the cap), the
 * prediction is still median-scaled (if asked) and clamped to
 * [minDepth, maxDepth]. With gt = 0 the ratio p / gt is infinite, so such a
 * pixel never passes delta < 1.25. rmse = sqrt(mean (gt - p)^2);
 * a1 = fraction with max(gt / p, p / gt) < 1.25. Both null for no pixel.
 */
export function naiveDepth(pred: NumArray, gt: NumArray, o: NaiveOptions): NaiveResult {
  assertFiniteArray('pred', pred);
  assertFiniteArray('gt', gt);
  assertSameLength('pred', pred.length, 'gt', gt.length);
  assertFinite('sky_fill', o.fill);
  if (o.fill < 0) throw new MetricInputError('sky_fill', `must be 0 or more, got ${o.fill}`);
  const n = gt.length;
  if (n === 0) return { rmse: null, a1: null, pixels: 0 };
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = gt[i]! > 0 ? gt[i]! : o.fill;
  let scale = 1;
  if (o.medianScaling) {
    const mp = medianInPlace(Float64Array.from(pred));
    if (!(mp > 0))
      throw new MetricInputError('pred', `median is ${mp}; median scaling needs a positive median`);
    scale = medianInPlace(Float64Array.from(g)) / mp;
  }
  let sq = 0;
  let a1 = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.min(o.maxDepth, Math.max(o.minDepth, pred[i]! * scale));
    const gi = g[i]!;
    sq += (gi - p) * (gi - p);
    if (Math.max(gi / p, p / gi) < 1.25) a1++;
  }
  return { rmse: Math.sqrt(sq / n), a1: a1 / n, pixels: n };
}
