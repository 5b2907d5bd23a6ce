/**
 * Frechet distance between two Gaussians given their moments: the number
 * behind FID (Heusel et al., "GANs Trained by a Two Time-Scale Update Rule
 * Converge to a Local Nash Equilibrium", NeurIPS 2017; Dowson and Landau,
 * J. Multivariate Anal. 12, 1982).
 */
import type { NumArray } from '../types';
import { trace, toSymmetricMatrix } from '../linalg/matrix';
import { MetricInputError, assertFiniteArray, assertSameLength } from '../validate';
import { traceSqrtProduct } from './traceSqrt';

/** The terms of a Frechet distance, for widgets that show them separately. */
export interface FrechetParts {
  /** max(0, meanTerm + trace1 + trace2 - 2 traceSqrt). */
  distance: number;
  /** ||mu1 - mu2||^2. */
  meanTerm: number;
  /** tr(S1), tr(S2). */
  trace1: number;
  trace2: number;
  /** tr sqrt(S1 S2). */
  traceSqrt: number;
}

/** Assembles the distance from its terms, clamping the rounding-level negative values of equal moments at 0. */
export function frechetFromTerms(
  meanTerm: number,
  trace1: number,
  trace2: number,
  traceSqrt: number,
): FrechetParts {
  const distance = Math.max(0, meanTerm + trace1 + trace2 - 2 * traceSqrt);
  return { distance, meanTerm, trace1, trace2, traceSqrt };
}

/** ||a - b||^2. */
export function squaredDistance(a: NumArray, b: NumArray): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    s += d * d;
  }
  return s;
}

/**
 * The Frechet distance and its terms (see `frechetDistance`). Covariances
 * may be given as arrays of rows or as {rows, cols, data} (row-major).
 */
export function frechetDistanceParts(
  mu1: NumArray,
  mu2: NumArray,
  sigma1: unknown,
  sigma2: unknown,
): FrechetParts {
  assertFiniteArray('mu1', mu1);
  assertFiniteArray('mu2', mu2);
  assertSameLength('mu1', mu1.length, 'mu2', mu2.length);
  const n = mu1.length;
  if (n === 0) throw new MetricInputError('mu1', 'needs at least one dimension');
  const s1 = toSymmetricMatrix('sigma1', sigma1, n);
  const s2 = toSymmetricMatrix('sigma2', sigma2, n);
  const ts = traceSqrtProduct(s1, s2, n);
  return frechetFromTerms(squaredDistance(mu1, mu2), trace(s1, n), trace(s2, n), ts);
}

/**
 * d^2 = ||mu1 - mu2||^2 + tr(S1) + tr(S2) - 2 tr sqrt(S1 S2), the squared
 * Frechet (2-Wasserstein) distance between N(mu1, S1) and N(mu2, S2), as
 * mseitzer/pytorch-fid `calculate_frechet_distance` (fid_score.py @016e715)
 * defines it. tr sqrt(S1 S2) is computed exactly as the sum of the square
 * roots of the eigenvalues of the PSD matrix sqrt(S1) S2 sqrt(S1) (sqrt(S1)
 * from S1's symmetric eigen-decomposition, negative eigenvalues clamped to 0,
 * eigenvalues below n * eps * largest treated as 0), instead of scipy's
 * `sqrtm(S1 @ S2)` and its real part: the same number up to sqrtm's
 * inaccuracy, also for singular covariances, and no eps*I offset (pytorch-fid
 * adds one only when sqrtm fails). The result is clamped at 0 (equal moments
 * give a rounding-level value that may be slightly negative in pytorch-fid).
 * Throws MetricInputError when mu1 and mu2 differ in length, a covariance is
 * not n x n (n = length of mu1), not symmetric, not PSD, or not finite.
 */
export function frechetDistance(mu1: NumArray, mu2: NumArray, sigma1: unknown, sigma2: unknown): number {
  return frechetDistanceParts(mu1, mu2, sigma1, sigma2).distance;
}
