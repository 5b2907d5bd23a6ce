/**
 * FID from feature vectors (rows = samples): means and covariances of each
 * set, then the Frechet distance, with a fast path for fewer samples than
 * dimensions (2048-d Inception features of a few thousand images).
 */
import { toDenseMatrix } from '../linalg/matrix';
import { columnMeans, centreColumns, covariance } from '../linalg/covariance';
import { gramRows, multiplyABt, transpose } from '../linalg/multiply';
import { MetricInputError } from '../validate';
import { frechetFromTerms, squaredDistance, type FrechetParts } from './frechetDistance';
import { scaled, sumSqrtLargestEigenvalues, traceSqrtProduct, unitExponent } from './traceSqrt';

/** How tr sqrt(S1 S2) is computed: from d x d covariances, from N x N Gram matrices, or whichever is cheaper. */
export type FidMethod = 'auto' | 'covariance' | 'gram';

/** Frechet parts plus the method that produced them. */
export interface FidParts extends FrechetParts {
  method: 'covariance' | 'gram';
}

/** Rough multiply-add counts of the two methods, used by 'auto'. */
export function fidCosts(n1: number, n2: number, d: number): { covariance: number; gram: number } {
  const lo = Math.min(n1, n2);
  const hi = Math.max(n1, n2);
  return {
    covariance: 0.5 * (n1 + n2) * d * d + 6.2 * d * d * d,
    gram: n1 * n2 * d + 0.5 * lo * lo * hi + 0.7 * lo * lo * lo,
  };
}

/**
 * tr sqrt(S1 S2) through Gram matrices. With Xc (n1 x d) and Yc (n2 x d) the
 * centred features, S1 = Xc^T Xc / (n1-1) and S2 = Yc^T Yc / (n2-1), so
 * S1 S2 = Xc^T (Xc Yc^T Yc) / c with c = (n1-1)(n2-1). AB and BA have the
 * same nonzero eigenvalues; with A = Xc^T and B = Xc Yc^T Yc, BA = K K^T,
 * K = Xc Yc^T (n1 x n2). So the nonzero eigenvalues of S1 S2 are those of the
 * PSD matrix K K^T / c (or K^T K / c, the smaller of the two), and
 * tr sqrt(S1 S2) = sum sqrt(eig(K K^T)) / sqrt(c): the nuclear norm of K over
 * sqrt(c). Cost: n1 n2 d + min^2 max / 2 multiply-adds and one min x min
 * eigenvalue problem, instead of O(d^3).
 */
function gramTraceSqrt(xc: Float64Array, n1: number, yc: Float64Array, n2: number, d: number): number {
  // Unit-sized copies (power-of-two scaling, exact): the nuclear norm scales linearly in each factor.
  const ex = unitExponent(xc);
  const ey = unitExponent(yc);
  const k = multiplyABt(scaled(xc, ex), scaled(yc, ey), n1, n2, d);
  const g = n1 <= n2 ? gramRows(k, n1, n2) : gramRows(transpose(k, n1, n2), n2, n1);
  // Centring leaves rank K <= min(n1 - 1, n2 - 1, d); G is not graded, so noise-level eigenvalues are dropped too.
  const m = Math.min(n1, n2);
  const bound = Math.min(n1 - 1, n2 - 1, d);
  return (sumSqrtLargestEigenvalues(g, m, bound, true) * 2 ** -(ex + ey)) / Math.sqrt((n1 - 1) * (n2 - 1));
}

function sumSquares(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * a[i]!;
  return s;
}

function diagonalSum(c: Float64Array, d: number): number {
  let s = 0;
  for (let i = 0; i < d; i++) s += c[i * d + i]!;
  return s;
}

/**
 * FID parts from raw features; see `fidFromFeatures`. `method` forces one
 * computation of tr sqrt(S1 S2) (both agree to rounding; tests check 1e-9).
 */
export function fidFromFeaturesParts(x: unknown, y: unknown, method: FidMethod = 'auto'): FidParts {
  const fx = toDenseMatrix('x', x);
  const fy = toDenseMatrix('y', y);
  if (fx.cols !== fy.cols) {
    throw new MetricInputError('x, y', `feature dimensions differ (${fx.cols} vs ${fy.cols})`);
  }
  if (fx.rows < 2)
    throw new MetricInputError('x', `needs at least 2 samples for a covariance, got ${fx.rows}`);
  if (fy.rows < 2)
    throw new MetricInputError('y', `needs at least 2 samples for a covariance, got ${fy.rows}`);
  const d = fx.cols;
  if (d === 0) throw new MetricInputError('x', 'feature vectors are empty');
  const n1 = fx.rows;
  const n2 = fy.rows;
  const mx = columnMeans(fx.data, n1, d);
  const my = columnMeans(fy.data, n2, d);
  const meanTerm = squaredDistance(mx, my);
  const costs = fidCosts(n1, n2, d);
  const use = method === 'auto' ? (costs.gram < costs.covariance ? 'gram' : 'covariance') : method;
  if (use === 'gram') {
    const xc = centreColumns(fx.data, n1, d, mx);
    const yc = centreColumns(fy.data, n2, d, my);
    const ts = gramTraceSqrt(xc, n1, yc, n2, d);
    return {
      ...frechetFromTerms(meanTerm, sumSquares(xc) / (n1 - 1), sumSquares(yc) / (n2 - 1), ts),
      method: use,
    };
  }
  const s1 = covariance(fx.data, n1, d);
  const s2 = covariance(fy.data, n2, d);
  const ts = traceSqrtProduct(s1, s2, d, 'x', 'y');
  return { ...frechetFromTerms(meanTerm, diagonalSum(s1, d), diagonalSum(s2, d), ts), method: use };
}

/**
 * FID from feature vectors x (n1 x d) and y (n2 x d), rows = samples:
 * mu = mean over rows, Sigma = np.cov(rowvar=False) (ddof 1), as pytorch-fid
 * `calculate_activation_statistics` (fid_score.py @016e715), then the
 * Frechet distance ||mu1 - mu2||^2 + tr S1 + tr S2 - 2 tr sqrt(S1 S2)
 * (see `frechetDistance`: exact trace of the square root, no eps offset,
 * clamped at 0). When it is cheaper (fewer samples than dimensions) the
 * traces come from Gram matrices of the centred samples instead of d x d
 * covariances; the value is the same to rounding. 2048-d features of 1000
 * samples per set take a few seconds. Rows may be arrays or typed arrays, or
 * {rows, cols, data} row-major. Throws MetricInputError when the feature
 * dimensions differ, a set has fewer than 2 samples, rows differ in length, or
 * a value is not finite.
 */
export function fidFromFeatures(x: unknown, y: unknown, method: FidMethod = 'auto'): number {
  return fidFromFeaturesParts(x, y, method).distance;
}
