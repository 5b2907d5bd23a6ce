import { describe, expect, it } from 'vitest';
import { numericalRank, psdFactorRows, psdTolerance, traceSqrtProduct } from './traceSqrt';

/** Q diag(lambda) Q^T with Q from Gram-Schmidt on deterministic pseudo-random vectors. */
function rotated(lambda: number[], seed: number): Float64Array {
  const n = lambda.length;
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
  const q: number[][] = [];
  while (q.length < n) {
    const v = Array.from({ length: n }, rnd);
    for (const u of q) {
      const d = u.reduce((acc, x, i) => acc + x * v[i]!, 0);
      for (let i = 0; i < n; i++) v[i] = v[i]! - d * u[i]!;
    }
    const norm = Math.hypot(...v);
    q.push(v.map((x) => x / norm));
  }
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let t = 0;
      for (let k = 0; k < n; k++) t += q[k]![i]! * lambda[k]! * q[k]![j]!;
      a[i * n + j] = t;
      a[j * n + i] = t;
    }
  return a;
}

describe('tr sqrt(S1 S2)', () => {
  it('is tr S for S1 = S2 = S even with a spectrum spread over 1e-8 (the kept eigenvalues are not thresholded)', () => {
    for (const n of [4, 8, 20]) {
      const lambda = Array.from({ length: n }, (_, k) => 1e-8 ** (k / (n - 1)));
      const s = rotated(lambda, n);
      const tr = lambda.reduce((x, y) => x + y, 0);
      expect(Math.abs(traceSqrtProduct(s, s, n) - tr)).toBeLessThan(1e-9 * tr);
    }
  });

  it('keeps a 4e-9 eigenvalue of a nearly singular block, where the squared value drowns in rounding', () => {
    // S1 = S2 = S: sqrt(S S) = S, so the trace of the square root is tr S. The 2x2 block has
    // eigenvalues 3.965 and 4.0e-9; squared, the small one (1.6e-17) is below the rounding
    // noise of the largest (about 3.5e-15) and comes out of an eigensolver as noise.
    const a = 3.965123999523402;
    const b = 0.005403702084979924;
    const c = 0.0000073682049516655535;
    const s = Float64Array.from([a, b, 0, b, c, 0, 0, 0, 0.5]);
    expect(Math.abs(traceSqrtProduct(s, s, 3) - (a + c + 0.5))).toBeLessThanOrEqual(1e-14);
  });

  it('sums only min(rank S1, rank S2) eigenvalues, so a low-rank S2 adds no square-rooted noise', () => {
    // S2 = diag(4, 0, 0) in a rotated basis shared with S1 = diag(9, 1, 1): tr sqrt = sqrt(36) = 6.
    const s1 = rotated([9, 1, 1], 3);
    const s2 = rotated([4, 0, 0], 3);
    expect(traceSqrtProduct(s1, s2, 3)).toBeCloseTo(6, 12);
    expect(traceSqrtProduct(s2, s1, 3)).toBeCloseTo(6, 12);
  });

  it('handles zero matrices and tiny scales without underflow', () => {
    expect(traceSqrtProduct(new Float64Array(4), rotated([1, 2], 1), 2)).toBe(0);
    const tiny = rotated([3e-300, 1e-300], 5);
    expect(traceSqrtProduct(tiny, tiny, 2) / 4e-300).toBeCloseTo(1, 10);
  });

  it('counts eigenvalues above n eps largest as the numerical rank, and factors S = F F^T', () => {
    expect(numericalRank(Float64Array.from([1e-20, 0.5, 1]))).toBe(2);
    expect(numericalRank(Float64Array.from([0, 0]))).toBe(0);
    const s = rotated([0, 2, 5], 9);
    const { ft, rank } = psdFactorRows(s, 3, 's');
    expect(rank).toBe(2);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let t = 0;
        for (let k = 0; k < rank; k++) t += ft[k * 3 + i]! * ft[k * 3 + j]!;
        expect(t).toBeCloseTo(s[i * 3 + j]!, 13);
      }
  });

  it('accepts a Gram matrix that rounding to subnormals made slightly indefinite (found by fast-check)', () => {
    // B = [[-8e-163, 0], [-3.1e-162, 0]]: B B^T is exactly PSD, but its entries underflow.
    // 8e-163^2 = 6.4e-325 < 2^-1075 rounds to 0; 8e-163 * 3.1e-162 = 2.48e-324 > 2^-1075 rounds
    // to u = 2^-1074; 3.1e-162^2 = 9.61e-324 rounds to 2u. So S = u [[0, 1], [1, 2]], with
    // eigenvalues (1 - sqrt 2) u = -0.414 u and (1 + sqrt 2) u: the negative one is 17 % of the
    // largest (far beyond PSD_TOLERANCE) but only 0.4 units of underflow rounding.
    const b = [-8e-163, 0, -3.1e-162, 0];
    const u = 2 ** -1074;
    const s = Float64Array.from([
      b[0]! * b[0]! + b[1]! * b[1]!,
      b[0]! * b[2]! + b[1]! * b[3]!,
      b[2]! * b[0]! + b[3]! * b[1]!,
      b[2]! * b[2]! + b[3]! * b[3]!,
    ]);
    expect(Array.from(s)).toEqual([0, u, u, 2 * u]);
    // S1 = 0: tr sqrt(0 S) = 0. S1 = I: tr sqrt(S) over its PSD part = sqrt((1 + sqrt 2) u).
    expect(traceSqrtProduct(new Float64Array(4), s, 2)).toBe(0);
    // (1 + sqrt 2) u itself would round to 2u, so the root is taken as sqrt(1 + sqrt 2) 2^-537.
    const expected = Math.sqrt(1 + Math.SQRT2) * 2 ** -537;
    const identity = Float64Array.from([1, 0, 0, 1]);
    expect(Math.abs(traceSqrtProduct(identity, s, 2) - expected)).toBeLessThanOrEqual(1e-12 * expected);
    expect(Math.abs(traceSqrtProduct(s, identity, 2) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('still rejects a subnormal matrix that is indefinite beyond underflow rounding', () => {
    // diag(1, -1) * 2^-1060: the negative eigenvalue is 2^14 units of 2^-1074, above the n^2 = 4 units allowed.
    const t = 2 ** -1060;
    const bad = Float64Array.from([t, 0, 0, -t]);
    expect(() => traceSqrtProduct(Float64Array.from([1, 0, 0, 1]), bad, 2)).toThrow(
      /^sigma2: is not positive semi-definite/,
    );
    expect(psdTolerance(1, 2)).toBe(1e-6);
    expect(psdTolerance(0, 3, 1000)).toBe(9 * 2 ** -74);
  });

  it('names the matrix that is not positive semi-definite', () => {
    const bad = Float64Array.from([1, 0, 0, -1]);
    const good = Float64Array.from([1, 0, 0, 1]);
    expect(() => traceSqrtProduct(bad, good, 2)).toThrow(/^sigma1: is not positive semi-definite/);
    expect(() => traceSqrtProduct(good, bad, 2, 'x', 'y')).toThrow(/^y: is not positive semi-definite/);
  });
});
