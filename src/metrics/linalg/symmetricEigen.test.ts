import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { symmetricEigen, symmetricEigenvalues } from './symmetricEigen';
import { tridiagonalQL } from './tridiagonalQL';
import { arbSymmetric, lcg, maxAbs, symmetricFromLower } from './testMatrices.test-helper';

/** max |V diag(values) V^T - A| and max |V V^T - I| for a decomposition with vectors as rows. */
function residuals(a: Float64Array, n: number): { recon: number; orth: number; values: Float64Array } {
  const { values, vectors } = symmetricEigen(a, n);
  const v = vectors!;
  let recon = 0;
  let orth = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      let o = 0;
      for (let k = 0; k < n; k++) {
        s += v[k * n + i]! * values[k]! * v[k * n + j]!;
        o += v[i * n + k]! * v[j * n + k]!;
      }
      recon = Math.max(recon, Math.abs(s - a[i * n + j]!));
      orth = Math.max(orth, Math.abs(o - (i === j ? 1 : 0)));
    }
  }
  return { recon, orth, values };
}

describe('symmetric eigen-decomposition', () => {
  it('diagonalises a 2x2 matrix by hand: [[2, 1], [1, 2]] has eigenvalues 1 and 3', () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    // Eigenvector of 3 is (1, 1)/sqrt(2) up to sign.
    expect(Math.abs(vectors![2]!)).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vectors![2]! * vectors![3]!).toBeCloseTo(0.5, 14);
  });

  it('finds the known spectrum 2 - 2 cos(k pi / (n + 1)) of the [-1, 2, -1] matrix', () => {
    const n = 40;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 2;
      if (i > 0) {
        a[i * n + i - 1] = -1;
        a[(i - 1) * n + i] = -1;
      }
    }
    const values = symmetricEigenvalues(a, n);
    for (let k = 1; k <= n; k++) {
      expect(Math.abs(values[k - 1]! - (2 - 2 * Math.cos((k * Math.PI) / (n + 1))))).toBeLessThan(1e-13);
    }
  });

  it('returns the diagonal of a diagonal matrix, sorted, with unit vectors', () => {
    const { values, vectors } = symmetricEigen([5, 0, 0, 0, -1, 0, 0, 0, 3], 3);
    expect(Array.from(values)).toEqual([-1, 3, 5]);
    expect(Array.from(vectors!).map(Math.abs)).toEqual([0, 1, 0, 0, 0, 1, 1, 0, 0]);
  });

  it('handles repeated eigenvalues, zero matrices and 1x1 and 0x0 matrices', () => {
    const { recon, orth, values } = residuals(symmetricFromLower(3, [1, 0, 1, 0, 0, 1]), 3);
    expect(Array.from(values)).toEqual([1, 1, 1]);
    expect(recon).toBe(0);
    expect(orth).toBe(0);
    expect(Array.from(symmetricEigenvalues(new Float64Array(16), 4))).toEqual([0, 0, 0, 0]);
    expect(Array.from(symmetricEigenvalues([7], 1))).toEqual([7]);
    expect(symmetricEigen([], 0).values.length).toBe(0);
  });

  it('recovers eigenvalues planted with a random orthogonal basis, including a cluster and zeros', () => {
    const n = 30;
    const rnd = lcg(11);
    // Q from Gram-Schmidt on random vectors; A = Q diag(lambda) Q^T.
    const q: number[][] = [];
    while (q.length < n) {
      const v = Array.from({ length: n }, rnd);
      for (const u of q) {
        const d = u.reduce((s, x, i) => s + x * v[i]!, 0);
        for (let i = 0; i < n; i++) v[i] = v[i]! - d * u[i]!;
      }
      const norm = Math.hypot(...v);
      q.push(v.map((x) => x / norm));
    }
    const lambda = Array.from({ length: n }, (_, k) => (k < 5 ? 0 : k < 12 ? 2 : k * 1.5 - 3));
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += q[k]![i]! * lambda[k]! * q[k]![j]!;
        a[i * n + j] = s;
      }
    const values = symmetricEigenvalues(a, n);
    const sorted = [...lambda].sort((x, y) => x - y);
    for (let k = 0; k < n; k++) expect(Math.abs(values[k]! - sorted[k]!)).toBeLessThan(1e-12 * 42);
  });

  it('reconstructs A = V diag(lambda) V^T with orthonormal V for random symmetric matrices', () => {
    fc.assert(
      fc.property(arbSymmetric(12), ({ n, a }) => {
        const { recon, orth, values } = residuals(a, n);
        const scale = Math.max(1, maxAbs(a));
        expect(recon).toBeLessThan(1e-13 * n * scale);
        expect(orth).toBeLessThan(1e-13 * n);
        for (let k = 1; k < n; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
        // The trace is the sum of the eigenvalues.
        let tr = 0;
        for (let i = 0; i < n; i++) tr += a[i * n + i]!;
        expect(Math.abs(values.reduce((s, v) => s + v, 0) - tr)).toBeLessThan(1e-12 * n * scale);
      }),
      { numRuns: 200 },
    );
  });

  it('stays accurate for tiny and huge scales (no underflow or overflow inside QL)', () => {
    for (const scale of [1e-200, 1e200]) {
      fc.assert(
        fc.property(arbSymmetric(8, scale), ({ n, a }) => {
          const { recon, orth } = residuals(a, n);
          // + 1e-320: subnormal inputs carry absolute rounding of one subnormal step in the check itself.
          expect(recon).toBeLessThanOrEqual(1e-13 * n * maxAbs(a) + 1e-320);
          expect(orth).toBeLessThan(1e-13 * n);
        }),
        { numRuns: 100 },
      );
    }
  });

  it('gives the same eigenvalues with and without vectors', () => {
    fc.assert(
      fc.property(arbSymmetric(10), ({ n, a }) => {
        const withV = symmetricEigen(a, n, true).values;
        const without = symmetricEigenvalues(a, n);
        for (let k = 0; k < n; k++)
          expect(Math.abs(withV[k]! - without[k]!)).toBeLessThan(1e-13 * Math.max(1, maxAbs(a)) * n);
      }),
    );
  });

  it('reads only the lower triangle and leaves its input unchanged', () => {
    const a = Float64Array.from([2, 99, 1, 2]);
    const copy = Float64Array.from(a);
    const values = symmetricEigenvalues(a, 2);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    expect(Array.from(a)).toEqual(Array.from(copy));
  });

  it('rejects a size that does not match the data', () => {
    expect(() => symmetricEigen([1, 2, 3], 2)).toThrow(RangeError);
    expect(() => symmetricEigen([1], -1)).toThrow(RangeError);
  });

  it('diagonalises a tridiagonal matrix given directly to the QL step', () => {
    const d = Float64Array.from([2, 2, 2]);
    const e = Float64Array.from([0, 1, 1]);
    tridiagonalQL(d, e, null);
    expect(d[0]).toBeCloseTo(2 - Math.SQRT2, 14);
    expect(d[1]).toBeCloseTo(2, 14);
    expect(d[2]).toBeCloseTo(2 + Math.SQRT2, 14);
  });
});
