/**
 * tr sqrt(S1 S2) for symmetric positive semi-definite S1, S2: the hard term of
 * the Frechet distance. S1 S2 is not symmetric, but it is similar to the PSD
 * matrix sqrt(S1) S2 sqrt(S1), so its eigenvalues are real and >= 0 and
 * tr sqrt(S1 S2) = sum_k sqrt(mu_k) over those eigenvalues. Everything here
 * is symmetric eigen-decomposition; no general matrix square root.
 *
 * Numerical zeros. Square roots turn an eigenvalue's rounding noise
 * (~1e-16 of the largest) into ~1e-8 of the result, so eigenvalues that are
 * zero in exact arithmetic must not be summed as noise. Two rules do that:
 * - a covariance's eigenvalues at or below n * eps * largest are zero
 *   (numpy's matrix_rank tolerance), which fixes each covariance's rank;
 * - sqrt(S1) S2 sqrt(S1) has at most min(rank S1, rank S2) nonzero
 *   eigenvalues, so only that many of the largest are summed, and no
 *   threshold is applied to the ones kept.
 * The square roots of those eigenvalues are the singular values of
 * C = F^T H (S1 = F F^T, S2 = H H^T), and they are summed as norms of
 * w_k^T C rather than as sqrt(mu_k): the norm keeps a small singular value
 * (e.g. the 1e-9 eigenvalue of S1 = S2 = diag(1, 1e-9)) that the square root
 * of a noisy mu_k near eps would lose or inflate.
 */
import { multiplyABt, transpose } from '../linalg/multiply';
import { symmetricEigen, symmetricEigenvalues } from '../linalg/symmetricEigen';
import { MetricInputError } from '../validate';

/** n * machine epsilon * largest: eigenvalues at or below it are numerically zero (numpy matrix_rank's default). */
export function numericalZero(largest: number, n: number): number {
  return Math.max(n, 1) * Number.EPSILON * largest;
}

/** How negative (relative to the largest eigenvalue) an eigenvalue may be before the matrix is rejected as not PSD. */
export const PSD_TOLERANCE = 1e-6;

/**
 * How negative an eigenvalue of an n x n matrix may be, in the matrix's own
 * units, before the matrix is rejected as not PSD: PSD_TOLERANCE of the
 * largest eigenvalue, but never less than n^2 units of the smallest subnormal
 * (2^-1074) of the unscaled matrix. Below the normal range, rounding is
 * absolute, not relative: each rounded product in an entry adds up to half a
 * unit, so a Gram matrix B B^T (up to n terms per entry) is off by up to n/2
 * units per entry and its eigenvalues by up to n^2/2 units, whatever its
 * largest eigenvalue. Example: B = [[-8e-163, 0], [-3.1e-162, 0]] rounds to
 * B B^T = 2^-1074 [[0, 1], [1, 2]], whose eigenvalues are (1 -/+ sqrt 2) 2^-1074.
 * `exponent` is the power of two the matrix was scaled by (see `scaled`).
 */
export function psdTolerance(largest: number, n: number, exponent = 0): number {
  return Math.max(PSD_TOLERANCE * Math.max(0, largest), n * n * Number.MIN_VALUE * 2 ** exponent);
}

function assertPsd(values: Float64Array, name: string, exponent: number): void {
  const n = values.length;
  if (n === 0) return;
  const largest = Math.max(0, values[n - 1]!);
  const smallest = values[0]!;
  if (smallest < -psdTolerance(largest, n, exponent)) {
    throw new MetricInputError(
      name,
      `is not positive semi-definite (eigenvalue ${smallest}, largest ${largest})`,
    );
  }
}

/** Number of eigenvalues (ascending array) above the numerical zero. */
export function numericalRank(values: Float64Array): number {
  const n = values.length;
  if (n === 0 || !(values[n - 1]! > 0)) return 0;
  const zero = numericalZero(values[n - 1]!, n);
  let r = 0;
  for (let k = 0; k < n; k++) if (values[k]! > zero) r++;
  return r;
}

/**
 * Sum of the square roots of the `keep` largest eigenvalues of the symmetric
 * PSD m x m matrix `a` (negative ones, rounding noise, count as 0). With
 * `threshold`, eigenvalues at or below the numerical zero are skipped too
 * (for matrices that are not graded, such as Gram matrices).
 */
export function sumSqrtLargestEigenvalues(
  a: Float64Array,
  m: number,
  keep: number,
  threshold: boolean,
): number {
  if (m === 0 || keep <= 0) return 0;
  const mu = symmetricEigenvalues(a, m);
  const largest = mu[m - 1]!;
  if (!(largest > 0)) return 0;
  const zero = threshold ? numericalZero(largest, m) : 0;
  let s = 0;
  for (let k = m - 1; k >= Math.max(0, m - keep); k--) if (mu[k]! > zero) s += Math.sqrt(mu[k]!);
  return s;
}

/**
 * A factor F^T (r x n, row-major) with F F^T = S (S symmetric PSD n x n):
 * row k is sqrt(lambda_k) v_k over the eigenpairs of S above the numerical
 * zero, in ascending order of lambda, i.e. F = V diag(sqrt(lambda)) and
 * F F^T = sqrt(S)^2 with the eigenvalues clamped at 0. Throws
 * MetricInputError (naming `name`) when an eigenvalue is below
 * -psdTolerance (PSD_TOLERANCE * largest, or the underflow floor for a
 * matrix scaled by 2^exponent): such a matrix is not a covariance matrix.
 */
