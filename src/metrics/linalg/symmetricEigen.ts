/**
 * Symmetric eigen-decomposition A = V diag(values) V^T by Householder
 * tridiagonalisation followed by implicit QL (the EISPACK `tred2` + `tql2`
 * algorithm, also used by JAMA; LAPACK `dsyev` uses the same reduction with a
 * QL/QR iteration). Backward stable: every eigenvalue is exact for a matrix
 * within about n * 1e-16 * ||A|| of A, i.e. errors ~1e-13 relative to the
 * largest |eigenvalue| for n in the thousands (the tests check
 * reconstruction and orthogonality to 1e-13 n). Measured in Node 20 (V8):
 * n = 1000 in 0.5 s (values) / 2.5 s (vectors); n = 2048 in 5 s / 25 s.
 */
import { tridiagonalize } from './tridiagonalize';
import { tridiagonalQL } from './tridiagonalQL';

/** Eigenvalues in ascending order and, optionally, the matching unit eigenvectors. */
export interface SymmetricEigen {
  /** Eigenvalues, ascending. */
  values: Float64Array;
  /**
   * Eigenvectors as ROWS, row-major n x n: vectors[k * n + i] is component i
   * of the eigenvector for values[k] (this is V^T). Null when not requested.
   */
  vectors: Float64Array | null;
}

/**
 * Eigen-decomposition of the symmetric n x n matrix `a` (row-major). Only the
 * lower triangle is read (callers check symmetry); `a` is not modified.
 * Pass `wantVectors = false` for eigenvalues only (about three times faster).
 */
export function symmetricEigen(a: ArrayLike<number>, n: number, wantVectors = true): SymmetricEigen {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`symmetricEigen: bad size ${n}`);
  if (a.length !== n * n) throw new RangeError(`symmetricEigen: ${a.length} entries, expected ${n * n}`);
  const work = Float64Array.from(a);
  // Scale by a power of two (exact) so the largest entry is about 1: products of
  // two tiny or two huge entries inside QL then neither underflow nor overflow.
  let maxAbs = 0;
  for (let i = 0; i < work.length; i++) maxAbs = Math.max(maxAbs, Math.abs(work[i]!));
  const exponent = maxAbs > 0 && Number.isFinite(maxAbs) ? -Math.round(Math.log2(maxAbs)) : 0;
  const scale = 2 ** Math.max(-1000, Math.min(1000, exponent));
  if (scale !== 1) for (let i = 0; i < work.length; i++) work[i] = work[i]! * scale;
  const { d, e, qt } = tridiagonalize(work, n, wantVectors);
  tridiagonalQL(d, e, qt);
  if (scale !== 1) for (let i = 0; i < n; i++) d[i] = d[i]! / scale;
  return { values: d, vectors: qt };
}

/** Eigenvalues only, ascending, of the symmetric n x n matrix `a` (lower triangle read). */
export function symmetricEigenvalues(a: ArrayLike<number>, n: number): Float64Array {
  return symmetricEigen(a, n, false).values;
}
