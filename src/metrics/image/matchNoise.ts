/**
 * "Match PSNR": the noise level at which a seeded noisy copy has the same
 * MSE (so the same PSNR) as a given target, found by bisection.
 */
import type { Raster } from '../types';
import { MetricInputError } from '../validate';
import { noiseMse } from './noise';

/** The outcome of `matchNoiseSigma`. */
export interface NoiseMatch {
  /** The noise sigma found (grey levels). */
  sigma: number;
  /** The MSE of the noisy copy at that sigma. */
  mse: number;
  /** False when the target lies beyond what sigma in [0, maxSigma] can reach (sigma is then the nearer end). */
  matched: boolean;
  /** Number of bisection steps taken. */
  steps: number;
}

/**
 * Bisection on sigma in [0, maxSigma] for noiseMse(image, sigma, field) =
 * targetMse. noiseMse is non-decreasing in sigma (see noise.ts), so the
 * interval [lo, hi] with mse(lo) <= target <= mse(hi) halves each step until
 * it is narrower than `tolerance` (default 1e-4 grey levels) or the MSE is
 * within 1e-9 relative of the target; the returned sigma is the end whose
 * MSE is closer to the target. A target of 0 gives sigma 0. Because the MSE
 * is a step function of sigma (pixels are integers), an exact match may not
 * exist; the result is then the closest step, which for a photo-sized image
 * is far below 0.01 dB of PSNR. Throws MetricInputError for a negative or
 * non-finite target, or maxSigma not > 0.
 */
export function matchNoiseSigma(
  image: Raster,
  field: ArrayLike<number>,
  targetMse: number,
  maxSigma: number,
  tolerance = 1e-4,
): NoiseMatch {
  checkNoiseTarget(targetMse, maxSigma);
  if (targetMse === 0) return { sigma: 0, mse: 0, matched: true, steps: 0 };
  const hiMse = noiseMse(image, maxSigma, field);
  if (hiMse < targetMse) return { sigma: maxSigma, mse: hiMse, matched: false, steps: 0 };
  return bisectNoiseSigma(maxSigma, hiMse, targetMse, tolerance, (mid) => {
    const m = noiseMse(image, mid, field);
    return [m < targetMse, m];
  });
}

/** Throws MetricInputError for a negative or non-finite target MSE, or maxSigma not > 0. */
export function checkNoiseTarget(targetMse: number, maxSigma: number): void {
  if (!Number.isFinite(targetMse) || targetMse < 0) {
    throw new MetricInputError('target', `expected a finite MSE >= 0, got ${String(targetMse)}`);
  }
  if (!Number.isFinite(maxSigma) || maxSigma <= 0) {
    throw new MetricInputError('max_sigma', `expected a finite number > 0, got ${String(maxSigma)}`);
  }
}

/**
 * The bisection of matchNoiseSigma on [0, maxSigma] (hiMse, the MSE at
 * maxSigma, is at least the target): `probe(mid)` says whether MSE(mid) is
 * below the target and gives MSE(mid), or NaN when it decided without
 * evaluating it; `mseAt(sigma)` evaluates a final end whose MSE is still
 * unknown. Stops when the interval is narrower than `tolerance` or an
 * evaluated MSE is within 1e-9 relative of the target; returns the end whose
 * MSE is closer to the target.
 */
export function bisectNoiseSigma(
  maxSigma: number,
  hiMse: number,
  targetMse: number,
  tolerance: number,
  probe: (mid: number) => [below: boolean, mse: number],
  mseAt?: (sigma: number) => number,
): NoiseMatch {
  const eps = 1e-9 * targetMse;
  let lo = 0;
  let hi = maxSigma;
  let loMse = 0;
  let upMse = hiMse;
  let steps = 0;
  while (hi - lo > tolerance && steps < 200) {
    const mid = (lo + hi) / 2;
    const [less, m] = probe(mid);
    steps++;
    if (less) {
      lo = mid;
      loMse = m;
    } else {
      hi = mid;
      upMse = m;
    }
    if (!Number.isNaN(m) && Math.abs(m - targetMse) <= eps)
      return { sigma: mid, mse: m, matched: true, steps };
  }
  if (mseAt && Number.isNaN(loMse)) loMse = mseAt(lo);
  if (mseAt && Number.isNaN(upMse)) upMse = mseAt(hi);
  const useLo = Math.abs(loMse - targetMse) < Math.abs(upMse - targetMse);
  return { sigma: useLo ? lo : hi, mse: useLo ? loMse : upMse, matched: true, steps };
}