export function psdFactorRows(
  s: Float64Array,
  n: number,
  name: string,
  exponent = 0,
): { ft: Float64Array; rank: number } {
  const { values, vectors } = symmetricEigen(s, n, true);
  assertPsd(values, name, exponent);
  const rank = numericalRank(values);
  const ft = new Float64Array(rank * n);
  for (let row = 0; row < rank; row++) {
    const k = n - rank + row;
    const f = Math.sqrt(values[k]!);
    for (let i = 0; i < n; i++) ft[row * n + i] = f * vectors![k * n + i]!;
  }
  return { ft, rank };
}

/** The exponent e such that 2^e * max |a| is about 1 (0 for a zero array), clamped to [-1000, 1000]. */
export function unitExponent(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m > 0 && Number.isFinite(m) ? Math.max(-1000, Math.min(1000, -Math.round(Math.log2(m)))) : 0;
}

/** a * 2^e as a new array (exact unless it underflows); `a` itself when e = 0. */
export function scaled(a: Float64Array, e: number): Float64Array {
  if (e === 0) return a;
  const f = 2 ** e;
  return a.map((v) => v * f);
}

/**
 * Sum of the `keep` largest singular values of the r1 x r2 matrix C
 * (row-major), from the eigenvectors w_k of M = C C^T: sigma_k = ||C^T w_k||.
 * The norm is taken instead of sqrt(mu_k) because an eigenvalue of M below
 * eps * ||M|| carries absolute rounding noise of that size, which its square
 * root would turn into ~sqrt(eps) of the result, while ||C^T w_k|| is only
 * off by ~eps * ||C||: a direction of S1 with eigenvalue 1e-9 next to one
 * with eigenvalue 1 keeps its 1e-9 here and is lost through sqrt(mu_k).
 */
export function sumLargestSingularValues(c: Float64Array, r1: number, r2: number, keep: number): number {
  if (r1 === 0 || r2 === 0 || keep <= 0) return 0;
  const m = multiplyABt(c, c, r1, r1, r2, true);
  // Ascending eigenvalues: the last `keep` rows of W belong to the largest. Their signs do not
  // matter (a tiny one may come out slightly negative); the norms below are what is summed.
  const { vectors } = symmetricEigen(m, r1, true);
  // Row k of W C is w_k^T C (W: eigenvectors as rows); W C = W (C^T)^T.
  const wc = multiplyABt(vectors!, transpose(c, r1, r2), r1, r2, r1);
  let s = 0;
  for (let k = r1 - 1; k >= Math.max(0, r1 - keep); k--) {
    let norm2 = 0;
    for (let j = 0; j < r2; j++) norm2 += wc[k * r2 + j]! ** 2;
    s += Math.sqrt(norm2);
  }
  return s;
}

/**
 * tr sqrt(S1 S2) for symmetric PSD n x n matrices (row-major). With the
 * factors S1 = F F^T and S2 = H H^T from their eigen-decompositions (see
 * psdFactorRows; F = V1 sqrt(L1), H = V2 sqrt(L2), eigenvalues at or below
 * the numerical zero dropped), S1 S2 = F F^T H H^T has the nonzero
 * eigenvalues of (F^T H)(F^T H)^T, which is sqrt(S1) S2 sqrt(S1) written in
 * S1's eigenbasis; so tr sqrt(S1 S2) is the sum of the singular values of
 * the r1 x r2 matrix C = F^T H, of which at most min(r1, r2) are nonzero.
 * They are summed as norms (see sumLargestSingularValues), so small
 * eigenvalues of S1 or S2 count to full relative accuracy and identical
 * moments give a distance at rounding level. Exact up to rounding, also for
 * singular S1 or S2, with no eps*I offset (pytorch-fid adds one only when
 * scipy's sqrtm fails). Both matrices are first scaled by powers of two to
 * unit size (tr sqrt(a S1 b S2) = sqrt(ab) tr sqrt(S1 S2)), so tiny or huge
 * entries neither underflow nor overflow. Throws MetricInputError naming
 * `name1`/`name2` when a matrix is not PSD. Cost: two eigen-decompositions
 * with vectors (S1, S2), n r1 r2 multiply-adds for C, one eigenproblem of
 * size r1.
 */
export function traceSqrtProduct(
  s1: Float64Array,
  s2: Float64Array,
  n: number,
  name1 = 'sigma1',
  name2 = 'sigma2',
): number {
  const e1 = unitExponent(s1);
  const e2 = unitExponent(s2);
  const f = psdFactorRows(scaled(s1, e1), n, name1, e1);
  const h = psdFactorRows(scaled(s2, e2), n, name2, e2);
  if (f.rank === 0 || h.rank === 0) return 0;
  const c = multiplyABt(f.ft, h.ft, f.rank, h.rank, n); // F^T H
  const keep = Math.min(f.rank, h.rank);
  return sumLargestSingularValues(c, f.rank, h.rank, keep) * 2 ** (-(e1 + e2) / 2);
}
