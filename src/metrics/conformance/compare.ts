/**
 * Comparison of a metric's actual result with a reference case's expected
 * value, by the rules of test/reference/FORMAT.md: numbers within
 * atol + rtol * |expected|, "inf"/"-inf"/"nan" strings for non-finite values,
 * null for undefined, every field of an expected object, arrays of equal length.
 */

export interface Tolerance {
  atol: number;
  rtol: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { atol: 1e-6, rtol: 1e-6 };

/** The first place where actual and expected differ, or null when they agree. */
export interface Mismatch {
  path: string;
  expected: unknown;
  actual: unknown;
}

function numberFromExpected(e: unknown): number | undefined {
  if (typeof e === 'number') return e;
  if (e === 'inf') return Infinity;
  if (e === '-inf') return -Infinity;
  if (e === 'nan') return NaN;
  return undefined;
}

/**
 * Returns the first mismatch between `actual` and `expected` (depth-first, in
 * the expected value's field order), or null when every expected field matches.
 */
export function firstMismatch(
  actual: unknown,
  expected: unknown,
  tol: Tolerance,
  path = '',
): Mismatch | null {
  const here = path || '(value)';
  if (expected === null) return actual === null ? null : { path: here, expected, actual };
  const e = numberFromExpected(expected);
  if (e !== undefined) {
    if (typeof actual !== 'number') return { path: here, expected, actual };
    if (Number.isNaN(e)) return Number.isNaN(actual) ? null : { path: here, expected, actual };
    if (Number.isNaN(actual)) return { path: here, expected, actual };
    if (!Number.isFinite(e)) return actual === e ? null : { path: here, expected, actual };
    return Math.abs(actual - e) <= tol.atol + tol.rtol * Math.abs(e)
      ? null
      : { path: here, expected, actual };
  }
  if (Array.isArray(expected)) {
    const isArr = Array.isArray(actual) || (ArrayBuffer.isView(actual) && !(actual instanceof DataView));
    if (!isArr) return { path: here, expected: `array of ${expected.length}`, actual };
    const arr = actual as ArrayLike<unknown>;
    if (arr.length !== expected.length) {
      return { path: `${here}.length`, expected: expected.length, actual: arr.length };
    }
    for (let i = 0; i < expected.length; i++) {
      const m = firstMismatch(arr[i], expected[i], tol, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || actual === null) return { path: here, expected: 'object', actual };
    for (const [k, v] of Object.entries(expected)) {
      const m = firstMismatch((actual as Record<string, unknown>)[k], v, tol, path ? `${path}.${k}` : k);
      if (m) return m;
    }
    return null;
  }
  return actual === expected ? null : { path: here, expected, actual };
}
