/**
 * Conversion of matrix arguments (arrays of rows, or flat row-major arrays)
 * into Float64Array storage, with the checks every metric needs: finite
 * entries, equal row lengths, square shape, symmetry. Every failure throws a
 * MetricInputError naming the argument.
 */
import type { NumArray } from '../types';
import { MetricInputError, isArrayLike } from '../validate';

/** A matrix argument: an array of rows, or a flat row-major array with its shape. */
export type MatrixInput = ArrayLike<NumArray> | { rows: number; cols: number; data: NumArray };

/** A dense row-major matrix. */
export interface DenseMatrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

function finiteInto(name: string, src: NumArray, dst: Float64Array, offset: number): void {
  for (let j = 0; j < src.length; j++) {
    const v = src[j];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MetricInputError(name, `entry ${j} is ${String(v)}, expected a finite number`);
    }
    dst[offset + j] = v;
  }
}

/**
 * Copies a matrix argument into a row-major Float64Array. Rows must all have
 * the same length; `expectedCols`, when given, is enforced; an empty matrix
 * (no rows) is returned as 0 x expectedCols (0 x 0 without it).
 */
export function toDenseMatrix(name: string, m: unknown, expectedCols?: number): DenseMatrix {
  if (typeof m === 'object' && m !== null && !isArrayLike(m) && 'data' in m) {
    const { rows, cols, data } = m as { rows: unknown; cols: unknown; data: unknown };
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) {
      throw new MetricInputError(`${name}.rows`, 'expected a non-negative integer');
    }
    if (typeof cols !== 'number' || !Number.isInteger(cols) || cols < 0) {
      throw new MetricInputError(`${name}.cols`, 'expected a non-negative integer');
    }
    if (!isArrayLike(data) || data.length !== rows * cols) {
      throw new MetricInputError(`${name}.data`, `expected ${rows * cols} numbers (rows x cols)`);
    }
    if (expectedCols !== undefined && cols !== expectedCols) {
      throw new MetricInputError(name, `has ${cols} columns, expected ${expectedCols}`);
    }
    const out = new Float64Array(rows * cols);
    finiteInto(`${name}.data`, data as NumArray, out, 0);
    return { rows, cols, data: out };
  }
  if (!isArrayLike(m)) throw new MetricInputError(name, 'expected a matrix (an array of rows)');
  const rows = m.length;
  const first = rows > 0 ? m[0] : undefined;
  const cols = isArrayLike(first) ? first.length : (expectedCols ?? 0);
  if (expectedCols !== undefined && rows > 0 && cols !== expectedCols) {
    throw new MetricInputError(name, `has ${cols} columns, expected ${expectedCols}`);
  }
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = m[i];
    if (!isArrayLike(row)) throw new MetricInputError(`${name}[${i}]`, 'expected an array of numbers');
    if (row.length !== cols) {
      throw new MetricInputError(name, `row ${i} has ${row.length} entries, expected ${cols}`);
    }
    finiteInto(`${name}[${i}]`, row as NumArray, out, i * cols);
  }
  return { rows, cols, data: out };
}

/**
 * A square, symmetric n x n matrix argument as row-major Float64Array. Throws
 * when it is not n x n, or when |a_ij - a_ji| exceeds 1e-9 (1 + max |a|):
 * asymmetry beyond rounding means the argument is not a covariance matrix.
 * The returned copy is exactly symmetric (the two halves averaged).
 */
export function toSymmetricMatrix(name: string, m: unknown, n: number): Float64Array {
  const { rows, cols, data } = toDenseMatrix(name, m);
  if (rows !== cols) throw new MetricInputError(name, `must be square, got ${rows} x ${cols}`);
  if (rows !== n) throw new MetricInputError(name, `is ${rows} x ${cols}, expected ${n} x ${n}`);
  let maxAbs = 0;
  for (let i = 0; i < data.length; i++) maxAbs = Math.max(maxAbs, Math.abs(data[i]!));
  const tol = 1e-9 * (1 + maxAbs);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const x = data[i * n + j]!;
      const y = data[j * n + i]!;
      if (Math.abs(x - y) > tol) {
        throw new MetricInputError(
          name,
          `is not symmetric: entry (${i}, ${j}) is ${x}, entry (${j}, ${i}) is ${y}`,
        );
      }
      const avg = 0.5 * (x + y);
      data[i * n + j] = avg;
      data[j * n + i] = avg;
    }
  }
  return data;
}

/** Trace of the n x n row-major matrix a. */
export function trace(a: Float64Array, n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t += a[i * n + i]!;
  return t;
}
