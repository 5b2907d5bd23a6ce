import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetricInputError } from '../validate';
import { frechetDistance, frechetDistanceParts } from './frechetDistance';

/** Rows of B B^T for a d x k factor B given row-major: a random PSD matrix of rank <= k. */
function psd(d: number, k: number, f: readonly number[]): number[][] {
  return Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => {
      let s = 0;
      for (let p = 0; p < k; p++) s += f[i * k + p]! * f[j * k + p]!;
      return s;
    }),
  );
}

/**
 * Factor entries in [-2, 2] with tiny magnitudes flushed to 0: a product of two
 * entries below 1e-154 underflows into subnormals, and B B^T rounded there can be
 * truly indefinite (e.g. [[4e-322, 5e-324], [5e-324, 0]]). The metric accepts that underflow
 * noise (see traceSqrt.test.ts); these properties stay in the normal range, where their relative
 * bounds apply.
 */
const factorEntry = fc.double({ min: -2, max: 2, noNaN: true }).map((x) => (Math.abs(x) < 1e-100 ? 0 : x));

const arbMoments = fc
  .record({
    d: fc.integer({ min: 1, max: 6 }),
    k1: fc.integer({ min: 0, max: 6 }),
    k2: fc.integer({ min: 0, max: 6 }),
  })
  .chain(({ d, k1, k2 }) =>
    fc
      .tuple(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }),
        fc.array(factorEntry, { minLength: d * k1, maxLength: d * k1 }),
        fc.array(factorEntry, { minLength: d * k2, maxLength: d * k2 }),
      )
      .map(([mu1, mu2, f1, f2]) => ({ mu1, mu2, s1: psd(d, k1, f1), s2: psd(d, k2, f2) })),
  );

const trace = (s: number[][]) => s.reduce((t, row, i) => t + row[i]!, 0);

describe('Frechet distance between Gaussians', () => {
  it('is (m1 - m2)^2 + (s1 - s2)^2 in one dimension', () => {
    // N(0, 4) vs N(3, 9): 9 + (2 - 3)^2 = 10.
    expect(frechetDistance([0], [3], [[4]], [[9]])).toBeCloseTo(10, 13);
  });

  it('sums per-axis terms for diagonal covariances', () => {
    // (1 - 2)^2 + (3 - 1)^2 + (0 - 0)^2 + |mu|^2 = 1 + 4 + 0 + 5
    expect(
      frechetDistance(
        [0, 0, 0],
        [1, 2, 0],
        [
          [1, 0, 0],
          [0, 9, 0],
          [0, 0, 4],
        ],
        [
          [4, 0, 0],
          [0, 1, 0],
          [0, 0, 4],
        ],
      ),
    ).toBeCloseTo(10, 13);
  });

  it('gives |v . w| as tr sqrt for two rank-one covariances v v^T and w w^T', () => {
    const v = [1, 2, -1];
    const w = [0.5, -1, 3];
    const outer = (x: number[]) => x.map((a) => x.map((b) => a * b));
    const p = frechetDistanceParts([0, 0, 0], [0, 0, 0], outer(v), outer(w));
    expect(p.traceSqrt).toBeCloseTo(Math.abs(0.5 - 2 - 3), 12);
    expect(p.distance).toBeCloseTo(6 + 10.25 - 2 * 4.5, 12);
  });

  it('keeps only the mean and the other trace when one covariance is zero', () => {
    expect(
      frechetDistance(
        [1, 1],
        [0, 0],
        [
          [0, 0],
          [0, 0],
        ],
        [
          [2, 1],
          [1, 3],
        ],
      ),
    ).toBeCloseTo(2 + 5, 13);
  });

  it('matches the 2x2 closed form tr sqrt(M) = sqrt(tr M + 2 sqrt(det M))', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 8, maxLength: 8 }),
        (f) => {
          const s1 = psd(2, 2, f.slice(0, 4));
          const s2 = psd(2, 2, f.slice(4));
          const m = [
            s1[0]![0]! * s2[0]![0]! + s1[0]![1]! * s2[1]![0]!,
            s1[0]![0]! * s2[0]![1]! + s1[0]![1]! * s2[1]![1]!,
            s1[1]![0]! * s2[0]![0]! + s1[1]![1]! * s2[1]![0]!,
            s1[1]![0]! * s2[0]![1]! + s1[1]![1]! * s2[1]![1]!,
          ];
          const det = Math.max(0, m[0]! * m[3]! - m[1]! * m[2]!);
          const closed = Math.sqrt(Math.max(0, m[0]! + m[3]! + 2 * Math.sqrt(det)));
          const got = frechetDistanceParts([0, 0], [0, 0], s1, s2).traceSqrt;
          const scale = Math.sqrt(trace(s1) * trace(s2));
          // The closed form loses accuracy near singular products (sqrt of a cancelled determinant).
          expect(Math.abs(got - closed)).toBeLessThanOrEqual(1e-7 * scale + 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is >= 0, symmetric, and at most 1e-9 of the trace for identical moments (also singular ones)', () => {
    fc.assert(
      fc.property(arbMoments, ({ mu1, mu2, s1, s2 }) => {
        const d12 = frechetDistance(mu1, mu2, s1, s2);
        const d21 = frechetDistance(mu2, mu1, s2, s1);
        expect(d12).toBeGreaterThanOrEqual(0);
        const scale = trace(s1) + trace(s2) + mu1.reduce((s, m, i) => s + (m - mu2[i]!) ** 2, 0);
        // Symmetry holds to sqrt(n eps) relative only: an eigenvalue at the numerical-zero level
        // (n eps lambda_max) may be kept on one side and dropped on the other, and its square root
        // is ~sqrt(n eps) of the scale. No method can do better; scipy's sqrtm is no exception.
        expect(Math.abs(d12 - d21)).toBeLessThanOrEqual(1e-7 * scale + 1e-12);
        expect(frechetDistance(mu1, mu1, s1, s1)).toBeLessThanOrEqual(1e-9 * trace(s1) + 1e-300);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses mismatched, non-square, asymmetric, indefinite or non-finite input, naming the argument', () => {
    const i2 = [
      [1, 0],
      [0, 1],
    ];
    expect(() => frechetDistance([0, 0], [0], i2, i2)).toThrow(/^mu1, mu2:/);
    expect(() =>
      frechetDistance(
        [0, 1],
        [1, 0],
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        i2,
      ),
    ).toThrow(/^sigma1:/);
    expect(() =>
      frechetDistance([0, 0], [0, 0], i2, [
        [1, 0.5],
        [0, 1],
      ]),
    ).toThrow(/^sigma2: is not symmetric/);
    expect(() =>
      frechetDistance(
        [0, 0],
        [0, 0],
        [
          [1, 0],
          [0, -1],
        ],
        i2,
      ),
    ).toThrow(/^sigma1: is not positive semi-definite/);
    expect(() =>
      frechetDistance([0, 0], [0, 0], i2, [
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(/^sigma2: is not positive semi-definite/);
    expect(() => frechetDistance([0, NaN], [0, 0], i2, i2)).toThrow(MetricInputError);
    expect(() => frechetDistance([], [], [], [])).toThrow(/^mu1:/);
  });
});
