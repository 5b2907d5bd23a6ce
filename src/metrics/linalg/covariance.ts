/**
 * Sample statistics of a data matrix whose rows are samples and whose columns
 * are variables (features), as numpy's `X.mean(axis=0)` and
 * `np.cov(X, rowvar=False)` (ddof = 1) compute them; pytorch-fid's
 * `calculate_activation_statistics` uses exactly these two calls.
 */
import { gramRows, transpose } from './multiply';

/** Column means of the n x d row-major matrix x (numpy `x.mean(axis=0)`). */
export function columnMeans(x: Float64Array, n: number, d: number): Float64Array {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const r = i * d;
    for (let j = 0; j < d; j++) mean[j] = mean[j]! + x[r + j]!;
  }
  for (let j = 0; j < d; j++) mean[j] = mean[j]! / n;
  return mean;
}

/** x with the column means subtracted (a new n x d row-major matrix). */
export function centreColumns(x: Float64Array, n: number, d: number, mean: Float64Array): Float64Array {
  const c = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const r = i * d;
    for (let j = 0; j < d; j++) c[r + j] = x[r + j]! - mean[j]!;
  }
  return c;
}

/**
 * Sample covariance (d x d, row-major) of the rows of the n x d matrix x:
 * C = Xc^T Xc / (n - 1) with Xc the column-centred x, as numpy
 * `np.cov(x, rowvar=False)` (ddof = 1). Needs n >= 2 (throws a RangeError
 * otherwise; numpy returns NaN there). Computed as the Gram matrix of the rows
 * of Xc^T so that every dot product is over contiguous memory.
 */
export function covariance(x: Float64Array, n: number, d: number): Float64Array {
  if (n < 2) throw new RangeError(`covariance: needs at least 2 samples, got ${n}`);
  const xc = centreColumns(x, n, d, columnMeans(x, n, d));
  const c = gramRows(transpose(xc, n, d), d, n);
  const f = 1 / (n - 1);
  for (let i = 0; i < c.length; i++) c[i] = c[i]! * f;
  return c;
}
