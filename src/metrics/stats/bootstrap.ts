/**
 * Bootstrap confidence intervals over images (Efron 1979; Efron & Tibshirani,
 * "An Introduction to the Bootstrap", 1993, ch. 13 for the percentile
 * interval): resample the test set's images with replacement, recompute the
 * mean score each time, and read the interval off the resampled means. With
 * two models the resampling is paired (the same images for both, as in
 * Bouthillier et al. 2021 and Reinke et al. 2024), the interval is that of the
 * difference mean(a) - mean(b), and the flip rate is the share of resamples
 * in which the two models' order differs from their order on the full set.
 *
 * Settings: `resamples` draws of n indices each from mulberry32(`seed`)
 * (index = floor(u n)); the interval's ends are the (1 - confidence)/2 and
 * (1 + confidence)/2 quantiles of the resampled statistics with linear
 * interpolation between order statistics (numpy.percentile's default
 * "linear" method, also scipy.stats.bootstrap's percentile method).
 */
import { mulberry32 } from '../../lib/random';
import type { NumArray } from '../types';
import { MetricInputError } from '../validate';

/** What bootstrap returns. */
export interface BootstrapResult {
  /** mean(a), or mean(a) - mean(b) with two models: the point estimate. */
  mean: number;
  /** Lower end of the percentile interval of the same statistic. */
  ci_low: number;
  /** Upper end of the percentile interval. */
  ci_high: number;
  /**
   * Share of resamples in which the models' order differs from the full
   * set's (a tie counts as a flip). Null with one model (nothing to rank) and
   * when the full set is itself a tie (no order to keep).
   */
  flip_rate: number | null;
  /** Number of images n. */
  n: number;
}

/** Options of bootstrap. */
export interface BootstrapOptions {
  /** Number of resamples (default 1,000). */
  resamples?: number;
  /** Seed of the resampling (default 0). */
  seed?: number;
  /** Coverage of the interval in (0, 1) (default 0.95). */
  confidence?: number;
}

/**
 * The q-quantile (q in [0, 1]) of ascending `sorted` by linear interpolation
 * between order statistics: position h = q (m - 1), value
 * x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) (Hyndman & Fan 1996,
 * definition 7; numpy.percentile's default).
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const m = sorted.length;
  if (m === 0) throw new MetricInputError('values', 'expected at least one value');
  const h = q * (m - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, m - 1);
  const x = sorted[lo] as number;
  return x + (h - lo) * ((sorted[hi] as number) - x);
}

function mean(values: NumArray): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/**
 * Bootstrap of the mean per-image score `a` (one model), or of the paired
 * difference mean(a) - mean(b) with its flip rate (two models scored on the
 * same images, `a[i]` and `b[i]` from image i). Throws MetricInputError for
 * an empty set, unequal lengths, fewer than one resample or a confidence
 * outside (0, 1).
 */
export function bootstrap(
  a: NumArray,
  b: NumArray | undefined,
  options: BootstrapOptions = {},
): BootstrapResult {
  const { resamples = 1000, seed = 0, confidence = 0.95 } = options;
  const n = a.length;
  if (n === 0) throw new MetricInputError('a', 'expected at least one image');
  if (b !== undefined && b.length !== n)
    throw new MetricInputError('b', `expected ${n} scores, one per image of a (got ${b.length})`);
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new MetricInputError('resamples', 'expected a positive integer');
  if (!(confidence > 0 && confidence < 1))
    throw new MetricInputError('confidence', 'expected a number between 0 and 1');

  const full = b === undefined ? mean(a) : mean(a) - mean(b);
  const fullSign = Math.sign(full);
  const stats = new Float64Array(resamples);
  const next = mulberry32(seed);
  let flips = 0;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const i = Math.floor(next() * n);
      sum += b === undefined ? (a[i] as number) : (a[i] as number) - (b[i] as number);
    }
    const stat = sum / n;
    stats[r] = stat;
    if (Math.sign(stat) !== fullSign) flips++;
  }
  stats.sort();
  const tail = (1 - confidence) / 2;
  return {
    mean: full,
    ci_low: quantileSorted(stats, tail),
    ci_high: quantileSorted(stats, 1 - tail),
    flip_rate: b === undefined || fullSign === 0 ? null : flips / resamples,
    n,
  };
}
