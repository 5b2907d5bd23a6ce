import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fidFromFeatures, fidFromFeaturesParts } from './fidFeatures';

function lcgRows(n: number, d: number, seed: number, shift = 0, constantCols = 0): number[][] {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: n }, () =>
    Array.from({ length: d }, (_, j) => (j < constantCols ? 0.5 : next() * 2 - 1 + shift)),
  );
}

const relDiff = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);

describe('FID from features', () => {
  it('is (m1 - m2)^2 + (s1 - s2)^2 for one feature (hand-worked)', () => {
    // x: mean 1, variance 2; y: mean 3, variance 8 -> 4 + 2 + 8 - 2 * 4 = 6.
    expect(fidFromFeatures([[0], [2]], [[1], [5]])).toBeCloseTo(6, 13);
    expect(fidFromFeatures([[0], [2]], [[1], [5]], 'gram')).toBeCloseTo(6, 13);
  });

  it('computes the same value from Gram matrices as from covariances, to 1e-9 relative', () => {
    const shapes: [number, number, number, number][] = [
      [12, 15, 40, 0], // fewer samples than dimensions: both covariances singular
      [40, 30, 6, 0], // more samples than dimensions
      [9, 25, 20, 3], // constant features: a shared null direction
      [3, 30, 4, 0], // three samples: rank-2 covariance
    ];
    for (const [n1, n2, d, constant] of shapes) {
      const x = lcgRows(n1, d, n1 * 7 + d, 0, constant);
      const y = lcgRows(n2, d, n2 * 13 + d, 0.3, constant);
      const g = fidFromFeaturesParts(x, y, 'gram');
      const c = fidFromFeaturesParts(x, y, 'covariance');
      expect(g.method).toBe('gram');
      expect(c.method).toBe('covariance');
      expect(relDiff(g.distance, c.distance)).toBeLessThan(1e-9);
      expect(relDiff(g.traceSqrt, c.traceSqrt)).toBeLessThan(1e-9);
      expect(relDiff(g.trace1, c.trace1)).toBeLessThan(1e-12);
    }
  });

  it('agrees between both paths for random feature sets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        (n1, n2, d, seed) => {
          const x = lcgRows(n1, d, seed);
          const y = lcgRows(n2, d, seed + 1, 0.2);
          const g = fidFromFeaturesParts(x, y, 'gram').distance;
          const c = fidFromFeaturesParts(x, y, 'covariance').distance;
          expect(Math.abs(g - c)).toBeLessThanOrEqual(1e-9 * Math.max(g, c) + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('picks the Gram path when samples are fewer than dimensions, and scales as k^2', () => {
    const x = lcgRows(10, 200, 1);
    const y = lcgRows(12, 200, 2);
    expect(fidFromFeaturesParts(x, y).method).toBe('gram');
    expect(fidFromFeaturesParts(lcgRows(50, 3, 1), lcgRows(50, 3, 2)).method).toBe('covariance');
    const k = 3;
    const scaled = fidFromFeatures(
      x.map((r) => r.map((v) => v * k)),
      y.map((r) => r.map((v) => v * k)),
    );
    expect(relDiff(scaled, k * k * fidFromFeatures(x, y))).toBeLessThan(1e-12);
  });

  it('is (near) 0 for identical sets and grows with a mean shift', () => {
    const x = lcgRows(20, 5, 3);
    expect(fidFromFeatures(x, x)).toBeLessThan(1e-12);
    const shifted = x.map((r) => r.map((v) => v + 1));
    expect(fidFromFeatures(x, shifted)).toBeCloseTo(5, 10);
  });

  it('accepts typed-array rows and {rows, cols, data}', () => {
    const x = [Float32Array.from([0, 1]), Float32Array.from([2, 3])];
    const y = { rows: 2, cols: 2, data: [1, 1, 5, 5] };
    expect(fidFromFeatures(x, y)).toBeCloseTo(
      fidFromFeatures(
        [
          [0, 1],
          [2, 3],
        ],
        [
          [1, 1],
          [5, 5],
        ],
      ),
      14,
    );
  });

  it('refuses different dimensions, too few samples and non-finite values, naming the argument', () => {
    expect(() =>
      fidFromFeatures(
        [
          [1, 2],
          [3, 4],
        ],
        [[1], [2]],
      ),
    ).toThrow(/^x, y:/);
    expect(() =>
      fidFromFeatures(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toThrow(/^x:/);
    expect(() =>
      fidFromFeatures(
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2]],
      ),
    ).toThrow(/^y:/);
    expect(() =>
      fidFromFeatures(
        [
          [1, 2],
          [3, Infinity],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toThrow(/^x\[1\]:/);
    expect(() =>
      fidFromFeatures(
        [[1, 2], [3]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toThrow(/^x:/);
  });
});
